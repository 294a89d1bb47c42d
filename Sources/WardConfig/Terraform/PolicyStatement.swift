import Foundation

/// IAM-style policy statements from `jsonencode({...})` or a JSON string/heredoc, with the place of each key.
struct PolicyStatement {
    /// A statement key and where to report it.
    struct Field {
        var values: [String]
        var line: Int
        var column: Int?
    }

    var fields: [String: Field]

    var isAllow: Bool { fields["Effect"]?.values.first.map { $0 == "Allow" } ?? true }

    /// Statements of a policy attribute; JSON text keys are located by searching from the attribute's line.
    static func statements(of attribute: HCLAttribute, in issues: IssueCollector) -> [PolicyStatement] {
        switch attribute.value {
        case .call("jsonencode", let arguments):
            guard let document = arguments.first else { return [] }
            return document.entry("Statement")?.value.flattened.map { statement in
                var fields: [String: Field] = [:]
                for entry in statement.entries {
                    fields[entry.name] = Field(values: strings(entry.value), line: entry.line, column: entry.column)
                }
                return PolicyStatement(fields: fields)
            } ?? []
        case .string(let text, let line):
            guard let data = text.data(using: .utf8), text.count < 1_000_000,
                  let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
            let raw = json["Statement"]
            let statements = (raw as? [[String: Any]]) ?? ((raw as? [String: Any]).map { [$0] } ?? [])
            var cursor = line
            return statements.map { statement in
                var fields: [String: Field] = [:]
                for (key, value) in statement {
                    let found = issues.line(containing: "\"\(key)\"", from: cursor, limit: 400) ?? line
                    fields[key] = Field(values: jsonStrings(value), line: found, column: issues.column(of: "\"\(key)\"", onLine: found))
                }
                cursor = fields.values.map(\.line).max() ?? cursor
                return PolicyStatement(fields: fields)
            }
        default:
            return []
        }
    }

    /// Strings of a value: a string, a list of strings, or the values of an object (`Principal = { AWS = "*" }`).
    private static func strings(_ value: HCLValue) -> [String] {
        switch value {
        case .string(let text, _): [text]
        case .list(let items): items.flatMap(strings)
        case .object(let entries): entries.flatMap { strings($0.value) }
        default: []
        }
    }

    private static func jsonStrings(_ value: Any) -> [String] {
        if let text = value as? String { return [text] }
        if let list = value as? [Any] { return list.compactMap { $0 as? String } }
        if let object = value as? [String: Any] { return object.values.flatMap { ($0 as? String).map { [$0] } ?? (($0 as? [Any])?.compactMap { $0 as? String } ?? []) } }
        return []
    }
}
