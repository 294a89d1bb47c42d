import WardCore

/// The subset of SARIF 2.1.0 that Ward writes. Optional properties left nil are omitted.
enum SARIF {
    struct Log: Encodable {
        var schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var originalUriBaseIds: [String: ArtifactLocation]
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var informationUri: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Help
        var helpUri: String?
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct Help: Encodable {
        var text: String
        var markdown: String
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct RuleProperties: Encodable {
        var tags: [String]
        var securitySeverity: String
        var precision: String?

        enum CodingKeys: String, CodingKey {
            case tags, securitySeverity = "security-severity", precision
        }
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]?
        var partialFingerprints: [String: String]
        var suppressions: [Suppression]?
        var properties: ResultProperties
    }

    /// A VEX statement that the finding does not apply (`not_affected`) or is fixed.
    struct Suppression: Encodable {
        var kind: String
        var status: String
        var justification: String?
    }

    struct ResultProperties: Encodable {
        var confidence: String
        var kind: String
        var tool: String?
        var secretRedacted: String?
        var secretSha256: String?
        var commitSha: String?
        var commitAuthor: String?
        var commitEmail: String?
        var commitDate: String?
        var purl: String?
        var advisoryId: String?
        var advisoryAliases: [String]?
        var fixedVersions: [String]?
        var vexState: String?
        /// Every tool that reported the finding, when correlation merged several.
        var sources: [Source]?
    }

    struct Source: Encodable {
        var tool: String
        var ruleId: String
        var severity: String
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String?
        var uriBaseId: String?
        var description: Message?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
        var endLine: Int?
        var endColumn: Int?
        var snippet: Message?
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var startTimeUtc: String
        var endTimeUtc: String
        var toolExecutionNotifications: [Notification]?
    }

    struct Notification: Encodable {
        var level: String
        var message: Message
        var locations: [Location]?
    }
}

extension SARIF.Result: ConcurrentlyEncodableElement {}
