import WardCore
import Yams

/// Reads `threatmodel.yml` into a `ThreatModel`, checking every reference; errors name the file and line.
public enum ThreatModelParser {
    /// The conventional file name of a project's threat model.
    public static let fileName = "threatmodel.yml"
    /// Larger files are refused: a hand-written model is a few kilobytes.
    public static let maximumFileSize = 1 << 20

    public static func load(path: String) throws(InputError) -> ThreatModel {
        let bytes = try FileReader.readAll(path: path, limit: maximumFileSize + 1)
        guard bytes.count <= maximumFileSize else { throw InputError(path: path, "threat model is larger than 1 MB") }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw InputError(path: path, "not valid UTF-8") }
        return try parse(text, path: path)
    }

    /// Parses model text; `path` is only used to name the file in errors, threats and findings.
    public static func parse(_ text: String, path: String = fileName) throws(InputError) -> ThreatModel {
        guard text.utf8.count <= maximumFileSize else { throw InputError(path: path, "threat model is larger than 1 MB") }
        try YAMLAliasGuard.check(text, path: path)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw composeError(error, text: text, path: path)
        } catch {
            throw InputError(path: path, "invalid YAML: \(error)")
        }
        guard let root else { throw InputError(path: path, line: 1, "empty threat model") }
        let model = try ThreatModelReader(path: path).read(root)
        try ThreatModelValidator(path: path).validate(model)
        return model
    }

    private static func composeError(_ error: YamlError, text: String, path: String) -> InputError {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams marks the first occurrence; the second is the one the author has to remove.
            let mark = context.mark
            let line = repeatedKeyLine(duplicates.first ?? "", in: text, line: mark.line, column: mark.column) ?? mark.line
            return InputError(path: path, line: line, "duplicate key '\(duplicates.joined(separator: "', '"))'")
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return InputError(path: path, line: mark.line, "invalid YAML: \(detail)")
        default:
            return InputError(path: path, "invalid YAML: \(error)")
        }
    }

    /// The line of the repeated `key:` in the block mapping whose first key is at (`line`, `column`).
    ///
    /// Only lines indented exactly like the first key are candidates, and the search stops at the first
    /// line indented less, which ends the mapping; a flow mapping (`{a: 1, a: 2}`) yields nil.
    static func repeatedKeyLine(_ key: String, in text: String, line start: Int, column: Int) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 > start {
            let lead = line.prefix { $0 == " " }.count
            let content = line.dropFirst(lead)
            if content.isEmpty || content.first == "#" || content.first == "\r" { continue }
            if lead < column - 1 { return nil }
            if lead == column - 1, content.hasPrefix(key + ":") || content.hasPrefix("\"\(key)\":") || content.hasPrefix("'\(key)':") {
                return index + 1
            }
        }
        return nil
    }
}
