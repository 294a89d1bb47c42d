import WardCore

/// Reads one lockfile or manifest format into components. One parser per format, listed in `BuiltIn.swift`.
public protocol LockfileParser: Sendable {
    /// Stable kebab-case id, e.g. `npm-package-lock`.
    var id: String { get }
    var ecosystem: Ecosystem { get }
    /// Whether the file at `path` (relative, `/`-separated; `name` is its last component) is in this format.
    func accepts(path: String, name: String) -> Bool
    /// The components the file declares, each with the file and line it is declared on. Throws an
    /// `InputError` naming the line when the file cannot be read at all; smaller problems go to
    /// `context.warnings`.
    func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component]
}

extension LockfileParser {
    /// Parses a file that needs no other file (tests, SBOM-less single files).
    public func parse(_ bytes: [UInt8], path: String) throws(InputError) -> [Component] {
        var context = LockfileContext(files: InMemoryFileSource())
        return try parse(bytes, path: path, context: &context)
    }
}

/// What a parser may use besides its own file: other files of the project and a place for warnings.
public struct LockfileContext {
    public let files: any FileSource
    public var warnings: [ScanWarning] = []

    public init(files: any FileSource) { self.files = files }

    public mutating func warn(_ path: String, line: Int? = nil, _ message: String) {
        warnings.append(ScanWarning(path: path, line: line, message: message))
    }
}

/// Reads project files by path relative to the inventory root (includes, parent poms, go.sum).
public protocol FileSource: Sendable {
    /// The file's bytes, or nil when it does not exist or cannot be read.
    func read(_ relativePath: String) -> [UInt8]?
}

/// Files of a directory on disk; paths may climb above the root with `..` (a parent pom often does).
public struct DirectoryFileSource: FileSource {
    public let root: String
    public let limit: Int

    public init(root: String, limit: Int = Inventory.defaultMaximumFileSize) {
        self.root = root
        self.limit = limit
    }

    public func read(_ relativePath: String) -> [UInt8]? {
        let full = relativePath.hasPrefix("/") ? relativePath : (root.hasSuffix("/") ? root : root + "/") + relativePath
        guard FileSystem.isRegularFile(full) else { return nil }
        return try? FileReader.readAll(path: full, limit: limit)
    }
}

/// Files held in memory, for tests and for inventories of archives.
public struct InMemoryFileSource: FileSource {
    public var files: [String: [UInt8]]

    public init(_ files: [String: [UInt8]] = [:]) { self.files = files }

    public func read(_ relativePath: String) -> [UInt8]? { files[LockfilePath.normalise(relativePath)] }
}

/// Path arithmetic on `/`-separated relative paths.
public enum LockfilePath {
    /// The directory part of `path` ("" for a file at the root).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `relative` resolved against directory `base`, with `.` and `..` folded where possible.
    public static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return normalise(relative) }
        return normalise(base.isEmpty ? relative : base + "/" + relative)
    }

    /// Folds `.` and `..` segments; leading `..` that climb above the root are kept.
    public static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
