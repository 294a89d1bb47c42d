/// One finding of a Nosey Parker report (`noseyparker report --format jsonl`, or an array with `--format json`).
struct NoseyParkerFinding: Decodable {
    var type: String?
    var findingID: String?
    var ruleName: String
    var ruleTextID: String?
    /// The secret in releases before 0.17; later releases give base64 capture `groups` instead.
    var matchContent: String?
    var groups: [String]?
    var numMatches: Int?
    /// Review verdicts (`accept`, `reject`): a single `status` in some releases, a list `statuses` in others.
    var status: String?
    var statuses: [String]?
    var matches: [Match]?

    enum CodingKeys: String, CodingKey {
        case type
        case findingID = "finding_id"
        case ruleName = "rule_name"
        case ruleTextID = "rule_text_id"
        case matchContent = "match_content"
        case groups
        case numMatches = "num_matches"
        case status
        case statuses
        case matches
    }

    struct Match: Decodable {
        var provenance: [Provenance]?
        var location: MatchLocation?
        var matchContent: String?
        var groups: [String]?

        enum CodingKeys: String, CodingKey {
            case provenance
            case location
            case matchContent = "match_content"
            case groups
        }
    }

    /// Where the blob was seen: a file (`path`) or a git repository (`commit_provenance`).
    struct Provenance: Decodable {
        var kind: String?
        var path: String?
        var commitProvenance: CommitProvenance?

        enum CodingKeys: String, CodingKey {
            case kind
            case path
            case commitProvenance = "commit_provenance"
        }
    }

    struct CommitProvenance: Decodable {
        var commitMetadata: CommitMetadata?
        var blobPath: String?

        enum CodingKeys: String, CodingKey {
            case commitMetadata = "commit_metadata"
            case blobPath = "blob_path"
        }
    }

    struct CommitMetadata: Decodable {
        var commitID: String?
        var authorName: String?
        var authorEmail: String?
        var authorTimestamp: String?

        enum CodingKeys: String, CodingKey {
            case commitID = "commit_id"
            case authorName = "author_name"
            case authorEmail = "author_email"
            case authorTimestamp = "author_timestamp"
        }
    }

    struct MatchLocation: Decodable {
        var sourceSpan: SourceSpan?

        enum CodingKeys: String, CodingKey {
            case sourceSpan = "source_span"
        }
    }

    struct SourceSpan: Decodable {
        var start: Point?
        var end: Point?
    }

    struct Point: Decodable {
        var line: Int?
        var column: Int?
    }
}
