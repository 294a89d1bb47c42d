import WardCore

/// Finds every lockfile and manifest under a project and collects the components they declare.
public struct Inventory: Sendable {
    /// Lockfiles larger than this are skipped with a warning rather than read.
    public static let defaultMaximumFileSize = 64 * 1024 * 1024

    /// Directories of installed or vendored dependencies: their own lockfiles are not the project's.
    public static let dependencyDirectories = ["node_modules", "Pods", "vendor", ".build", "Carthage/Checkouts"]

    public var parsers: [any LockfileParser]
    public var maximumFileSize: Int

    public init(parsers: [any LockfileParser] = BuiltInLockfileParsers.all, maximumFileSize: Int = Inventory.defaultMaximumFileSize) {
        self.parsers = parsers
        self.maximumFileSize = maximumFileSize
    }

    /// The parser for a file, if any reads it.
    public func parser(for path: String) -> (any LockfileParser)? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return parsers.first { $0.accepts(path: path, name: name) }
    }

    /// Walks `root` (a directory or a single lockfile), honouring ignore files and `exclude`, and
    /// parses every lockfile found. Broken files become warnings; the rest goes on.
    public func collect(root: String, exclude: [PathPattern] = [], respectGitignore: Bool = true) throws(InputError) -> InventoryResult {
        let skipped = Self.dependencyDirectories.map { PathPattern($0.contains("/") ? "**/" + $0 : $0) }
        let options = WalkOptions(maxFileSize: Int.max, exclude: exclude + skipped, respectGitignore: respectGitignore)
        let walk = try FileWalker(options: options).walk(root: root)
        let isFile = FileSystem.isRegularFile(root)
        let base = isFile ? LockfilePath.directory(of: root) : root
        var context = LockfileContext(files: DirectoryFileSource(root: base.isEmpty ? "." : base, limit: maximumFileSize))
        var result = InventoryResult(components: [], warnings: walk.warnings, lockfiles: [])
        for file in walk.files.sorted(by: { $0.relativePath < $1.relativePath }) {
            guard let parser = parser(for: file.relativePath) else { continue }
            guard file.size <= maximumFileSize else {
                result.warnings.append(ScanWarning(path: file.relativePath, message: "lockfile skipped: larger than \(maximumFileSize / (1024 * 1024)) MB"))
                continue
            }
            let bytes: [UInt8]
            do {
                bytes = try FileReader.readAll(path: file.absolutePath, limit: maximumFileSize)
            } catch {
                result.warnings.append(ScanWarning(path: file.relativePath, message: error.message))
                continue
            }
            parse(bytes, path: file.relativePath, with: parser, context: &context, into: &result)
        }
        result.warnings += context.warnings
        result.finish()
        return result
    }

    /// Parses files already in memory (paths relative to one root), for tests and archives.
    public func collect(files: [String: [UInt8]]) -> InventoryResult {
        var context = LockfileContext(files: InMemoryFileSource(files))
        var result = InventoryResult(components: [], warnings: [], lockfiles: [])
        for path in files.keys.sorted() {
            let inDependencies = Self.dependencyDirectories.contains { directory in
                path.hasPrefix(directory + "/") || path.contains("/" + directory + "/")
            }
            guard !inDependencies, let parser = parser(for: path), let bytes = files[path] else { continue }
            parse(bytes, path: path, with: parser, context: &context, into: &result)
        }
        result.warnings += context.warnings
        result.finish()
        return result
    }

    private func parse(_ bytes: [UInt8], path: String, with parser: any LockfileParser, context: inout LockfileContext, into result: inout InventoryResult) {
        do {
            result.components += try parser.parse(bytes, path: path, context: &context)
            result.lockfiles.append(path)
        } catch {
            var warning = ScanWarning(path: error.path ?? path, line: error.line, message: error.message)
            if error.path == nil { warning.path = path }
            result.warnings.append(warning)
        }
    }
}

/// The components of a project and what went wrong while reading its lockfiles.
public struct InventoryResult: Sendable {
    /// In inventory order: by file, line, then purl.
    public var components: [Component]
    public var warnings: [ScanWarning]
    /// Lockfiles read successfully, relative to the root, sorted.
    public var lockfiles: [String]

    public init(components: [Component], warnings: [ScanWarning], lockfiles: [String]) {
        self.components = components
        self.warnings = warnings
        self.lockfiles = lockfiles
    }

    mutating func finish() {
        // A file reached both directly and through an include (`-r`) declares its components once.
        var seen = Set<String>()
        components = components.filter { seen.insert("\($0.location?.path ?? "")|\($0.location?.line ?? 0)|\($0.purl)").inserted }
        components.sort(by: Component.inventoryOrder)
        lockfiles.sort()
        warnings.sort { ($0.path ?? "", $0.line ?? 0, $0.message) < ($1.path ?? "", $1.line ?? 0, $1.message) }
    }
}
