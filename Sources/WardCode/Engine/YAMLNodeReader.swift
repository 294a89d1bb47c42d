import WardCore
import Yams

/// Typed access to a composed YAML tree, turning every shape mismatch into an `InputError` that
/// names the file and the line of the offending node.
struct YAMLNodeReader {
    let path: String

    func error(_ node: Node?, _ message: String) -> InputError {
        InputError(path: path, line: node?.mark?.line, message)
    }

    /// Composes a YAML document; a syntax error names the line YAML reports.
    static func compose(_ yaml: String, path: String) throws(InputError) -> Node? {
        do {
            return try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                throw InputError(path: path, line: mark.line, column: mark.column, "invalid YAML: \(problem)")
            default:
                throw InputError(path: path, "invalid YAML: \(error)")
            }
        } catch {
            throw InputError(path: path, "invalid YAML: \(error)")
        }
    }

    func mapping(_ node: Node, _ what: String) throws(InputError) -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else { throw error(node, "\(what) must be a mapping") }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        var seen = Set<String>()
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else { throw error(key, "\(what): keys must be plain text") }
            guard seen.insert(scalar.string).inserted else { throw error(key, "\(what): duplicate key '\(scalar.string)'") }
            pairs.append((scalar.string, key, value))
        }
        return pairs
    }

    func sequence(_ node: Node, _ what: String) throws(InputError) -> [Node] {
        guard case .sequence(let sequence) = node else { throw error(node, "\(what) must be a list") }
        return Array(sequence)
    }

    func string(_ node: Node, _ what: String) throws(InputError) -> String {
        guard case .scalar(let scalar) = node else { throw error(node, "\(what) must be text") }
        return scalar.string
    }

    func nonEmptyString(_ node: Node, _ what: String) throws(InputError) -> String {
        let text = try string(node, what)
        guard !text.trimmingWhitespace.isEmpty else { throw error(node, "\(what) must not be empty") }
        return text
    }

    /// A list of strings; a single string is accepted as a one-element list.
    func strings(_ node: Node, _ what: String) throws(InputError) -> [String] {
        if case .scalar(let scalar) = node { return [scalar.string] }
        var out: [String] = []
        for item in try sequence(node, what) { out.append(try string(item, what)) }
        return out
    }

    func integers(_ node: Node, _ what: String) throws(InputError) -> [Int] {
        let items: [Node] = if case .scalar = node { [node] } else { try sequence(node, what) }
        var out: [Int] = []
        for item in items {
            var text = try string(item, what)
            if text.uppercased().hasPrefix("CWE-") { text = String(text.dropFirst(4)) }
            guard let value = Int(text), value > 0 else { throw error(item, "\(what) must hold positive numbers, not '\(text)'") }
            out.append(value)
        }
        return out
    }

    func bool(_ node: Node, _ what: String) throws(InputError) -> Bool {
        switch try string(node, what).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(node, "\(what) must be true or false")
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
