/// One checkov JSON report (`checkov -o json`) for one check type; several check types make an array of these.
/// A run with nothing to report prints only the summary, so `check_type` and `results` may be absent.
struct CheckovReport: Decodable {
    var checkType: String?
    var results: Results?
    var summary: Summary?

    enum CodingKeys: String, CodingKey {
        case checkType = "check_type"
        case results
        case summary
    }

    /// The summary-only form has the summary's fields at the top level.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        checkType = try container.decodeIfPresent(String.self, forKey: .checkType)
        results = try container.decodeIfPresent(Results.self, forKey: .results)
        summary = try container.decodeIfPresent(Summary.self, forKey: .summary) ?? (try? Summary(from: decoder))
    }

    struct Summary: Decodable {
        var passed: Int?
        var failed: Int?
        var checkovVersion: String?

        enum CodingKeys: String, CodingKey {
            case passed
            case failed
            case checkovVersion = "checkov_version"
        }
    }

    /// Passed and skipped checks are not findings, so only the failed ones are decoded.
    struct Results: Decodable {
        var failedChecks: [Check]?

        enum CodingKeys: String, CodingKey {
            case failedChecks = "failed_checks"
        }
    }

    struct Check: Decodable {
        var checkID: String
        var bcCheckID: String?
        var checkName: String?
        var codeBlock: [CodeLine]?
        var filePath: String?
        var repoFilePath: String?
        var fileLineRange: [Int]?
        var resource: String?
        var severity: String?
        var guideline: String?
        var description: String?

        enum CodingKeys: String, CodingKey {
            case checkID = "check_id"
            case bcCheckID = "bc_check_id"
            case checkName = "check_name"
            case codeBlock = "code_block"
            case filePath = "file_path"
            case repoFilePath = "repo_file_path"
            case fileLineRange = "file_line_range"
            case resource
            case severity
            case guideline
            case description
        }
    }

    /// A `[line number, text]` pair of `code_block`.
    struct CodeLine: Decodable {
        var number: Int
        var text: String

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            number = try container.decode(Int.self)
            text = try container.decode(String.self)
        }
    }
}
