/// The parts of Anchore Engine's `anchore-cli --json image vuln <image> all` output that findings are made of.
struct AnchoreReport: Decodable {
    var imageDigest: String?
    var vulnerabilities: [Vulnerability]
    var vulnerabilityType: String?

    enum CodingKeys: String, CodingKey {
        case imageDigest, vulnerabilities
        case vulnerabilityType = "vulnerability_type"
    }

    /// Anchore writes the string `"None"` where a value is missing; the reader treats it as absent.
    struct Vulnerability: Decodable {
        var vuln: String
        var feed: String?
        var feedGroup: String?
        var fix: String?
        var package: String?
        var packageName: String?
        var packagePath: String?
        var packageType: String?
        var packageVersion: String?
        var severity: String?
        var url: String?
        var nvdData: [NVDData]?

        enum CodingKeys: String, CodingKey {
            case vuln, feed, fix, package, severity, url
            case feedGroup = "feed_group"
            case packageName = "package_name"
            case packagePath = "package_path"
            case packageType = "package_type"
            case packageVersion = "package_version"
            case nvdData = "nvd_data"
        }
    }

    struct NVDData: Decodable {
        var id: String?
        var cvssV3: Score?

        enum CodingKeys: String, CodingKey {
            case id
            case cvssV3 = "cvss_v3"
        }
    }

    struct Score: Decodable {
        var baseScore: Double?

        enum CodingKeys: String, CodingKey {
            case baseScore = "base_score"
        }
    }
}
