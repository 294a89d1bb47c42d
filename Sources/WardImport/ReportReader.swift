import Foundation
import WardCore

/// Reads one other tool's report format into Ward findings.
public protocol ReportReader: Sendable {
    /// Stable id used by `--tool`, e.g. `sarif`, `semgrep`.
    static var id: String { get }
    /// Whether `data` looks like this format; used for auto-detection, so it must be cheap and strict.
    static func detect(_ data: Data) -> Bool
    /// Reads the report; `path` names the file in errors.
    static func read(_ data: Data, path: String) throws -> ImportedReport
}

/// What a reader got out of a report: the tool(s) that wrote it and their findings.
public struct ImportedReport: Sendable {
    public var tools: [ToolInfo]
    public var findings: [Finding]

    public init(tools: [ToolInfo], findings: [Finding]) {
        self.tools = tools
        self.findings = findings
    }
}

/// An error reading a report: names the file and the reader tried.
public struct ReportReadError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reader: String
    public var reason: String

    public init(path: String, reader: String, reason: String) {
        self.path = path
        self.reader = reader
        self.reason = reason
    }

    public var description: String { "\(path): not a valid \(reader) report: \(reason)" }
}
