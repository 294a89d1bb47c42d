/// The parts of `trivy --format json` output (schema version 2) that findings are made of.
struct TrivyReport: Decodable {
    var schemaVersion: Int?
    var artifactName: String?
    var artifactType: String?
    var results: [Result]?

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "SchemaVersion"
        case artifactName = "ArtifactName"
        case artifactType = "ArtifactType"
        case results = "Results"
    }

    struct Result: Decodable {
        var target: String
        var resultClass: String?
        var type: String?
        var vulnerabilities: [Vulnerability]?
        var misconfigurations: [Misconfiguration]?
        var secrets: [Secret]?
        var licenses: [License]?

        enum CodingKeys: String, CodingKey {
            case target = "Target"
            case resultClass = "Class"
            case type = "Type"
            case vulnerabilities = "Vulnerabilities"
            case misconfigurations = "Misconfigurations"
            case secrets = "Secrets"
            case licenses = "Licenses"
        }
    }

    struct Vulnerability: Decodable {
        var vulnerabilityID: String
        var pkgName: String
        var pkgPath: String?
        var pkgIdentifier: PackageIdentifier?
        var installedVersion: String?
        var fixedVersion: String?
        var severitySource: String?
        var primaryURL: String?
        var title: String?
        var description: String?
        var severity: String?
        var cweIDs: [String]?
        var cvss: [String: CVSS]?
        var references: [String]?

        enum CodingKeys: String, CodingKey {
            case vulnerabilityID = "VulnerabilityID"
            case pkgName = "PkgName"
            case pkgPath = "PkgPath"
            case pkgIdentifier = "PkgIdentifier"
            case installedVersion = "InstalledVersion"
            case fixedVersion = "FixedVersion"
            case severitySource = "SeveritySource"
            case primaryURL = "PrimaryURL"
            case title = "Title"
            case description = "Description"
            case severity = "Severity"
            case cweIDs = "CweIDs"
            case cvss = "CVSS"
            case references = "References"
        }
    }

    struct PackageIdentifier: Decodable {
        var purl: String?

        enum CodingKeys: String, CodingKey {
            case purl = "PURL"
        }
    }

    struct CVSS: Decodable {
        var v3Vector: String?
        var v3Score: Double?

        enum CodingKeys: String, CodingKey {
            case v3Vector = "V3Vector"
            case v3Score = "V3Score"
        }
    }

    struct Misconfiguration: Decodable {
        var type: String?
        var id: String?
        var avdID: String?
        var title: String?
        var description: String?
        var message: String?
        var resolution: String?
        var severity: String?
        var primaryURL: String?
        var status: String?
        var causeMetadata: CauseMetadata?

        enum CodingKeys: String, CodingKey {
            case type = "Type"
            case id = "ID"
            case avdID = "AVDID"
            case title = "Title"
            case description = "Description"
            case message = "Message"
            case resolution = "Resolution"
            case severity = "Severity"
            case primaryURL = "PrimaryURL"
            case status = "Status"
            case causeMetadata = "CauseMetadata"
        }
    }

    struct CauseMetadata: Decodable {
        var resource: String?
        var startLine: Int?
        var endLine: Int?
        var code: Code?

        enum CodingKeys: String, CodingKey {
            case resource = "Resource"
            case startLine = "StartLine"
            case endLine = "EndLine"
            case code = "Code"
        }
    }

    struct Code: Decodable {
        var lines: [Line]?

        enum CodingKeys: String, CodingKey {
            case lines = "Lines"
        }
    }

    struct Line: Decodable {
        var number: Int?
        var content: String?
        var isCause: Bool?

        enum CodingKeys: String, CodingKey {
            case number = "Number"
            case content = "Content"
            case isCause = "IsCause"
        }
    }

    /// Trivy masks the value in `Match` itself; Ward still treats it as secret material.
    struct Secret: Decodable {
        var ruleID: String
        var category: String?
        var severity: String?
        var title: String?
        var startLine: Int?
        var endLine: Int?
        var match: String?

        enum CodingKeys: String, CodingKey {
            case ruleID = "RuleID"
            case category = "Category"
            case severity = "Severity"
            case title = "Title"
            case startLine = "StartLine"
            case endLine = "EndLine"
            case match = "Match"
        }
    }

    struct License: Decodable {
        var severity: String?
        var category: String?
        var pkgName: String?
        var filePath: String?
        var name: String
        var confidence: Double?
        var link: String?

        enum CodingKeys: String, CodingKey {
            case severity = "Severity"
            case category = "Category"
            case pkgName = "PkgName"
            case filePath = "FilePath"
            case name = "Name"
            case confidence = "Confidence"
            case link = "Link"
        }
    }
}
