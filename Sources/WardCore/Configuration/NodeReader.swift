import Yams

/// Reads `ward.yml` node by node, so every error can name the line it is about and unknown keys
/// are reported rather than ignored.
struct NodeReader {
    let path: String
    var lines: [String: Int] = [:]

    init(path: String) { self.path = path }

    mutating func read(_ root: Node, into configuration: inout ProjectConfiguration) throws(InputError) {
        let top = try mapping(root, at: "")
        // `profile:` belongs to WardGovern (ProjectGovernance), which reads it from the same file.
        try expectKeys(top, ["version", "scan", "secrets", "components", "code", "configuration", "profile"], at: "")
        if let version = top["version"] {
            let number = try int(version, at: "version")
            guard number == 1 else { throw error(version, "unsupported configuration version \(number); this Ward reads version 1") }
        }
        if let scan = top["scan"] { try readScan(scan, into: &configuration.scan) }
        if let secrets = top["secrets"] { try readSecrets(secrets, into: &configuration.secrets) }
        if let components = top["components"] { try readComponents(components, into: &configuration.components) }
        if let code = top["code"] { try readCode(code, into: &configuration.code) }
        if let checks = top["configuration"] { try readConfigurationChecks(checks, into: &configuration.configurationChecks) }
    }

    private mutating func readScan(_ node: Node, into scan: inout ScanSettings) throws(InputError) {
        let map = try mapping(node, at: "scan")
        try expectKeys(map, ["include", "exclude", "max-file-size", "gitignore", "fail-on", "baseline"], at: "scan")
        if let value = map["include"] { scan.include = try strings(value, at: "scan.include") }
        if let value = map["exclude"] { scan.exclude = try strings(value, at: "scan.exclude") }
        if let value = map["max-file-size"] { scan.maxFileSize = try size(value, at: "scan.max-file-size") }
        if let value = map["gitignore"] { scan.gitignore = try bool(value, at: "scan.gitignore") }
        if let value = map["fail-on"] { scan.failOn = try severity(value, at: "scan.fail-on") }
        if let value = map["baseline"] { scan.baseline = try string(value, at: "scan.baseline") }
    }

    private mutating func readSecrets(_ node: Node, into secrets: inout SecretsSettings) throws(InputError) {
        let map = try mapping(node, at: "secrets")
        try expectKeys(map, ["personal-data", "disabled-rules", "severity", "allowlist", "gitleaks-config", "rules"], at: "secrets")
        if let value = map["personal-data"] { secrets.personalData = try bool(value, at: "secrets.personal-data") }
        if let value = map["disabled-rules"] { secrets.disabledRules = try strings(value, at: "secrets.disabled-rules") }
        if let value = map["gitleaks-config"] { secrets.gitleaksConfig = try string(value, at: "secrets.gitleaks-config") }
        if let value = map["severity"] {
            for (key, level) in try mapping(value, at: "secrets.severity") {
                secrets.severity[key] = try severity(level, at: "secrets.severity.\(key)")
            }
        }
        if let value = map["allowlist"] {
            let allow = try mapping(value, at: "secrets.allowlist")
            try expectKeys(allow, ["paths", "regexes", "regex-target", "stopwords", "commits"], at: "secrets.allowlist")
            if let v = allow["paths"] { secrets.allowlist.paths = try strings(v, at: "secrets.allowlist.paths") }
            if let v = allow["regexes"] { secrets.allowlist.regexes = try strings(v, at: "secrets.allowlist.regexes") }
            if let v = allow["stopwords"] { secrets.allowlist.stopwords = try strings(v, at: "secrets.allowlist.stopwords") }
            if let v = allow["commits"] { secrets.allowlist.commits = try strings(v, at: "secrets.allowlist.commits") }
            if let v = allow["regex-target"] {
                let target = try string(v, at: "secrets.allowlist.regex-target")
                guard ["secret", "match", "line"].contains(target) else { throw error(v, "regex-target must be secret, match or line") }
                secrets.allowlist.regexTarget = target
            }
        }
        if let value = map["rules"] {
            guard case .sequence(let sequence) = value else { throw error(value, "secrets.rules must be a list of rules") }
            for (index, item) in sequence.enumerated() {
                secrets.rules.append(try customRule(item, at: "secrets.rules.\(index)"))
            }
        }
    }

