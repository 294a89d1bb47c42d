import WardCore
import Yams

/// Typed access to composed YAML nodes; every error names the file and the node's line.
struct YAMLNodeReader {
    let path: String
    /// Most entries a list may hold; keeps hostile models from costing unbounded work in the rules.
    static let maximumListLength = 10_000

    func line(of node: Node) -> Int { node.mark?.line ?? 0 }

    func error(_ node: Node, _ message: String) -> InputError {
        InputError(path: path, line: line(of: node), message)
    }

    /// The mapping's pairs by key, refusing keys that are not plain strings or not in `allowed`.
    func mapping(_ node: Node, what: String, allowed: Set<String>) throws(InputError) -> [String: Node] {
        guard let mapping = node.mapping else { throw error(node, "\(what) must be a mapping") }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { throw error(key, "\(what) keys must be plain strings") }
            guard allowed.contains(name) else {
                throw error(key, "unknown key '\(name)' in \(what); expected one of \(allowed.sorted().joined(separator: ", "))")
            }
            fields[name] = value
        }
        return fields
    }

    func string(_ fields: [String: Node], _ key: String, in owner: Node, required: Bool = false) throws(InputError) -> String? {
        guard let node = fields[key] else {
            if required { throw error(owner, "missing required key '\(key)'") }
            return nil
        }
        guard let scalar = node.scalar else { throw error(node, "'\(key)' must be a string") }
        let text = scalar.string
        if required && text.isEmpty { throw error(node, "'\(key)' must not be empty") }
        return text
    }

    func bool(_ fields: [String: Node], _ key: String) throws(InputError) -> Bool? {
        guard let node = fields[key] else { return nil }
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(node, "'\(key)' must be true or false")
        }
    }

    /// A list of strings; a single string counts as a one-element list.
    func strings(_ fields: [String: Node], _ key: String) throws(InputError) -> [String] {
        guard let node = fields[key] else { return [] }
        if let scalar = node.scalar { return scalar.string.isEmpty ? [] : [scalar.string] }
        guard let sequence = node.sequence else { throw error(node, "'\(key)' must be a list of strings") }
        guard sequence.count <= Self.maximumListLength else { throw error(node, "'\(key)' has more than \(Self.maximumListLength) entries") }
        var values: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else { throw error(item, "'\(key)' entries must be strings") }
            values.append(scalar.string)
        }
        return values
    }

    /// The entries of a top-level list such as `components`.
    func list(_ node: Node?, key: String) throws(InputError) -> [Node] {
        guard let node else { return [] }
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" { return [] }
        guard let sequence = node.sequence else { throw error(node, "'\(key)' must be a list") }
        guard sequence.count <= Self.maximumListLength else { throw error(node, "'\(key)' has more than \(Self.maximumListLength) entries") }
        return Array(sequence)
    }
}
