import Foundation
import WardCore
import Yams

/// What `ward.yml`'s `profile:` section says about a project: its portrait, an explicit baseline
/// choice and the requirement statuses people recorded.
///
/// ```yaml
/// profile:
///   exposure: internet
///   data: financial
///   platform: mobile
///   criticality: critical
///   regulations: [PCI DSS, PIPL]
///   baseline: mobile-banking@1
///   requirements:
///     WARD-AUTH-02: {status: implemented, by: alice, at: 2026-11-02, why: gateway throttling}
/// ```
public struct ProjectGovernance: Sendable, Hashable {
    public var profile: ProjectProfile
    /// `id` or `id@version` of the baseline to use; nil lets the catalog choose by tier and platform.
    public var baselineChoice: String?
    /// Status records by requirement id.
    public var requirementStatuses: [String: RequirementStatusRecord]

    public init(profile: ProjectProfile = ProjectProfile(), baselineChoice: String? = nil, requirementStatuses: [String: RequirementStatusRecord] = [:]) {
        self.profile = profile
        self.baselineChoice = baselineChoice
        self.requirementStatuses = requirementStatuses
    }

    static let profileKeys = [
        "exposure", "data", "personal-data", "payment-data", "platform", "criticality", "regulations", "sla", "baseline", "requirements",
    ]

    /// Reads `ward.yml` at `path`; see `parse(yaml:path:library:)`.
    public static func load(path: String, library: RequirementLibrary = .builtIn) throws(InputError) -> ProjectGovernance {
        let bytes = try FileReader.readAll(path: path, limit: GovernanceYAMLReader.maximumSize + 1)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw InputError(path: path, "not valid UTF-8") }
        return try parse(yaml: text, path: path, library: library)
    }

    /// Reads the `profile:` section of `ward.yml` text; other top-level sections are left to their
    /// own readers. Errors name `path` and the line; requirement ids must exist in `library`.
    public static func parse(yaml text: String, path: String, library: RequirementLibrary = .builtIn) throws(InputError) -> ProjectGovernance {
        let reader = GovernanceYAMLReader(path: path)
        guard let root = try reader.compose(text) else { return ProjectGovernance() }
        let top = try reader.mapping(root, at: "the file")
        guard let section = top["profile"] else { return ProjectGovernance() }
        let map = try reader.mapping(section, at: "profile", allowed: profileKeys)
        var governance = ProjectGovernance()
        var profile = ProjectProfile()
        if let v = map["exposure"] { profile.exposure = try reader.choice(v, at: "profile.exposure", as: ProjectProfile.Exposure.self) }
        if let v = map["data"] { profile.dataClassification = try reader.choice(v, at: "profile.data", as: ProjectProfile.DataClassification.self) }
        if let v = map["personal-data"] { profile.personalData = try reader.bool(v, at: "profile.personal-data") }
        if let v = map["payment-data"] { profile.paymentData = try reader.bool(v, at: "profile.payment-data") }
        if let v = map["platform"] { profile.platform = try reader.choice(v, at: "profile.platform", as: ProjectProfile.Platform.self) }
        if let v = map["criticality"] { profile.criticality = try reader.choice(v, at: "profile.criticality", as: ProjectProfile.Criticality.self) }
        if let v = map["regulations"] { profile.regulations = try reader.strings(v, at: "profile.regulations") }
        if let v = map["sla"] { profile.sla = try slaPolicy(v, at: "profile.sla", reader: reader) }
        if let v = map["baseline"] { governance.baselineChoice = try reader.string(v, at: "profile.baseline") }
        if let v = map["requirements"] {
            for entry in try reader.entries(v, at: "profile.requirements") {
                guard library[entry.key] != nil else {
                    throw reader.error(entry.keyNode, "unknown requirement id '\(entry.key)' in profile.requirements")
                }
                governance.requirementStatuses[entry.key] = try statusRecord(entry.value, at: "profile.requirements.\(entry.key)", reader: reader)
            }
        }
        governance.profile = profile
        return governance
    }

    /// Reads `{critical: 7, high: 30, medium: 90, low: 180, info: 365}`; the four main severities are required.
    static func slaPolicy(_ node: Node, at keyPath: String, reader: GovernanceYAMLReader) throws(InputError) -> SLAPolicy {
        let map = try reader.mapping(node, at: keyPath, allowed: ["critical", "high", "medium", "low", "info"])
        var days: [String: Int] = [:]
        for key in ["critical", "high", "medium", "low"] {
            guard let value = map[key] else { throw reader.error(node, "\(keyPath) needs days for critical, high, medium and low; '\(key)' is missing") }
            days[key] = try reader.days(value, at: "\(keyPath).\(key)")
        }
        let info = try map["info"].map { v throws(InputError) in try reader.days(v, at: "\(keyPath).info") }
        return SLAPolicy(critical: days["critical"] ?? 0, high: days["high"] ?? 0, medium: days["medium"] ?? 0, low: days["low"] ?? 0, info: info)
    }

    static func statusRecord(_ node: Node, at keyPath: String, reader: GovernanceYAMLReader) throws(InputError) -> RequirementStatusRecord {
        let map = try reader.mapping(node, at: keyPath, allowed: ["status", "by", "at", "why"])
        guard let statusNode = map["status"] else { throw reader.error(node, "\(keyPath) needs a status") }
        let status = try reader.choice(statusNode, at: "\(keyPath).status", as: RequirementStatus.self)
        guard let byNode = map["by"] else { throw reader.error(node, "\(keyPath) needs 'by': who set the status") }
        let by = try reader.string(byNode, at: "\(keyPath).by")
        guard let atNode = map["at"] else { throw reader.error(node, "\(keyPath) needs 'at': the date the status was set (YYYY-MM-DD)") }
        guard let at = GovernanceDate.parse(try reader.string(atNode, at: "\(keyPath).at")) else {
            throw reader.error(atNode, "\(keyPath).at must be a date written YYYY-MM-DD")
        }
        let why = try map["why"].map { v throws(InputError) in try reader.string(v, at: "\(keyPath).why") }
        if status == .notApplicable, (why ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw reader.error(node, "\(keyPath) is not-applicable, which needs a justification in 'why'")
        }
        return RequirementStatusRecord(status: status, by: by, at: at, justification: why)
    }
}
