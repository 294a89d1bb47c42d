/// One leak in a gitleaks v8 JSON report (`gitleaks detect --report-format json`), which is an array of these.
struct GitleaksLeak: Decodable {
    var ruleID: String
    var description: String?
    var startLine: Int?
    var endLine: Int?
    var startColumn: Int?
    var endColumn: Int?
    var match: String?
    var secret: String?
    var file: String?
    var commit: String?
    var entropy: Double?
    var author: String?
    var email: String?
    var date: String?
    var tags: [String]?
    var fingerprint: String?

    enum CodingKeys: String, CodingKey {
        case ruleID = "RuleID"
        case description = "Description"
        case startLine = "StartLine"
        case endLine = "EndLine"
        case startColumn = "StartColumn"
        case endColumn = "EndColumn"
        case match = "Match"
        case secret = "Secret"
        case file = "File"
        case commit = "Commit"
        case entropy = "Entropy"
        case author = "Author"
        case email = "Email"
        case date = "Date"
        case tags = "Tags"
        case fingerprint = "Fingerprint"
    }
}
