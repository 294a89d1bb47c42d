import WardCore

extension ReportFormats {
    /// The registry of built-in formats, one per line, sorted by name.
    public static let builtIn: [(name: ReportFormatName, make: @Sendable (ReportOptions) -> any ReportFormat)] = [
        (.csv, { _ in CSVFormat() }),
        (.gitlab, { _ in GitLabSecretDetectionFormat() }),
        (.json, { _ in JSONFormat() }),
        (.junit, { _ in JUnitFormat() }),
        (.sarif, { SARIFFormat(sourceRoot: $0.sourceRoot) }),
        (.table, { TableFormat(colour: $0.colour) }),
    ]
}
