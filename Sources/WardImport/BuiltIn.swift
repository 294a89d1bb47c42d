import Foundation

/// Every report reader, one per line, sorted by id.
public enum ReportReaders {
    public static let all: [any ReportReader.Type] = [
        SARIFReader.self,
        WardJSONReader.self,
    ]

    public static func named(_ id: String) -> (any ReportReader.Type)? {
        all.first { $0.id == id.lowercased() }
    }

    /// The reader whose format `data` is in; Ward's own format first, as SARIF detection is looser.
    public static func detect(_ data: Data) -> (any ReportReader.Type)? {
        if WardJSONReader.detect(data) { return WardJSONReader.self }
        return all.first { $0.detect(data) }
    }
}
