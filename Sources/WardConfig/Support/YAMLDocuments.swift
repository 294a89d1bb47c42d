import WardCore
import Yams

/// The documents of a YAML stream (`---`-separated, as Helm renders them), with Yams node marks for lines.
public struct YAMLDocuments {
    public var documents: [Node]
    /// For Kubernetes manifests: the pod specs, found once and shared by every rule.
    public var podSpecs: [PodSpec] = []

    /// Parses every document; a syntax error anywhere is an input error with the file and line.
    public static func parse(_ text: String, path: String) throws(InputError) -> YAMLDocuments {
        do {
            // The encoding is named: Yams's default reads the whole process environment on every call.
            var sequence = try compose_all(yaml: text, .basic, .default, .utf8)
            var documents: [Node] = []
            while let node = sequence.next() { documents.append(node) }
            if let error = sequence.error { throw error }
            return YAMLDocuments(documents: documents)
        } catch let error as YamlError {
            throw InputError(path: path, line: Self.line(of: error), "invalid YAML")
        } catch {
            throw InputError(path: path, "invalid YAML")
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): mark.line
        default: nil
        }
    }
}

extension Node {
    /// The value of `key` in a mapping, compared as plain text (Yams' own subscript resolves tags, which is slow).
    func value(_ key: String) -> Node? { pair(key)?.value }

    /// The key node and value of `key` in a mapping (the key node carries the line a finding points at).
    func pair(_ key: String) -> (key: Node, value: Node)? {
        guard let mapping else { return nil }
        for (keyNode, value) in mapping where keyNode.string == key { return (keyNode, value) }
        return nil
    }

    /// Elements of a sequence; empty for anything else.
    var elements: [Node] { sequence.map(Array.init) ?? [] }

    /// The mapping's pairs; empty for anything else.
    var pairs: [(key: Node, value: Node)] { mapping.map { $0.map { ($0.key, $0.value) } } ?? [] }

    /// True for an unquoted YAML 1.1 boolean true (`true`, `True`, `yes`, `on`); a quoted "true" is a string.
    var isTrue: Bool { plainWord.map { ["true", "yes", "on"].contains($0) } ?? false }
    var isFalse: Bool { plainWord.map { ["false", "no", "off"].contains($0) } ?? false }

    /// An unquoted integer.
    var plainInt: Int? { plainWord.flatMap { Int($0) } }

    /// Tags are not resolved while parsing (Yams resolves them with regular expressions, the slowest part of
    /// a parse), so booleans and numbers are recognised here from unquoted scalars.
    private var plainWord: String? {
        guard let scalar, scalar.style == .plain || scalar.style == .any else { return nil }
        return scalar.string.lowercased()
    }
}
