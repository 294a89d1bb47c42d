import WardCore

/// Checks configuration and infrastructure files (Dockerfile, Kubernetes, CI workflows, Terraform,
/// Info.plist, Android manifests): classifies each file by name, parses it once, runs its rules.
public struct ConfigScanner: FileScanner {
    public let configRules: [any ConfigRule]
    private let rulesByType: [ConfigFileType: [any ConfigRule]]

    /// Registers `rules`; a duplicate or malformed id is an input error naming it.
    public init(rules: [any ConfigRule] = ConfigRules.builtIn) throws(InputError) {
        var seen: Set<String> = []
        var byType: [ConfigFileType: [any ConfigRule]] = [:]
        for rule in rules {
            guard RuleDescription.isValidIdentifier(rule.id) else { throw InputError("configuration rule '\(rule.id)' is not a kebab-case id") }
            guard seen.insert(rule.id).inserted else { throw InputError("configuration rule '\(rule.id)' is registered twice") }
            byType[rule.fileType, default: []].append(rule)
        }
        configRules = rules
        rulesByType = byType
    }

    public var kinds: [FindingKind] { [.configuration] }
    public var rules: [RuleDescription] { configRules.map(\.description) }

    public func makeWorker() -> any FileScanWorker { ConfigScanWorker(scanner: self) }

    /// Findings for one file; files that are not configuration, or do not parse, yield none.
    public func check(_ file: SourceFile) -> [Finding] {
        guard let type = ConfigClassifier.classify(path: file.path, bytes: file.bytes),
              let rules = rulesByType[type], !rules.isEmpty,
              let document = ConfigParser.parse(type, file: file)
        else { return [] }
        var findings: [Finding] = []
        var occurrences: [String: Int] = [:]
        for rule in rules {
            var collector = IssueCollector(file: file)
            rule.check(document, into: &collector)
            // YAML aliases can hand a rule the same node twice; one place is one finding.
            var seen: Set<ConfigIssue> = []
            for issue in collector.issues where seen.insert(ConfigIssue(line: issue.line, column: issue.column)).inserted {
                findings.append(makeFinding(rule.description, issue, file, &occurrences))
            }
        }
        return findings
    }

    private func makeFinding(_ rule: RuleDescription, _ issue: ConfigIssue, _ file: SourceFile, _ occurrences: inout [String: Int]) -> Finding {
        let lineText = issue.line <= file.lines.count ? file.text(ofLine: issue.line) : ""
        let column = issue.column ?? ((lineText.utf8.firstIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
            .map { lineText.utf8.distance(from: lineText.utf8.startIndex, to: $0) } ?? 0) + 1)
        var snippet = Fingerprint.normalise(lineText)
        var redacted: RedactedSecret?
        if let secret = issue.secret, !secret.isEmpty {
            let hidden = RedactedSecret(secret: Array(secret.utf8))
            snippet = snippet.replacingOccurrences(of: secret, with: hidden.redacted)
            redacted = hidden
        }
        if snippet.utf8.count > 200, snippet.count > 200 { snippet = String(snippet.prefix(200)) + "…" }
        let key = rule.id + "\u{0}" + snippet
        let occurrence = occurrences[key, default: 0]
        occurrences[key] = occurrence + 1
        let position = file.position(of: file.lines.range(ofLine: issue.line).lowerBound)
        let message = issue.detail.map { "\(rule.title): \($0)" } ?? rule.title
        return Finding(
            ruleId: rule.id, kind: .configuration, severity: rule.severity, confidence: rule.confidence,
            title: rule.title, message: message, cwe: rule.cwe,
            location: Location(path: file.path, startLine: position.line, startColumn: column, endLine: position.line,
                               endColumn: max(column, lineText.utf8.count + 1), snippet: snippet),
            secret: redacted, remediation: rule.remediation, tags: rule.tags + rule.owasp,
            fingerprint: Fingerprint.make(ruleId: rule.id, path: file.path, content: snippet, occurrence: occurrence),
            commit: file.commit)
    }
}

final class ConfigScanWorker: FileScanWorker {
    private let scanner: ConfigScanner

    init(scanner: ConfigScanner) { self.scanner = scanner }

    func scan(_ file: SourceFile) -> [Finding] { scanner.check(file) }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.byteRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
