extension FileScanner {
    /// Scans one in-memory text as if it were the file at `path`, with inline suppression applied.
    /// For rule examples, tests and editors; the engine is the path for real scans.
    public func scan(text: String, path: String = "input.txt") -> [Finding] {
        ScanEngine(scanners: [self], threads: 1).scan(blobs: [Blob(path: path, bytes: Array(text.utf8))]).findings
    }
}
