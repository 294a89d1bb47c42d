import Foundation
import WardCore

/// Ward's own report: `ScanReport` as JSON, described in docs/report-format.md and
/// docs/schemas/ward-report-1.1.schema.json (1.0 reports are read too).
///
/// Keys are sorted (so field order is stable), dates are UTC ISO 8601 with whole seconds
/// (`2024-05-01T12:00:00Z`), and absent optional fields are left out rather than written as null.
public struct JSONFormat: ReportFormat {
    public var name: ReportFormatName { .json }

    public init() {}

    public func render(_ report: ScanReport) throws -> [UInt8] {
        try JSONOutput.encode(report)
    }

    /// Reads a report written by this format (or by any 1.x version of it).
    public static func decode(_ bytes: [UInt8]) throws -> ScanReport {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let report = try decoder.decode(ScanReport.self, from: Data(bytes))
        guard report.schemaVersion.split(separator: ".").first == "1" else {
            throw InputError("unsupported Ward report schemaVersion \(report.schemaVersion); this Ward reads 1.x")
        }
        return report
    }
}
