/// A bandit JSON report (`bandit -r . -f json`).
struct BanditReport: Decodable {
    var generatedAt: String?
    var results: [Result]

    enum CodingKeys: String, CodingKey {
        case generatedAt = "generated_at"
        case results
    }

    struct Result: Decodable {
        /// The flagged lines with context, each prefixed by its line number.
        var code: String?
        var colOffset: Int?
        var endColOffset: Int?
        var filename: String
        var issueConfidence: String?
        var issueCWE: CWE?
        var issueSeverity: String?
        var issueText: String?
        var lineNumber: Int?
        var lineRange: [Int]?
        var moreInfo: String?
        var testID: String
        var testName: String?

        enum CodingKeys: String, CodingKey {
            case code
            case colOffset = "col_offset"
            case endColOffset = "end_col_offset"
            case filename
            case issueConfidence = "issue_confidence"
            case issueCWE = "issue_cwe"
            case issueSeverity = "issue_severity"
            case issueText = "issue_text"
            case lineNumber = "line_number"
            case lineRange = "line_range"
            case moreInfo = "more_info"
            case testID = "test_id"
            case testName = "test_name"
        }
    }

    struct CWE: Decodable {
        var id: Int?
        var link: String?
    }
}
