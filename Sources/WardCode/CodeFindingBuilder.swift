import WardCore

/// Turns rule matches in one file into findings: positions, snippet, interpolated message,
/// redaction of secret groups, and fingerprints that count identical matches.
struct CodeFindingBuilder {
    let file: SourceFile
    private(set) var findings: [Finding] = []
    private var occurrences: [String: Int] = [:]

    /// Longest snippet kept, in characters.
    static let snippetLimit = 300
    /// Longest metavariable value shown in a message, in characters.
    static let valueLimit = 80

    init(file: SourceFile) { self.file = file }

    mutating func add(rule: PatternRule, candidate: PatternCandidate, language: Language) {
        let description = rule.description
        let range = candidate.range
        let secretRange = rule.secretGroup.flatMap { candidate.group($0) }
        let secret = secretRange.map { RedactedSecret(secret: file.bytes[$0]) }
        let message = rule.message.render { reference in
            guard let group = candidate.group(reference) else { return nil }
            if let secretRange, let secret, group.overlaps(secretRange) || group == secretRange { return secret.redacted }
            return Self.shortened(file.string(group))
        }
        let content = Fingerprint.normalise(text(of: range, redacting: secretRange, as: secret))
        let key = description.id + "\u{0}" + content
        let occurrence = occurrences[key, default: 0]
        occurrences[key] = occurrence + 1
        let start = file.position(of: range.lowerBound)
        let last = file.position(of: max(range.upperBound - 1, range.lowerBound))
        let endColumn = range.isEmpty ? last.column : last.column + 1
        var tags = description.owasp
        if language != .generic { tags.append(language.rawValue) }
        findings.append(Finding(
            ruleId: description.id, kind: .code, severity: description.severity, confidence: description.confidence,
            title: description.title, message: message, cwe: description.cwe,
            location: Location(
                path: file.path, startLine: start.line, startColumn: start.column, endLine: last.line, endColumn: endColumn,
                snippet: snippet(for: range, redacting: secretRange, as: secret)),
            secret: secret, remediation: description.remediation.isEmpty ? nil : description.remediation, tags: tags,
            fingerprint: Fingerprint.make(ruleId: description.id, path: file.path, normalisedContent: content, occurrence: occurrence),
            commit: file.commit))
    }

    /// The text of `range`, with the secret (if inside it) replaced by its redacted form.
    private func text(of range: Range<Int>, redacting secretRange: Range<Int>?, as secret: RedactedSecret?) -> String {
        guard let secretRange, let secret, range.lowerBound <= secretRange.lowerBound, secretRange.upperBound <= range.upperBound else {
            return file.string(range)
        }
        return file.string(range.lowerBound..<secretRange.lowerBound) + secret.redacted + file.string(secretRange.upperBound..<range.upperBound)
    }

    /// The matched line(s), cropped around the match so minified files give short snippets.
    private func snippet(for range: Range<Int>, redacting secretRange: Range<Int>?, as secret: RedactedSecret?) -> String {
        let firstLine = file.lines.position(of: range.lowerBound).line
        let lastLine = file.lines.position(of: max(range.upperBound - 1, range.lowerBound)).line
        let lineStart = file.lines.range(ofLine: firstLine).lowerBound
        var lineEnd = file.lines.range(ofLine: lastLine).upperBound
        if lineEnd > lineStart, file.bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        var from = max(lineStart, range.lowerBound - 100)
        var to = min(lineEnd, from + Self.snippetLimit * 4)
        while from > lineStart, file.bytes[from] & 0xC0 == 0x80 { from -= 1 }
        while to < lineEnd, file.bytes[to] & 0xC0 == 0x80 { to += 1 }
        if let secretRange, secretRange.lowerBound < to, secretRange.upperBound > from {
            from = min(from, secretRange.lowerBound)
            to = max(to, secretRange.upperBound)
        }
        var text = text(of: from..<to, redacting: secretRange, as: secret)
        if from > lineStart { text = "…" + text }
        // Counting characters walks the text: only texts with more bytes than the limit can be too long.
        if text.utf8.count > Self.snippetLimit, text.count > Self.snippetLimit { text = String(text.prefix(Self.snippetLimit - 1)) + "…" }
        return text
    }

    /// Whitespace collapsed and cut, so a multi-line capture reads as one short phrase.
    static func shortened(_ value: String) -> String {
        let flat = Fingerprint.normalise(value)
        return flat.utf8.count > valueLimit && flat.count > valueLimit ? String(flat.prefix(valueLimit - 1)) + "…" : flat
    }
}
