import Foundation
import WardCore

/// A scanner Ward can run itself (`ward scan --with NAME`): how to call it so that it writes a
/// machine-readable report, which reader reads that report, and how to install it.
public struct ExternalTool: Sendable {
    /// Where a tool puts its report.
    public enum Output: Sendable {
        case standardOutput
        /// The path Ward passes it in `arguments`.
        case file
    }

    /// What a tool's command line may depend on.
    public struct Context: Sendable {
        /// The directory scanned; the tool runs with it as its working directory.
        public var root: String
        /// Where a `.file` tool must write its report.
        public var outputPath: String

        public init(root: String, outputPath: String) {
            self.root = root
            self.outputPath = outputPath
        }

        public func exists(_ relativePath: String) -> Bool {
            FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent(relativePath))
        }
    }

    public var id: String
    public var executable: String
    /// The reader of its report (an id of `ReportReaders`).
    public var reader: String
    public var kinds: [FindingKind]
    public var install: String
    public var output: Output
    public var versionArguments: [String]
    /// Exit statuses that mean the tool ran (many exit 1 when they found something).
    public var successStatuses: Set<Int32>
    /// The arguments for a scan of `context.root`; nil when the tool has nothing to look at there
    /// (e.g. no Dockerfile for hadolint), with the reason.
    public var arguments: @Sendable (Context) -> Result<[String], Skip>

    /// Why a tool was not run on a tree.
    public struct Skip: Error, Sendable, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    public init(
        id: String, executable: String? = nil, reader: String? = nil, kinds: [FindingKind], install: String,
        output: Output, versionArguments: [String] = ["--version"], successStatuses: Set<Int32> = [0, 1],
        arguments: @escaping @Sendable (Context) -> Result<[String], Skip>
    ) {
        self.id = id
        self.executable = executable ?? id
        self.reader = reader ?? id
        self.kinds = kinds
        self.install = install
        self.output = output
        self.versionArguments = versionArguments
        self.successStatuses = successStatuses
        self.arguments = arguments
    }

    /// The executable's full path when it is on `PATH`.
    public func installedPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if executable.contains("/") { return FileManager.default.isExecutableFile(atPath: executable) ? executable : nil }
        for directory in (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = (String(directory) as NSString).appendingPathComponent(executable)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
