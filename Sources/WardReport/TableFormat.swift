import WardCore

/// Human-readable output for a terminal: findings grouped by file, then warnings and a summary.
///
/// Every piece of scanned text (paths, snippets, messages) goes through
/// `Formatting.visibleControls`, so output is safe to print even without colour.
public struct TableFormat: ReportFormat {
    public var name: ReportFormatName { .table }
    /// Colour severities and headings with ANSI escapes.
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func render(_ report: ScanReport) throws -> [UInt8] {
        var lines: [String] = []
        for group in Self.groupedByFile(report.findings) {
            lines.append(style(Formatting.visibleControls(group.path ?? "(no file)"), Self.bold))
            let positions = group.findings.map(Self.position)
            let width = positions.map(\.count).max() ?? 0
            for (finding, position) in zip(group.findings, positions) {
                lines.append(contentsOf: describe(finding, position: Self.padded(position, width)))
            }
            lines.append("")
        }
        if !report.warnings.isEmpty {
            lines.append(Formatting.counted(report.warnings.count, "warning") + ":")
            lines.append(contentsOf: report.warnings.map { "  " + Formatting.visibleControls(Self.describe($0)) })
            lines.append("")
        }
        lines.append(summary(report))
        lines.append(Self.scanned(report.statistics))
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    // MARK: - Pieces

    private func describe(_ finding: Finding, position: String) -> [String] {
        let severity = style(Self.padded(finding.severity.rawValue.uppercased(), 8), Self.colour(of: finding.severity))
        let safe = { (text: String) in Formatting.visibleControls(text) }
        var lines = ["  \(position)  \(severity)  \(safe(finding.ruleId))  \(safe(finding.title))"]
        let indent = "      "
        if finding.message != finding.title {
            lines.append(indent + safe(finding.message))
        }
        if let snippet = finding.location?.snippet, !snippet.isEmpty {
            lines += Self.splitLines(snippet).map { indent + "| " + safe($0) }
        }
        if let commit = finding.commit {
            let who = commit.email.isEmpty ? commit.author : "\(commit.author) <\(commit.email)>"
            lines.append(indent + safe("commit \(commit.commit.prefix(12)) by \(who) on \(commit.date)"))
        }
        if let component = finding.component {
            let fix = finding.advisory.map { $0.fixedVersions.first.map { ", fixed in \($0)" } ?? ", no fix published" } ?? ""
            lines.append(indent + safe("\(component.purl)\(fix)"))
        }
        if let analysis = finding.analysis {
            let why = analysis.justification.map { ": \($0)" } ?? ""
            let source = analysis.source.map { " (\($0))" } ?? ""
            lines.append(indent + safe("VEX \(analysis.state.rawValue)\(why)\(source)\(analysis.suppresses ? ", does not count for --fail-on" : "")"))
        }
        return lines
    }

    private func summary(_ report: ScanReport) -> String {
        guard !report.findings.isEmpty else { return "No findings." }
        var counts: [Severity: Int] = [:]
        for finding in report.findings { counts[finding.severity, default: 0] += 1 }
        let parts = Severity.allCases.reversed().compactMap { severity -> String? in
            guard let count = counts[severity] else { return nil }
            return style("\(count) \(severity.rawValue)", Self.colour(of: severity))
        }
        return Formatting.counted(report.findings.count, "finding") + ": " + parts.joined(separator: ", ") + "."
    }

    private static func scanned(_ statistics: ScanStatistics) -> String {
        var line = "Scanned " + Formatting.counted(statistics.filesScanned, "file")
        line += " (\(Formatting.bytes(statistics.bytesScanned)))"
        if let commits = statistics.commitsScanned { line += " across " + Formatting.counted(commits, "commit") }
        if let components = statistics.componentsScanned { line += " and " + Formatting.counted(components, "component") }
        line += " in \(Formatting.fixed(statistics.durationSeconds, places: 2))s"
        let skipped = [
            (statistics.filesSkippedBinary, "binary"), (statistics.filesSkippedTooLarge, "too large"),
            (statistics.filesSkippedIgnored, "ignored"),
        ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        if !skipped.isEmpty { line += "; skipped " + skipped.joined(separator: ", ") }
        let hidden = [(statistics.findingsSuppressed, "suppressed"), (statistics.findingsInBaseline, "in baseline")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        if !hidden.isEmpty { line += "; not shown: " + hidden.joined(separator: ", ") }
        return line + "."
    }

    static func describe(_ warning: ScanWarning) -> String {
        guard let path = warning.path else { return warning.message }
        return path + (warning.line.map { ":\($0)" } ?? "") + ": " + warning.message
    }

    // MARK: - Layout

    /// Findings grouped by path in order of first appearance; findings without a location come last.
    static func groupedByFile(_ findings: [Finding]) -> [(path: String?, findings: [Finding])] {
        var order: [String] = []
        var byPath: [String: [Finding]] = [:]
        var unplaced: [Finding] = []
        for finding in findings {
            guard let path = finding.location?.path else {
                unplaced.append(finding)
                continue
            }
            if byPath[path] == nil { order.append(path) }
            byPath[path, default: []].append(finding)
        }
        var groups: [(path: String?, findings: [Finding])] = order.map { ($0, byPath[$0] ?? []) }
        if !unplaced.isEmpty { groups.append((nil, unplaced)) }
        return groups
    }

    private static func position(_ finding: Finding) -> String {
        guard let location = finding.location else { return "-" }
        return "\(location.startLine):\(location.startColumn)"
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private static func splitLines(_ text: String) -> [String] {
        // By scalars: as Characters, "\r\n" is one grapheme and would not split on "\n".
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
            var line = String(String.UnicodeScalarView(scalars))
            if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
            return line
        }
    }

    // MARK: - Colour

    private static let bold = "\u{1B}[1m"
    private static let reset = "\u{1B}[0m"

    private static func colour(of severity: Severity) -> String {
        switch severity {
        case .critical: "\u{1B}[1;31m"
        case .high: "\u{1B}[31m"
        case .medium: "\u{1B}[33m"
        case .low: "\u{1B}[36m"
        case .info: "\u{1B}[90m"
        }
    }

    private func style(_ text: String, _ escape: String) -> String {
        colour ? escape + text + Self.reset : text
    }
}
