/// `npm audit --json` output in either shape: npm 6's `advisories` keyed by advisory number, or
/// npm 7+'s `vulnerabilities` keyed by package name (`auditReportVersion` 2).
struct NpmAuditReport: Decodable {
    var auditReportVersion: Int?
    var advisories: [String: Advisory]?
    var vulnerabilities: [String: Vulnerability]?

    /// An npm 6 advisory with the installed versions it was found at.
    struct Advisory: Decodable {
        var id: Int
        var title: String?
        var moduleName: String
        var cves: [String]?
        var githubAdvisoryID: String?
        var vulnerableVersions: String?
        var patchedVersions: String?
        var recommendation: String?
        var severity: String?
        var cwe: CWE?
        var overview: String?
        var url: String?
        var findings: [Occurrence]?

        enum CodingKeys: String, CodingKey {
            case id, title, cves, recommendation, severity, cwe, overview, url, findings
            case moduleName = "module_name"
            case githubAdvisoryID = "github_advisory_id"
            case vulnerableVersions = "vulnerable_versions"
            case patchedVersions = "patched_versions"
        }
    }

    /// npm writes `cwe` as one string (`"CWE-400"`) or, in later versions, a list.
    struct CWE: Decodable {
        var ids: [String]

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let one = try? container.decode(String.self) {
                ids = [one]
            } else {
                ids = (try? container.decode([String].self)) ?? []
            }
        }
    }

    struct Occurrence: Decodable {
        var version: String
        var paths: [String]?
        var dev: Bool?
    }

    /// An npm 7+ entry: a vulnerable package and what makes it vulnerable.
    struct Vulnerability: Decodable {
        var name: String
        var severity: String?
        var isDirect: Bool?
        var via: [Via]?
        var range: String?
        var nodes: [String]?
        var fixAvailable: Fix?
    }

    /// Either an advisory object or the name of a vulnerable dependency the package pulls in.
    enum Via: Decodable {
        case advisory(ViaAdvisory)
        case dependency(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let name = try? container.decode(String.self) {
                self = .dependency(name)
            } else {
                self = .advisory(try container.decode(ViaAdvisory.self))
            }
        }
    }

    struct ViaAdvisory: Decodable {
        var source: Int?
        var name: String?
        var title: String?
        var url: String?
        var severity: String?
        var cwe: CWE?
        var cvss: CVSS?
        var range: String?
    }

    struct CVSS: Decodable {
        var score: Double?
        var vectorString: String?
    }

    /// `true`, `false`, or the upgrade that fixes it.
    struct Fix: Decodable {
        var available: Bool
        var name: String?
        var version: String?
        var isSemVerMajor: Bool?

        enum CodingKeys: String, CodingKey {
            case name, version, isSemVerMajor
        }

        init(from decoder: any Decoder) throws {
            if let flag = try? decoder.singleValueContainer().decode(Bool.self) {
                available = flag
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            available = true
            name = try container.decodeIfPresent(String.self, forKey: .name)
            version = try container.decodeIfPresent(String.self, forKey: .version)
            isSemVerMajor = try container.decodeIfPresent(Bool.self, forKey: .isSemVerMajor)
        }
    }
}
