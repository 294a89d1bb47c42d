import WardCore

/// Turns the places rules reported into findings with a redacted snippet and a fingerprint.
struct SwiftSyntaxFindingBuilder {
    /// Bytes of the line kept on each side of the finding, so minified one-line files stay readable.
    static let snippetContext = 160

    let file: SourceFile
    let descriptions: [RuleDescription]

    func findings(for reports: [SwiftSyntaxContext.Report]) -> [Finding] {
        var occurrences: [String: Int] = [:]
        var findings: [Finding] = []
        for report in reports.sorted(by: { ($0.start, $0.rule) < ($1.start, $1.rule) }) {
            let rule = descriptions[report.rule]
            let start = file.position(of: report.start)
            let end = file.position(of: max(report.end - 1, report.start))
            let (localLine, _) = file.lines.position(of: report.start)
            let snippet = self.snippet(line: localLine, around: report.start, redacting: report.secret)
            let key = rule.id + "\u{0}" + snippet
            let occurrence = occurrences[key, default: 0]
            occurrences[key] = occurrence + 1
            findings.append(Finding(
                ruleId: rule.id, kind: rule.kind, severity: rule.severity, confidence: rule.confidence,
                title: rule.title, message: rule.title, cwe: rule.cwe,
                location: Location(path: file.path, startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column + 1, snippet: snippet),
                secret: report.secret.map { RedactedSecret(secret: file.bytes[$0]) },
                remediation: rule.remediation, tags: rule.tags,
                fingerprint: Fingerprint.make(ruleId: rule.id, path: file.path, content: snippet, occurrence: occurrence),
                commit: file.commit))
        }
        return findings
    }

    /// The finding's line, cropped around `offset`, with the secret literal (if any) replaced by its redacted form.
    private func snippet(line: Int, around offset: Int, redacting secret: Range<Int>?) -> String {
        let lineRange = file.lines.range(ofLine: line)
        var from = max(lineRange.lowerBound, offset - Self.snippetContext)
        var to = min(lineRange.upperBound, offset + Self.snippetContext)
        while from > lineRange.lowerBound, file.bytes[from] & 0xC0 == 0x80 { from -= 1 }
        while to < lineRange.upperBound, file.bytes[to] & 0xC0 == 0x80 { to += 1 }
        if let secret, secret.lowerBound < to, secret.upperBound > from {
            // Every byte of the secret that falls in the window goes, even when the literal spans lines.
            let head = file.string(from..<max(from, secret.lowerBound))
            let tail = file.string(min(to, max(secret.upperBound, from))..<to)
            let redacted = RedactedSecret(secret: file.bytes[secret]).redacted
            return trimmed(head + redacted + tail, croppedStart: from > lineRange.lowerBound, croppedEnd: to < lineRange.upperBound)
        }
        return trimmed(file.string(from..<to), croppedStart: from > lineRange.lowerBound, croppedEnd: to < lineRange.upperBound)
    }

    private func trimmed(_ text: String, croppedStart: Bool, croppedEnd: Bool) -> String {
        var text = text
        if text.hasSuffix("\r") { text.removeLast() }
        return (croppedStart ? "…" : "") + text.trimmingLeadingSpaces + (croppedEnd ? "…" : "")
    }
}

private extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " || $0 == "\t" }) }
}
