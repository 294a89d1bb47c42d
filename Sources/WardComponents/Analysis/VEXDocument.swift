import WardCore

/// One VEX statement: what a producer says about a vulnerability in some components.
public struct VEXStatement: Sendable, Hashable {
    /// The vulnerability's id and aliases (CVE, GHSA, ...), as written.
    public var vulnerabilities: [String]
    /// Package URLs of the components the statement is about; versionless ones cover every version.
    public var products: [PackageURL]
    public var state: FindingAnalysis.State
    public var justification: String?
    /// The VEX file, as given.
    public var source: String

    public init(vulnerabilities: [String], products: [PackageURL], state: FindingAnalysis.State, justification: String?, source: String) {
        self.vulnerabilities = vulnerabilities
        self.products = products
        self.state = state
        self.justification = justification
        self.source = source
    }

    /// Whether the statement is about this advisory in this component.
    public func applies(to advisory: AdvisoryReference, component: PackageURL) -> Bool {
        let ids = Set(advisory.allIDs.map { $0.uppercased() })
        guard vulnerabilities.contains(where: { ids.contains($0.uppercased()) }) else { return false }
        return products.contains { product in
            product.versionless == component.versionless && (product.version == nil || product.version == component.version)
        }
    }

    /// The analysis a finding carries when the statement applies.
    public var analysis: FindingAnalysis { FindingAnalysis(state: state, justification: justification, source: source) }
}

/// Reads VEX documents: OpenVEX JSON and CycloneDX VEX (JSON `vulnerabilities[].analysis`), told apart by content.
public enum VEXDocument {
    /// The statements of the VEX file at `path`; a file that is neither format, or is malformed, is an `InputError` naming it.
    public static func read(_ bytes: [UInt8], path: String) throws(InputError) -> [VEXStatement] {
        let root = try JSONNode.parse(bytes, path: path)
        if let context = root["@context"]?.string, context.contains("openvex") { return try openVEX(root, path: path) }
        if root["statements"] != nil { return try openVEX(root, path: path) }
        if root["bomFormat"]?.string == "CycloneDX" || root["vulnerabilities"] != nil { return try cycloneDX(root, path: path) }
        throw InputError(path: path, line: root.line, "not a VEX document: neither OpenVEX (statements) nor CycloneDX (vulnerabilities)")
    }

    // MARK: - OpenVEX

    static func openVEX(_ root: JSONNode, path: String) throws(InputError) -> [VEXStatement] {
        guard let statements = root["statements"], case .array = statements.value else {
            throw InputError(path: path, line: root.line, "OpenVEX document has no statements array")
        }
        var result: [VEXStatement] = []
        for statement in statements.elements {
            var ids: [String] = []
            if let name = statement["vulnerability"]?.string {
                ids.append(name)
            } else if let vulnerability = statement["vulnerability"] {
                ids += [vulnerability["name"]?.string, vulnerability["@id"]?.string].compactMap { $0 }
                ids += (vulnerability["aliases"]?.elements ?? []).compactMap(\.string)
            }
            guard !ids.isEmpty else { throw InputError(path: path, line: statement.line, "OpenVEX statement has no vulnerability name") }
            guard let status = statement["status"]?.string, let state = openVEXState(status) else {
                throw InputError(path: path, line: statement.line, "OpenVEX statement has no valid status (not_affected, affected, fixed, under_investigation)")
            }
            var products: [PackageURL] = []
            for product in statement["products"]?.elements ?? [] {
                let subcomponents = (product["subcomponents"]?.elements ?? []).compactMap { $0["@id"]?.string ?? $0.string }
                let named = subcomponents.isEmpty ? [product.string ?? product["@id"]?.string].compactMap { $0 } : subcomponents
                products += named.compactMap { try? PackageURL(parsing: $0) }
            }
            let justification = [statement["justification"]?.string, statement["impact_statement"]?.string, statement["action_statement"]?.string]
                .compactMap { $0 }.joined(separator: ": ")
            result.append(VEXStatement(
                vulnerabilities: ids, products: products, state: state, justification: justification.isEmpty ? nil : justification, source: path))
        }
        return result
    }

    static func openVEXState(_ status: String) -> FindingAnalysis.State? {
        FindingAnalysis.State(rawValue: status.lowercased())
    }

    // MARK: - CycloneDX VEX

    static func cycloneDX(_ root: JSONNode, path: String) throws(InputError) -> [VEXStatement] {
        guard let vulnerabilities = root["vulnerabilities"], case .array = vulnerabilities.value else {
            throw InputError(path: path, line: root.line, "CycloneDX VEX document has no vulnerabilities array")
        }
        // `affects[].ref` names a bom-ref: a component's own (often its purl) or a purl directly.
        var references: [String: String] = [:]
        var stack = root["components"]?.elements ?? []
        if let component = root["metadata"]?["component"] { stack.append(component) }
        while let component = stack.popLast() {
            if let reference = component["bom-ref"]?.string, let purl = component["purl"]?.string { references[reference] = purl }
            stack += component["components"]?.elements ?? []
        }
        var result: [VEXStatement] = []
        for vulnerability in vulnerabilities.elements {
            guard let id = vulnerability["id"]?.string else {
                throw InputError(path: path, line: vulnerability.line, "CycloneDX vulnerability has no id")
            }
            guard let analysis = vulnerability["analysis"] else { continue }
            guard let text = analysis["state"]?.string, let state = cycloneDXState(text) else {
                throw InputError(path: path, line: analysis.line, "CycloneDX analysis has no valid state (not_affected, false_positive, resolved, exploitable, in_triage)")
            }
            let aliases = (vulnerability["references"]?.elements ?? []).compactMap { $0["id"]?.string }
            let products = (vulnerability["affects"]?.elements ?? []).compactMap { affect -> PackageURL? in
                guard let reference = affect["ref"]?.string else { return nil }
                return try? PackageURL(parsing: references[reference] ?? reference)
            }
            let justification = [analysis["justification"]?.string, analysis["detail"]?.string].compactMap { $0 }.joined(separator: ": ")
            result.append(VEXStatement(
                vulnerabilities: [id] + aliases, products: products, state: state,
                justification: justification.isEmpty ? nil : justification, source: path))
        }
        return result
    }

    static func cycloneDXState(_ state: String) -> FindingAnalysis.State? {
        switch state.lowercased() {
        case "not_affected", "false_positive": .notAffected
        case "resolved", "resolved_with_pedigree": .fixed
        case "exploitable": .affected
        case "in_triage": .underInvestigation
        default: nil
        }
    }
}
