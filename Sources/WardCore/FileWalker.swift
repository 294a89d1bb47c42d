import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file found by the walker, to be read and scanned.
public struct WalkedFile: Sendable, Hashable {
    /// Path relative to the scan root, `/`-separated.
    public var relativePath: String
    public var absolutePath: String
    public var size: Int
}

/// What to walk and what to leave out.
public struct WalkOptions: Sendable {
    public var maxFileSize: Int
    public var include: [PathPattern]
    public var exclude: [PathPattern]
    /// Honour `.gitignore` files (and `.git/info/exclude`); `.wardignore` is always honoured.
    public var respectGitignore: Bool

    public init(maxFileSize: Int = 10 * 1024 * 1024, include: [PathPattern] = [], exclude: [PathPattern] = [], respectGitignore: Bool = true) {
        self.maxFileSize = maxFileSize
        self.include = include
        self.exclude = exclude
        self.respectGitignore = respectGitignore
    }
}

/// The outcome of a walk: files to scan (largest first, for dynamic scheduling) and what was skipped.
public struct WalkResult: Sendable {
    public var files: [WalkedFile]
    public var skippedIgnored: Int
    public var skippedTooLarge: Int
    public var warnings: [ScanWarning]
}

/// Lists the files under a root with `readdir`, honouring ignore files and path filters, with one
/// directory at a time taken from a shared queue by every core. Never follows symbolic links and
/// never enters `.git`.
public struct FileWalker: Sendable {
    public let options: WalkOptions
    public let threads: Int

    public init(options: WalkOptions, threads: Int = 0) {
        self.options = options
        self.threads = threads > 0 ? threads : max(1, System.coreCount)
    }

    public func walk(root: String) throws(InputError) -> WalkResult {
        var info = stat()
        guard stat(root, &info) == 0 else {
            throw InputError(path: root, "cannot read: \(String(cString: strerror(errno)))")
        }
        var result = WalkResult(files: [], skippedIgnored: 0, skippedTooLarge: 0, warnings: [])
        if (info.st_mode & S_IFMT) == S_IFREG {
            let name = root.split(separator: "/").last.map(String.init) ?? root
            consider(WalkedFile(relativePath: name, absolutePath: root, size: Int(info.st_size)), into: &result)
        } else {
            var stack = IgnoreStack()
            if options.respectGitignore, let exclude = readSmallFile(root + "/.git/info/exclude") {
                stack = stack.pushing(IgnoreFile(base: "", contents: exclude))
            }
            result = walkInParallel(DirectoryTask(absolute: root, relative: "", ignores: stack))
        }
        result.files.sort { $0.size != $1.size ? $0.size > $1.size : $0.relativePath < $1.relativePath }
        result.warnings.sort { ($0.path ?? "") < ($1.path ?? "") }
        return result
    }

    struct DirectoryTask: Sendable {
        var absolute: String
        var relative: String
        var ignores: IgnoreStack
    }

    /// Directories waiting to be listed, and how many are being listed now: the walk is over when
    /// both are zero.
    private struct Queue {
        var tasks: [DirectoryTask]
        var busy = 0
    }

    private func walkInParallel(_ first: DirectoryTask) -> WalkResult {
        let queue = Mutex(Queue(tasks: [first]))
        let merged = Mutex(WalkResult(files: [], skippedIgnored: 0, skippedTooLarge: 0, warnings: []))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            var local = WalkResult(files: [], skippedIgnored: 0, skippedTooLarge: 0, warnings: [])
            while true {
                let next: DirectoryTask?? = queue.withLock { state in
                    if let task = state.tasks.popLast() {
                        state.busy += 1
                        return .some(task)
                    }
                    return state.busy == 0 ? .some(nil) : nil
                }
                guard let claimed = next else {
                    usleep(50)
                    continue
                }
                guard let task = claimed else { break }
                let children = list(task, into: &local)
                queue.withLock { state in
                    state.tasks += children
                    state.busy -= 1
                }
            }
            merged.withLock { total in
                total.files += local.files
                total.skippedIgnored += local.skippedIgnored
                total.skippedTooLarge += local.skippedTooLarge
                total.warnings += local.warnings
            }
        }
        return merged.withLock { $0 }
    }

    private func consider(_ file: WalkedFile, into result: inout WalkResult) {
        if !options.include.isEmpty, !options.include.contains(where: { $0.matches(relativePath: file.relativePath) }) {
            result.skippedIgnored += 1
            return
        }
        if options.exclude.contains(where: { $0.matches(relativePath: file.relativePath) }) {
            result.skippedIgnored += 1
            return
        }
        if file.size > options.maxFileSize {
            result.skippedTooLarge += 1
            return
        }
        result.files.append(file)
    }

    /// Lists one directory: files go into `result`, subdirectories come back as new tasks.
    private func list(_ task: DirectoryTask, into result: inout WalkResult) -> [DirectoryTask] {
        let (absolute, relative) = (task.absolute, task.relative)
        guard let directory = opendir(absolute) else {
            result.warnings.append(ScanWarning(path: relative.isEmpty ? "." : relative, message: "cannot read directory: \(String(cString: strerror(errno)))"))
            return []
        }
        defer { closedir(directory) }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            entries.append((name, entry.pointee.d_type))
        }
        var ignores = task.ignores
        if options.respectGitignore, let text = readSmallFile(absolute + "/.gitignore") {
            ignores = ignores.pushing(IgnoreFile(base: relative, contents: text))
        }
        if let text = readSmallFile(absolute + "/.wardignore") {
            ignores = ignores.pushing(IgnoreFile(base: relative, contents: text))
        }
        var subdirectories: [DirectoryTask] = []
        for (name, type) in entries {
            let childAbsolute = absolute.hasSuffix("/") ? absolute + name : absolute + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            var kind = type
            var size = 0
            if kind == UInt8(DT_UNKNOWN) || kind == UInt8(DT_REG) {
                var info = stat()
                guard lstat(childAbsolute, &info) == 0 else { continue }
                let mode = info.st_mode & S_IFMT
                kind = mode == S_IFDIR ? UInt8(DT_DIR) : mode == S_IFREG ? UInt8(DT_REG) : UInt8(DT_LNK)
                size = Int(info.st_size)
            }
            if kind == UInt8(DT_DIR) {
                if name == ".git" { continue }
                if ignores.isIgnored(relativePath: childRelative, name: name, isDirectory: true)
                    || options.exclude.contains(where: { $0.matches(relativePath: childRelative) }) {
                    result.skippedIgnored += 1
                    continue
                }
                subdirectories.append(DirectoryTask(absolute: childAbsolute, relative: childRelative, ignores: ignores))
            } else if kind == UInt8(DT_REG) {
                if ignores.isIgnored(relativePath: childRelative, name: name, isDirectory: false) {
                    result.skippedIgnored += 1
                    continue
                }
                consider(WalkedFile(relativePath: childRelative, absolutePath: childAbsolute, size: size), into: &result)
            }
        }
        return subdirectories
    }

    private func readSmallFile(_ path: String) -> String? {
        guard let bytes = try? FileReader.readAll(path: path, limit: 1 << 20) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
