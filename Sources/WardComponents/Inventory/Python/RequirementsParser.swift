import WardCore

/// pip's `requirements*.txt`: pinned `name==version` lines with extras, environment markers and
/// `--hash` options, line continuations, comments, and `-r` includes (relative to the including
/// file, each file read once). pip-compile's `# via` comments tell direct from transitive.
public struct RequirementsParser: LockfileParser {
    public let id = "pip-requirements"
    public let ecosystem = Ecosystem.pypi

    public init() {}

    public func accepts(path: String, name: String) -> Bool {
        (name.hasPrefix("requirements") || name.hasSuffix("requirements.txt") || path.contains("requirements/")) && name.hasSuffix(".txt")
    }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        var visited: Set<String> = [LockfilePath.normalise(path)]
        var components: [Component] = []
        try parseFile(bytes, path: path, context: &context, visited: &visited, into: &components)
        return components
    }

    private func parseFile(
        _ bytes: [UInt8], path: String, context: inout LockfileContext, visited: inout Set<String>, into components: inout [Component]
    ) throws(InputError) {
        let scope = PythonName.scope(ofFile: path)
        for statement in Self.statements(TextLines(bytes)) {
            let text = statement.text
            if text.hasPrefix("-r") || text.hasPrefix("--requirement") {
                let target = text.drop(while: { $0 != " " && $0 != "=" }).dropFirst().trimmed
                let included = LockfilePath.join(LockfilePath.directory(of: path), String(target))
                guard visited.insert(included).inserted else { continue }
                guard let nested = context.files.read(included) else {
                    context.warn(path, line: statement.line, "included requirements file \(target) not found")
                    continue
                }
                do {
                    try parseFile(nested, path: included, context: &context, visited: &visited, into: &components)
                } catch {
                    context.warnings.append(ScanWarning(path: error.path ?? included, line: error.line, message: error.message))
                }
                continue
            }
            if text.hasPrefix("-") { continue }
            guard let requirement = Self.requirement(text) else { continue }
            guard let version = requirement.version else { continue }
            let hashes = requirement.hashes.count == 1 ? requirement.hashes.compactMap(ComponentHash.parse) : []
            if let component = Component.declared(
                .pypi, name: PythonName.normalise(requirement.name), version: version, path: path, line: statement.line,
                direct: statement.via.map { $0.contains { $0.hasPrefix("-r ") || $0.hasPrefix("-c ") } }, scope: scope, hashes: hashes) {
                components.append(component)
            }
        }
    }

    /// A logical line: continuations joined, comments removed, with pip-compile's `# via` sources.
    struct Statement {
        var text: String
        var line: Int
        var via: [String]?
    }

    static func statements(_ lines: TextLines) -> [Statement] {
        var result: [Statement] = []
        var pending = ""
        var start = 0
        var inVia = false
        for line in lines {
            let raw = line.text
            let comment = raw.trimmed
            if comment.hasPrefix("#") {
                // `# via x` or `# via` followed by `#   x` lines, right after a requirement.
                let body = comment.dropFirst().trimmed
                if body.hasPrefix("via"), !result.isEmpty {
                    let first = body.dropFirst(3).trimmed
                    result[result.count - 1].via = first.isEmpty ? [] : [String(first)]
                    inVia = true
                } else if inVia, !body.isEmpty, !result.isEmpty {
                    result[result.count - 1].via?.append(String(body))
                }
                continue
            }
            inVia = false
            var text = Substring(raw)
            if let hash = Self.commentStart(text) { text = text[..<hash] }
            if pending.isEmpty { start = line.number }
            if text.trimmed.hasSuffix("\\") {
                pending += text.trimmed.dropLast() + " "
                continue
            }
            pending += text
            let statement = pending.trimmed
            pending = ""
            if !statement.isEmpty { result.append(Statement(text: String(statement), line: start)) }
        }
        if !pending.trimmed.isEmpty { result.append(Statement(text: String(pending.trimmed), line: start)) }
        return result
    }

    /// A `#` at the start or after whitespace starts a comment (a URL fragment `#egg=` does not).
    private static func commentStart(_ text: Substring) -> Substring.Index? {
        var previous: Character = " "
        for index in text.indices {
            if text[index] == "#", previous == " " || previous == "\t" { return index }
            previous = text[index]
        }
        return nil
    }

    struct Requirement {
        var name: String
        var version: String?
        var hashes: [String]
    }

    /// `name[extras] == version ; markers --hash=...`; version only for an exact `==` / `===` pin.
    static func requirement(_ statement: String) -> Requirement? {
        var hashes: [Substring] = []
        var words: [Substring] = []
        var skipNext = false
        for word in statement.split(separator: " ") {
            if skipNext { hashes.append(word); skipNext = false; continue }
            if word.hasPrefix("--hash=") { hashes.append(Substring(word.dropFirst(7))); continue }
            if word == "--hash" { skipNext = true; continue }
            words.append(word)
        }
        var spec = Substring(words.joined(separator: " "))
        if let semicolon = spec.firstIndex(of: ";") { spec = spec[..<semicolon] }
        let nameEnd = spec.firstIndex(where: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }) ?? spec.endIndex
        let name = spec[..<nameEnd]
        guard !name.isEmpty, name.first!.isLetter || name.first!.isNumber else { return nil }
        var rest = spec[nameEnd...].trimmed
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") { rest = rest[rest.index(after: close)...].trimmed }
        if rest.hasPrefix("@") { return Requirement(name: String(name), version: nil, hashes: []) }
        var version: String?
        let clauses = rest.split(separator: ",").map { $0.trimmed }
        if clauses.count == 1, let clause = clauses.first, clause.hasPrefix("==") {
            let value = clause.drop(while: { $0 == "=" }).trimmed
            if !value.isEmpty, !value.contains("*") { version = String(value) }
        }
        return Requirement(name: String(name), version: version, hashes: hashes.map { String($0.unquoted) })
    }
}
