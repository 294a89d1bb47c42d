/// The patterns of one `.gitignore`-syntax file, relative to the directory that holds it.
public struct IgnoreFile: Sendable {
    struct Rule: Sendable {
        let glob: Glob
        let negated: Bool
        let directoryOnly: Bool
        let anchored: Bool
    }

    /// Directory of the ignore file relative to the scan root ("" for the root).
    public let base: String
    let rules: [Rule]

    public init(base: String, contents: String) {
        self.base = base
        var rules: [Rule] = []
        for rawLine in contents.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            while line.hasSuffix(" ") && !line.hasSuffix("\\ ") { line.removeLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            var negated = false
            if line.hasPrefix("!") {
                negated = true
                line.removeFirst()
            } else if line.hasPrefix("\\!") || line.hasPrefix("\\#") {
                line.removeFirst()
            }
            var directoryOnly = false
            if line.hasSuffix("/") {
                directoryOnly = true
                line.removeLast()
            }
            guard !line.isEmpty else { continue }
            let anchored = line.dropLast().contains("/")
            if line.hasPrefix("/") { line.removeFirst() }
            rules.append(Rule(glob: Glob(line), negated: negated, directoryOnly: directoryOnly, anchored: anchored))
        }
        self.rules = rules
    }

    /// `true` ignored, `false` explicitly re-included, `nil` when no rule speaks about the path.
    func verdict(relativePath: String, name: String, isDirectory: Bool) -> Bool? {
        let local: String
        if base.isEmpty {
            local = relativePath
        } else if relativePath.hasPrefix(base + "/") {
            local = String(relativePath.dropFirst(base.count + 1))
        } else {
            return nil
        }
        var verdict: Bool?
        for rule in rules {
            if rule.directoryOnly && !isDirectory { continue }
            let hit = rule.anchored ? rule.glob.matches(local) : rule.glob.matches(name)
            if hit { verdict = !rule.negated }
        }
        return verdict
    }
}

/// The stack of ignore files that apply at one point of a walk; deeper files take precedence.
public struct IgnoreStack: Sendable {
    public private(set) var files: [IgnoreFile] = []

    public init(files: [IgnoreFile] = []) { self.files = files }

    public func pushing(_ file: IgnoreFile) -> IgnoreStack {
        var copy = self
        copy.files.append(file)
        return copy
    }

    public func isIgnored(relativePath: String, name: String, isDirectory: Bool) -> Bool {
        for file in files.reversed() {
            if let verdict = file.verdict(relativePath: relativePath, name: name, isDirectory: isDirectory) {
                return verdict
            }
        }
        return false
    }
}
