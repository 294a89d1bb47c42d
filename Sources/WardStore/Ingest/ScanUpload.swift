import Foundation
import WardCore

/// One scan as it arrives at the platform, whatever format it came in.
public struct ScanUpload: Sendable {
    public var branch: String
    public var commit: String?
    /// Tools that ran; their findings missing from this scan are fixed.
    public var tools: [String]
    /// Kinds of problem the scan looked for; the scope of automatic fixes.
    public var kinds: [FindingKind]
    public var startedAt: Date
    public var finishedAt: Date
    /// The format it was uploaded in (`ward-json`, `sarif`, …).
    public var format: String
    public var findings: [Finding]
    /// Lines of the files the scan read, when its report says (Ward's own does): findings per KLOC divide by it.
    public var linesScanned: Int?

    public init(
        branch: String = "main", commit: String? = nil, tools: [String], kinds: [FindingKind], startedAt: Date,
        finishedAt: Date, format: String, findings: [Finding]
    ) {
        self.branch = branch
        self.commit = commit
        self.tools = tools
        self.kinds = kinds
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.format = format
        self.findings = findings.map(Self.withoutNUL)
    }

    /// PostgreSQL refuses NUL in text and SQLite cuts text at it: no report may smuggle one in.
    static func withoutNUL(_ finding: Finding) -> Finding {
        guard finding.title.contains("\0") || finding.message.contains("\0") || finding.ruleId.contains("\0")
            || finding.fingerprint.contains("\0") || finding.location?.snippet?.contains("\0") == true || finding.location?.path.contains("\0") == true
        else { return finding }
        var clean = finding
        let strip = { (text: String) in text.replacingOccurrences(of: "\0", with: "") }
        clean.title = strip(clean.title)
        clean.message = strip(clean.message)
        clean.ruleId = strip(clean.ruleId)
        clean.fingerprint = strip(clean.fingerprint)
        if var location = clean.location {
            location.path = strip(location.path)
            location.snippet = location.snippet.map(strip)
            clean.location = location
        }
        return clean
    }
}

/// What an import did.
public struct IngestResult: Sendable, Codable {
    public var scan: ScanRecord
    /// Findings first seen in this scan (created, or correlated into none).
    public var newFindingIDs: [Int]
    public var reopenedFindingIDs: [Int]
    public var fixedFindingIDs: [Int]
}
