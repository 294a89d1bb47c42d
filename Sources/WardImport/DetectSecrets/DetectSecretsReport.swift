/// A detect-secrets baseline (`detect-secrets scan > .secrets.baseline`): candidate secrets by file, hashed by the tool.
struct DetectSecretsReport: Decodable {
    var version: String?
    var pluginsUsed: [Plugin]
    var results: [String: [Secret]]?
    var generatedAt: String?

    enum CodingKeys: String, CodingKey {
        case version
        case pluginsUsed = "plugins_used"
        case results
        case generatedAt = "generated_at"
    }

    struct Plugin: Decodable {
        var name: String?
    }

    struct Secret: Decodable {
        /// The plugin's secret type, e.g. `AWS Access Key`, `Secret Keyword`.
        var type: String
        var filename: String?
        /// SHA-1 of the secret, as the tool stores it; the value itself is never in a baseline.
        var hashedSecret: String?
        var isVerified: Bool?
        var lineNumber: Int?
        /// Set by `detect-secrets audit`: `true` confirmed, `false` a false positive, absent not audited.
        var isSecret: Bool?

        enum CodingKeys: String, CodingKey {
            case type
            case filename
            case hashedSecret = "hashed_secret"
            case isVerified = "is_verified"
            case lineNumber = "line_number"
            case isSecret = "is_secret"
        }
    }
}