    private mutating func customRule(_ node: Node, at keyPath: String) throws(InputError) -> CustomSecretRuleSettings {
        let map = try mapping(node, at: keyPath)
        try expectKeys(map, ["id", "title", "pattern", "keywords", "severity", "secret-group", "entropy", "paths", "summary", "remediation", "examples"], at: keyPath)
        guard let id = map["id"] else { throw error(node, "a custom rule needs an id") }
        guard let pattern = map["pattern"] else { throw error(node, "custom rule needs a pattern") }
        let idText = try string(id, at: keyPath + ".id")
        guard RuleDescription.isValidIdentifier(idText) else { throw error(id, "rule id '\(idText)' must be kebab-case (lowercase letters, digits, single hyphens)") }
        var rule = CustomSecretRuleSettings(
            id: idText, title: try map["title"].map { v throws(InputError) in try string(v, at: keyPath + ".title") } ?? idText,
            pattern: try string(pattern, at: keyPath + ".pattern"))
        if let v = map["keywords"] { rule.keywords = try strings(v, at: keyPath + ".keywords").map { $0.lowercased() } }
        if let v = map["severity"] { rule.severity = try severity(v, at: keyPath + ".severity") }
        if let v = map["secret-group"] { rule.secretGroup = try int(v, at: keyPath + ".secret-group") }
        if let v = map["entropy"] {
            guard let number = v.float, number >= 0, number <= 8 else { throw error(v, "entropy must be a number between 0 and 8") }
            rule.entropy = number
        }
        if let v = map["paths"] { rule.paths = try strings(v, at: keyPath + ".paths") }
        if let v = map["summary"] { rule.summary = try string(v, at: keyPath + ".summary") }
        if let v = map["remediation"] { rule.remediation = try string(v, at: keyPath + ".remediation") }
        if let v = map["examples"] {
            let examples = try mapping(v, at: keyPath + ".examples")
            try expectKeys(examples, ["match", "no-match"], at: keyPath + ".examples")
            if let m = examples["match"] { rule.triggeringExamples = try strings(m, at: keyPath + ".examples.match") }
            if let m = examples["no-match"] { rule.nonTriggeringExamples = try strings(m, at: keyPath + ".examples.no-match") }
        }
        return rule
    }

    // MARK: - Typed access

    mutating func note(_ node: Node, _ keyPath: String) {
        if let mark = node.mark { lines[keyPath] = mark.line }
    }

    mutating func mapping(_ node: Node, at keyPath: String) throws(InputError) -> [String: Node] {
        note(node, keyPath)
        guard case .mapping(let mapping) = node else {
            throw error(node, "\(keyPath.isEmpty ? "the file" : keyPath) must be a mapping of keys to values")
        }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { throw error(key, "keys must be strings") }
            guard result[name] == nil else { throw error(key, "duplicate key '\(name)'") }
            result[name] = value
            note(value, keyPath.isEmpty ? name : keyPath + "." + name)
        }
        return result
    }

    func expectKeys(_ map: [String: Node], _ known: [String], at keyPath: String) throws(InputError) {
        for (key, value) in map where !known.contains(key) {
            let place = keyPath.isEmpty ? "top level" : keyPath
            throw InputError(path: path, line: value.mark.map { max(1, $0.line) }, "unknown key '\(key)' in \(place); expected one of: \(known.joined(separator: ", "))")
        }
    }

    func string(_ node: Node, at keyPath: String) throws(InputError) -> String {
        guard case .scalar(let scalar) = node else { throw error(node, "\(keyPath) must be a string") }
        return scalar.string
    }

    func strings(_ node: Node, at keyPath: String) throws(InputError) -> [String] {
        if case .scalar(let scalar) = node, scalar.string.isEmpty || node.null != nil { return [] }
        guard case .sequence(let sequence) = node else { throw error(node, "\(keyPath) must be a list of strings") }
        var result: [String] = []
        for item in sequence {
            guard case .scalar(let scalar) = item else { throw error(item, "\(keyPath) must be a list of strings") }
            result.append(scalar.string)
        }
        return result
    }

    func bool(_ node: Node, at keyPath: String) throws(InputError) -> Bool {
        guard let value = node.bool else { throw error(node, "\(keyPath) must be true or false") }
        return value
    }

    private func int(_ node: Node, at keyPath: String) throws(InputError) -> Int {
        guard let value = node.int else { throw error(node, "\(keyPath) must be a whole number") }
        return value
    }

    private func severity(_ node: Node, at keyPath: String) throws(InputError) -> Severity {
        guard let text = node.string, let value = Severity(parsing: text) else {
            throw error(node, "\(keyPath) must be one of: critical, high, medium, low, info")
        }
        return value
    }

    private func size(_ node: Node, at keyPath: String) throws(InputError) -> Int {
        let value = node.int.flatMap { $0 > 0 ? $0 : nil } ?? node.string.flatMap(ByteSize.parse)
        guard let value else { throw error(node, "\(keyPath) must be a size such as 10MB, 512KB or a number of bytes") }
        guard value <= ByteSize.largestScannable else { throw error(node, "\(keyPath) cannot exceed 2GB") }
        return value
    }

    func error(_ node: Node, _ message: String) -> InputError {
        InputError(path: path, line: node.mark.map { max(1, $0.line) }, message)
    }
}

/// Sizes written as `10MB`, `512 KiB`, `1G` or plain bytes.
public enum ByteSize {
    /// The matcher scans a file in one call that takes a 32-bit length; files are kept well below.
    public static let largestScannable = 2 << 30

    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: " ").uppercased()
        let digits = trimmed.prefix { $0.isNumber || $0 == "." }
        guard let number = Double(digits), number > 0 else { return nil }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: " ")
        let factor: Double
        switch unit {
        case "", "B": factor = 1
        case "K", "KB", "KIB": factor = 1024
        case "M", "MB", "MIB": factor = 1024 * 1024
        case "G", "GB", "GIB": factor = 1024 * 1024 * 1024
        default: return nil
        }
        return Int(number * factor)
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: Character) -> String {
        var slice = self[...]
        while slice.first == set { slice = slice.dropFirst() }
        while slice.last == set { slice = slice.dropLast() }
        return String(slice)
    }
}
