import Yams

extension ProjectConfiguration {
    /// Reads `ward.yml` from `directory` if there is one; defaults otherwise.
    public static func find(in directory: String) throws(InputError) -> ProjectConfiguration {
        let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
        guard FileSystem.isRegularFile(path) else { return ProjectConfiguration() }
        return try load(path: path)
    }

    public static func load(path: String) throws(InputError) -> ProjectConfiguration {
        let bytes = try FileReader.readAll(path: path, limit: 4 << 20)
        guard bytes.count < 4 << 20 else { throw InputError(path: path, "configuration file is larger than 4 MB") }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw InputError(path: path, "not valid UTF-8") }
        return try parse(text, path: path)
    }

    /// Parses configuration text; errors name `path` and the line.
    public static func parse(_ text: String, path: String) throws(InputError) -> ProjectConfiguration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            if case .duplicatedKeysInMapping(let duplicates, let context) = error {
                let line = Self.secondOccurrence(of: duplicates.first ?? "", in: text, after: context.mark.line)
                throw InputError(path: path, line: line, "duplicate key '\(duplicates.joined(separator: "', '"))'")
            }
            throw InputError(path: path, line: error.line, "invalid YAML: \(error.problemDescription)")
        } catch {
            throw InputError(path: path, "invalid YAML: \(error)")
        }
        var configuration = ProjectConfiguration()
        configuration.path = path
        guard let root else { return configuration }
        var reader = NodeReader(path: path)
        try reader.read(root, into: &configuration)
        configuration.lines = reader.lines
        return configuration
    }
}

extension ProjectConfiguration {
    /// The 1-based line where `key:` appears for the second time at or after line `start`.
    static func secondOccurrence(of key: String, in text: String, after start: Int) -> Int? {
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= start {
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "-" }
            guard trimmed.hasPrefix(key + ":") || trimmed.hasPrefix("\"\(key)\":") || trimmed.hasPrefix("'\(key)':") else { continue }
            seen += 1
            if seen == 2 { return index + 1 }
        }
        return nil
    }
}

extension YamlError {
    var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    var problemDescription: String {
        switch self {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
        default:
            return "\(self)"
        }
    }
}
