import Foundation

/// Every report reader. The lists live beside the readers they name (one per line, sorted by id):
/// Ward's own and SARIF here, the others in `BuiltIn+<Family>.swift`.
public enum ReportReaders {
    static let generic: [any ReportReader.Type] = [
        SARIFReader.self,
        WardJSONReader.self,
    ]

    /// All readers, sorted by id; duplicate ids are a programming error caught by a test.
    public static let all: [any ReportReader.Type] =
        (generic + secretsAndCode + components + dynamicAndPlatforms).sorted { $0.id < $1.id }

    public static func named(_ id: String) -> (any ReportReader.Type)? {
        all.first { $0.id == id.lowercased() }
    }

    /// The reader whose format `data` is in. Specific formats are tried before SARIF, whose
    /// detection is the loosest; Ward's own format first of all.
    public static func detect(_ data: Data) -> (any ReportReader.Type)? {
        if WardJSONReader.detect(data) { return WardJSONReader.self }
        return all.first { $0 != SARIFReader.self && $0 != WardJSONReader.self && $0.detect(data) }
            ?? (SARIFReader.detect(data) ? SARIFReader.self : nil)
    }
}
