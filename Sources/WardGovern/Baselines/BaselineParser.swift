import WardCore
import Yams

/// Reads a baseline file (YAML); every error names the file and the line.
///
/// ```yaml
/// id: public-api
/// version: 2
/// title: Internet-facing API
/// applies-to: {tiers: [1, 2, 3], platforms: [api, web]}
/// gate: {fail-on-new: high, max-age: {critical: 7, high: 30}}
/// required-scans: [secret, code, dependency, configuration, dynamic]
/// sla: {critical: 7, high: 30, medium: 90, low: 180}
/// activities: {sbom: each-release, dast: weekly, threat-model-review: 180d}
/// banned-components:
///   - {purl: "pkg:maven/com.alibaba/fastjson@<1.2.83", reason: "autoType deserialisation RCE"}
/// ```
public enum BaselineParser {
    static let keys = ["id", "version", "title", "applies-to", "gate", "required-scans", "sla", "activities", "banned-components"]

    /// Reads and parses a team's baseline file.
    public static func load(path: String) throws(InputError) -> SecurityBaseline {
        let bytes = try FileReader.readAll(path: path, limit: GovernanceYAMLReader.maximumSize + 1)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw InputError(path: path, "not valid UTF-8") }
        return try parse(yaml: text, path: path)
    }

    public static func parse(yaml text: String, path: String) throws(InputError) -> SecurityBaseline {
        let reader = GovernanceYAMLReader(path: path)
        guard let root = try reader.compose(text) else { throw InputError(path: path, "the baseline file is empty") }
        let map = try reader.mapping(root, at: "the baseline", allowed: keys)
        guard let idNode = map["id"] else { throw reader.error(root, "a baseline needs an id") }
        let id = try reader.string(idNode, at: "id")
        guard RuleDescription.isValidIdentifier(id) else { throw reader.error(idNode, "baseline id '\(id)' must be kebab-case (lowercase letters, digits, single hyphens)") }
        guard let versionNode = map["version"] else { throw reader.error(root, "baseline '\(id)' needs a version number") }
        let version = try reader.positiveInt(versionNode, at: "version")
        guard let titleNode = map["title"] else { throw reader.error(root, "baseline '\(id)' needs a title") }
        var baseline = SecurityBaseline(id: id, version: version, title: try reader.string(titleNode, at: "title"))
        if let node = map["applies-to"] { try readScope(node, into: &baseline, reader: reader) }
        if let node = map["gate"] { baseline.gate = try gate(node, reader: reader) }
        if let node = map["required-scans"] {
            guard case .sequence(let items) = node else { throw reader.error(node, "required-scans must be a list of scan kinds") }
            for item in items {
                let kind = try reader.choice(item, at: "required-scans", as: FindingKind.self)
                if !baseline.requiredScans.contains(kind) { baseline.requiredScans.append(kind) }
            }
        }
        if let node = map["sla"] { baseline.sla = try ProjectGovernance.slaPolicy(node, at: "sla", reader: reader) }
        if let node = map["activities"] {
            for entry in try reader.entries(node, at: "activities") {
                guard RuleDescription.isValidIdentifier(entry.key) else { throw reader.error(entry.keyNode, "activity name '\(entry.key)' must be kebab-case") }
                let cadence: RequiredActivity.Cadence
                if entry.value.string == "each-release" {
                    cadence = .eachRelease
                } else {
                    cadence = .withinDays(try reader.days(entry.value, at: "activities.\(entry.key)"))
                }
                baseline.activities.append(RequiredActivity(name: entry.key, cadence: cadence))
            }
        }
        if let node = map["banned-components"] {
            for item in try reader.sequence(node, at: "banned-components") {
                baseline.bannedComponents.append(try bannedComponent(item, reader: reader))
            }
        }
        return baseline
    }

    private static func readScope(_ node: Node, into baseline: inout SecurityBaseline, reader: GovernanceYAMLReader) throws(InputError) {
        let scope = try reader.mapping(node, at: "applies-to", allowed: ["tiers", "platforms"])
        if let tiers = scope["tiers"] {
            for text in try reader.strings(tiers, at: "applies-to.tiers") {
                guard let tier = RiskTier(parsing: text) else { throw reader.error(tiers, "applies-to.tiers: '\(text)' is not a tier from 1 to 4") }
                baseline.tiers.insert(tier)
            }
        }
        if let platforms = scope["platforms"] {
            for text in try reader.strings(platforms, at: "applies-to.platforms") {
                guard let platform = ProjectProfile.Platform(rawValue: text.lowercased()) else {
                    throw reader.error(platforms, "applies-to.platforms: '\(text)' is not one of: \(ProjectProfile.Platform.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                baseline.platforms.insert(platform)
            }
        }
    }

    private static func gate(_ node: Node, reader: GovernanceYAMLReader) throws(InputError) -> BaselineGate {
        let map = try reader.mapping(node, at: "gate", allowed: ["fail-on-new", "max-age"])
        var gate = BaselineGate(failOnNew: nil)
        if let value = map["fail-on-new"] {
            gate.failOnNew = value.string?.lowercased() == "never" ? nil : try reader.severity(value, at: "gate.fail-on-new")
        }
        if let value = map["max-age"] {
            for entry in try reader.entries(value, at: "gate.max-age") {
                guard let severity = Severity(parsing: entry.key) else {
                    throw reader.error(entry.keyNode, "gate.max-age: '\(entry.key)' is not one of: critical, high, medium, low, info")
                }
                gate.maxAge[severity] = try reader.days(entry.value, at: "gate.max-age.\(entry.key)")
            }
        }
        return gate
    }

    private static func bannedComponent(_ node: Node, reader: GovernanceYAMLReader) throws(InputError) -> BannedComponent {
        let map = try reader.mapping(node, at: "banned-components item", allowed: ["purl", "reason"])
        guard let purl = map["purl"] else { throw reader.error(node, "each banned component needs a purl, e.g. pkg:npm/event-stream@3.3.6") }
        let reason = try map["reason"].map { v throws(InputError) in try reader.string(v, at: "banned-components.reason") } ?? "banned by the baseline"
        do {
            return try BannedComponent(pattern: try reader.string(purl, at: "banned-components.purl"), reason: reason)
        } catch {
            throw reader.error(purl, error.message)
        }
    }
}
