/// A scanner that looks at file contents. It is shared by all threads; each thread asks it for a
/// worker, which may hold per-thread state (match scratch space, buffers).
public protocol FileScanner: Sendable {
    /// The kinds of finding this scanner reports (the scope of "kinds scanned").
    var kinds: [FindingKind] { get }
    /// Descriptions of the rules it runs, for reports and `ward rules`.
    var rules: [RuleDescription] { get }
    func makeWorker() -> any FileScanWorker
}

/// One thread's instance of a scanner.
public protocol FileScanWorker: AnyObject {
    func scan(_ file: SourceFile) -> [Finding]
}
