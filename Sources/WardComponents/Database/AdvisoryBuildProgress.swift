/// What a database build is doing, for a progress display.
public enum AdvisoryBuildEvent: Sendable, Hashable {
    /// Bytes of a download so far, and the total when the server said.
    case downloading(source: String, bytes: Int64, total: Int64?)
    /// Advisories read from a source so far.
    case reading(source: String, advisories: Int)
    /// Indexing and counting, after the last source.
    case finishing
}

/// The outcome of a successful build.
public struct AdvisoryBuildResult: Sendable {
    public var status: AdvisoryDatabaseStatus
    /// Documents that were skipped because they are not valid OSV, each naming its file.
    public var warnings: [String]
    public var duration: Double
}
