import WardCore
import Yams

/// Reads governance YAML (the `profile:` section of `ward.yml`, baseline files) node by node, so
/// every error names the file and line and unknown keys are reported rather than ignored.
struct GovernanceYAMLReader {
    /// Governance files are small; anything larger is refused before parsing.
    static let maximumSize = 1 << 20

    let path: String

    /// Parses YAML text into a node tree; nil for an empty document.
    func compose(_ text: String) throws(InputError) -> Node? {
        guard text.utf8.count <= Self.maximumSize else {
            throw InputError(path: path, "file is larger than \(Self.maximumSize >> 20) MB; governance files are expected to be small")
        }
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
                .composer(let context, let problem, let mark, _):
                let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
                throw InputError(path: path, line: max(1, mark.line), "invalid YAML: \(text)")
            case .duplicatedKeysInMapping(let duplicates, let context):
                throw InputError(path: path, line: max(1, context.mark.line), "duplicate key '\(duplicates.joined(separator: "', '"))'")
            default:
                throw InputError(path: path, "invalid YAML: \(error)")
            }
        } catch {
            throw InputError(path: path, "invalid YAML: \(error)")
        }
    }

    func error(_ node: Node, _ message: String) -> InputError {
        InputError(path: path, line: node.mark.map { max(1, $0.line) }, message)
    }

    /// The mapping's entries by key, refusing non-string and unknown keys.
    func mapping(_ node: Node, at keyPath: String, allowed: [String]? = nil) throws(InputError) -> [String: Node] {
        guard case .mapping(let mapping) = node else { throw error(node, "\(keyPath) must be a mapping of keys to values") }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else { throw error(key, "keys in \(keyPath) must be strings") }
            if let allowed, !allowed.contains(scalar.string) {
                throw error(key, "unknown key '\(scalar.string)' in \(keyPath); expected one of: \(allowed.joined(separator: ", "))")
            }
            result[scalar.string] = value
        }
        return result
    }

    /// The mapping's entries in file order (for per-severity tables and id-keyed maps).
    func entries(_ node: Node, at keyPath: String) throws(InputError) -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else { throw error(node, "\(keyPath) must be a mapping of keys to values") }
        var result: [(key: String, keyNode: Node, value: Node)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else { throw error(key, "keys in \(keyPath) must be strings") }
            result.append((scalar.string, key, value))
        }
        return result
    }

    func string(_ node: Node, at keyPath: String) throws(InputError) -> String {
        guard case .scalar(let scalar) = node else { throw error(node, "\(keyPath) must be a single value") }
        return scalar.string
    }

    /// A list of strings; a single value counts as a list of one.
    func strings(_ node: Node, at keyPath: String) throws(InputError) -> [String] {
        if case .scalar(let scalar) = node { return scalar.string.isEmpty ? [] : [scalar.string] }
        guard case .sequence(let sequence) = node else { throw error(node, "\(keyPath) must be a list of values") }
        var result: [String] = []
        for item in sequence {
            guard case .scalar(let scalar) = item else { throw error(item, "\(keyPath) must be a list of values") }
            result.append(scalar.string)
        }
        return result
    }

    /// The items of a list, for lists of mappings.
    func sequence(_ node: Node, at keyPath: String) throws(InputError) -> [Node] {
        guard case .sequence(let sequence) = node else { throw error(node, "\(keyPath) must be a list") }
        return Array(sequence)
    }

    func bool(_ node: Node, at keyPath: String) throws(InputError) -> Bool {
        guard let value = node.bool else { throw error(node, "\(keyPath) must be true or false") }
        return value
    }

    func positiveInt(_ node: Node, at keyPath: String) throws(InputError) -> Int {
        guard let value = node.int, value > 0, value <= 100_000 else { throw error(node, "\(keyPath) must be a whole number from 1 to 100000") }
        return value
    }

    func severity(_ node: Node, at keyPath: String) throws(InputError) -> Severity {
        guard case .scalar(let scalar) = node, let value = Severity(parsing: scalar.string) else {
            throw error(node, "\(keyPath) must be one of: critical, high, medium, low, info")
        }
        return value
    }

    /// A value of a string-backed enum, listing the accepted values in the error.
    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, at keyPath: String, as type: T.Type) throws(InputError) -> T
    where T.RawValue == String {
        let text = try string(node, at: keyPath)
        guard let value = T(rawValue: text.lowercased()) else {
            throw error(node, "\(keyPath) '\(text)' is not one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// A number of days: `7`, `7d`, `2w`, or `daily`, `weekly`, `monthly`, `quarterly`, `yearly`.
    func days(_ node: Node, at keyPath: String) throws(InputError) -> Int {
        if let number = node.int, number > 0, number <= 36_500 { return number }
        let text = try string(node, at: keyPath).lowercased()
        guard let value = Self.days(text) else {
            throw error(node, "\(keyPath) '\(text)' must be a number of days such as 7d or 2w, or daily, weekly, monthly, quarterly, yearly")
        }
        return value
    }

    static func days(_ text: String) -> Int? {
        switch text {
        case "daily": return 1
        case "weekly": return 7
        case "monthly": return 31
        case "quarterly": return 92
        case "yearly", "annually": return 366
        default: break
        }
        guard let unit = text.last, let number = Int(text.dropLast()), number > 0, number <= 36_500 else { return nil }
        switch unit {
        case "d": return number
        case "w": return number * 7
        default: return nil
        }
    }
}
