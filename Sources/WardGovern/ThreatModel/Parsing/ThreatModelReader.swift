import Foundation
import WardCore
import Yams

/// Turns composed YAML into model types, refusing unknown keys and badly typed values.
struct ThreatModelReader {
    let nodes: YAMLNodeReader

    init(path: String) { nodes = YAMLNodeReader(path: path) }

    func read(_ root: Node) throws(InputError) -> ThreatModel {
        let fields = try nodes.mapping(root, what: "the threat model", allowed: ["title", "version", "reviewed", "description", "assets", "components", "flows", "boundaries"])
        let title = try nodes.string(fields, "title", in: root, required: true) ?? ""
        let version = try nodes.string(fields, "version", in: root) ?? ""
        let reviewed = try reviewDate(fields["reviewed"])
        var assets: [DataAsset] = []
        for node in try nodes.list(fields["assets"], key: "assets") { assets.append(try asset(node)) }
        var components: [ModelComponent] = []
        for node in try nodes.list(fields["components"], key: "components") { components.append(try component(node)) }
        var flows: [DataFlow] = []
        for node in try nodes.list(fields["flows"], key: "flows") { flows.append(try flow(node)) }
        var boundaries: [TrustBoundary] = []
        for node in try nodes.list(fields["boundaries"], key: "boundaries") { boundaries.append(try boundary(node)) }
        return ThreatModel(
            title: title, version: version, reviewed: reviewed, path: nodes.path, assets: assets, components: components, flows: flows,
            boundaries: boundaries)
    }

    /// `reviewed: YYYY-MM-DD`, as midnight UTC.
    private func reviewDate(_ node: Node?) throws(InputError) -> Date? {
        guard let node else { return nil }
        let text = node.scalar?.string ?? ""
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        else { throw nodes.error(node, "'reviewed' must be a date like 2026-03-31") }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == day else {
            throw nodes.error(node, "'reviewed' is not a calendar date: \(text)")
        }
        return date
    }

    private func asset(_ node: Node) throws(InputError) -> DataAsset {
        let fields = try nodes.mapping(node, what: "an asset", allowed: ["id", "name", "classification", "description"])
        let id = try nodes.string(fields, "id", in: node, required: true) ?? ""
        let text = try nodes.string(fields, "classification", in: node, required: true) ?? ""
        guard let classification = AssetClassification(rawValue: text.lowercased()) else {
            throw nodes.error(fields["classification"] ?? node, "unknown classification '\(text)'; expected one of \(AssetClassification.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return DataAsset(id: id, name: try nodes.string(fields, "name", in: node) ?? id, classification: classification, line: nodes.line(of: node))
    }

    private static let componentKeys: Set<String> = [
        "id", "name", "type", "description", "internet-facing", "authenticates", "authorizes", "validates-input",
        "encrypts-at-rest", "logs-security-events", "runs-as-root", "privileged", "third-party", "rate-limited", "stores",
    ]

    private func component(_ node: Node) throws(InputError) -> ModelComponent {
        let fields = try nodes.mapping(node, what: "a component", allowed: Self.componentKeys)
        let id = try nodes.string(fields, "id", in: node, required: true) ?? ""
        let typeText = try nodes.string(fields, "type", in: node, required: true) ?? ""
        guard let type = ModelComponentType(rawValue: typeText.lowercased()) else {
            throw nodes.error(fields["type"] ?? node, "unknown component type '\(typeText)'; expected process, data-store or external-entity")
        }
        let runsAsRoot = try nodes.bool(fields, "runs-as-root") ?? false
        let flagged = try nodes.bool(fields, "privileged") ?? false
        let privileged = runsAsRoot || flagged
        return ModelComponent(
            id: id, name: try nodes.string(fields, "name", in: node) ?? id, type: type,
            internetFacing: try nodes.bool(fields, "internet-facing") ?? false,
            authenticates: try principals(fields), authorizes: try nodes.bool(fields, "authorizes") ?? false,
            validatesInput: try nodes.bool(fields, "validates-input") ?? false,
            encryptsAtRest: try nodes.bool(fields, "encrypts-at-rest") ?? false,
            logsSecurityEvents: try nodes.bool(fields, "logs-security-events") ?? false, privileged: privileged,
            thirdParty: try nodes.bool(fields, "third-party") ?? false, rateLimited: try nodes.bool(fields, "rate-limited") ?? false,
            stores: try nodes.strings(fields, "stores"), line: nodes.line(of: node))
    }

    /// `authenticates` is `true`/`false` (users), or a list of `users` and `services`.
    private func principals(_ fields: [String: Node]) throws(InputError) -> [String] {
        guard let node = fields["authenticates"] else { return [] }
        if let flag = try? nodes.bool(fields, "authenticates") { return flag ? ["users"] : [] }
        let values = try nodes.strings(fields, "authenticates").map { $0.lowercased() }
        for value in values where value != "users" && value != "services" {
            throw nodes.error(node, "'authenticates' entries must be users or services, not '\(value)'")
        }
        return values
    }

    private func flow(_ node: Node) throws(InputError) -> DataFlow {
        let allowed: Set<String> = ["id", "name", "description", "from", "to", "protocol", "authentication", "encrypted", "carries", "crosses"]
        let fields = try nodes.mapping(node, what: "a flow", allowed: allowed)
        let id = try nodes.string(fields, "id", in: node, required: true) ?? ""
        let authText = try nodes.string(fields, "authentication", in: node) ?? "none"
        guard let authentication = FlowAuthentication(rawValue: authText.lowercased()) else {
            throw nodes.error(fields["authentication"] ?? node, "unknown authentication '\(authText)'; expected one of \(FlowAuthentication.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return DataFlow(
            id: id, from: try nodes.string(fields, "from", in: node, required: true) ?? "",
            to: try nodes.string(fields, "to", in: node, required: true) ?? "",
            transport: try nodes.string(fields, "protocol", in: node, required: true) ?? "", authentication: authentication,
            encrypted: try nodes.bool(fields, "encrypted"), carries: try nodes.strings(fields, "carries"),
            crosses: try nodes.strings(fields, "crosses"), line: nodes.line(of: node))
    }

    private func boundary(_ node: Node) throws(InputError) -> TrustBoundary {
        let fields = try nodes.mapping(node, what: "a boundary", allowed: ["id", "name", "description", "members"])
        let id = try nodes.string(fields, "id", in: node, required: true) ?? ""
        return TrustBoundary(
            id: id, name: try nodes.string(fields, "name", in: node) ?? id, members: try nodes.strings(fields, "members"),
            line: nodes.line(of: node))
    }
}
