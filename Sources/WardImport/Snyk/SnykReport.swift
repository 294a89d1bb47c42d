/// The parts of `snyk test --json` output for one project that findings are made of; with
/// `--all-projects` Snyk writes a list of these.
struct SnykReport: Decodable {
    var vulnerabilities: [Vulnerability]
    var packageManager: String?
    var projectName: String?
    var displayTargetFile: String?
    var targetFile: String?

    struct Vulnerability: Decodable {
        var id: String
        var title: String?
        var description: String?
        var severity: String?
        var severityWithCritical: String?
        var cvssScore: Double?
        var CVSSv3: String?
        var identifiers: Identifiers?
        var packageName: String?
        var name: String?
        var version: String?
        var packageManager: String?
        var fixedIn: [String]?
        var from: [String]?
        var upgradePath: [UpgradeStep]?
        var isUpgradable: Bool?
        var type: String?
        var license: String?
    }

    struct Identifiers: Decodable {
        var CVE: [String]?
        var CWE: [String]?
        var GHSA: [String]?
    }

    /// Snyk writes `false` for a step that needs no upgrade and `"name@version"` for one that does.
    struct UpgradeStep: Decodable {
        var target: String?

        init(from decoder: any Decoder) throws {
            target = try? decoder.singleValueContainer().decode(String.self)
        }
    }
}
