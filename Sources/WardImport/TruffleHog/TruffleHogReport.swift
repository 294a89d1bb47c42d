/// One result line of trufflehog v3's JSON output (`trufflehog … --json`, one object per line).
struct TruffleHogResult: Decodable {
    var sourceMetadata: SourceMetadata?
    var sourceName: String?
    var detectorType: Int?
    var detectorName: String
    var decoderName: String?
    var verified: Bool?
    var verificationError: String?
    /// The secret: base64 in early v3 releases (a Go byte slice), plain text in later ones.
    var raw: String?
    var redacted: String?

    enum CodingKeys: String, CodingKey {
        case sourceMetadata = "SourceMetadata"
        case sourceName = "SourceName"
        case detectorType = "DetectorType"
        case detectorName = "DetectorName"
        case decoderName = "DecoderName"
        case verified = "Verified"
        case verificationError = "VerificationError"
        case raw = "Raw"
        case redacted = "Redacted"
    }

    struct SourceMetadata: Decodable {
        /// One entry keyed by source kind: `Git`, `Github`, `Gitlab`, `Filesystem`, …
        var data: [String: Source]?

        enum CodingKeys: String, CodingKey {
            case data = "Data"
        }
    }

    /// The fields sources share; each source kind fills only some of them.
    struct Source: Decodable {
        var commit: String?
        var file: String?
        var email: String?
        var repository: String?
        var timestamp: String?
        var line: Int?
        var link: String?

        enum CodingKeys: String, CodingKey {
            case commit, file, email, repository, timestamp, line, link
        }

        /// Each source kind types its own fields: one that does not fit is dropped, not fatal.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            commit = try? container.decodeIfPresent(String.self, forKey: .commit)
            file = try? container.decodeIfPresent(String.self, forKey: .file)
            email = try? container.decodeIfPresent(String.self, forKey: .email)
            repository = try? container.decodeIfPresent(String.self, forKey: .repository)
            timestamp = try? container.decodeIfPresent(String.self, forKey: .timestamp)
            line = try? container.decodeIfPresent(Int.self, forKey: .line)
            link = try? container.decodeIfPresent(String.self, forKey: .link)
        }
    }
}
