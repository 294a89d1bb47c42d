import Foundation
import WardCore

/// Ward's own JSON report (docs/report-format.md).
public enum WardJSONReader: ReportReader {
    public static let id = "ward"

    public static func detect(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        return head.contains("\"schemaVersion\"") && head.contains("\"findings\"")
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try readReport(data, path: path)
        return ImportedReport(tools: [report.tool], findings: report.findings)
    }

    /// The whole report, with its target and timings.
    public static func readReport(_ data: Data, path: String) throws -> ScanReport {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            let report = try decoder.decode(ScanReport.self, from: data)
            guard report.schemaVersion.hasPrefix("1.") else {
                throw ReportReadError(path: path, reader: id, reason: "schema version \(report.schemaVersion) is newer than this Ward reads (1.x)")
            }
            return report
        } catch let error as ReportReadError {
            throw error
        } catch {
            throw ReportReadError(path: path, reader: id, reason: ImportSupport.describe(error))
        }
    }
}
