#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads files with POSIX `read`, into a buffer that a worker reuses from file to file.
public struct FileReader {
    public private(set) var buffer: UnsafeMutableRawBufferPointer

    public init(capacity: Int = 1 << 20) {
        buffer = .allocate(byteCount: max(capacity, 4096), alignment: 16)
    }

    public func deallocate() { buffer.deallocate() }

    /// Reads the whole file (at most `limit` bytes) into the reused buffer and returns the filled part.
    public mutating func read(path: String, limit: Int) throws(InputError) -> UnsafeRawBufferPointer {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputError(path: path, "cannot open: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var filled = 0
        while true {
            if filled == buffer.count {
                guard filled < limit else { break }
                let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: min(buffer.count * 2, max(limit, buffer.count + 1)), alignment: 16)
                bigger.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[0..<filled]))
                buffer.deallocate()
                buffer = bigger
            }
            let want = min(buffer.count, limit) - filled
            if want <= 0 { break }
            let got = Glibc_read(fd, buffer.baseAddress! + filled, want)
            if got < 0 {
                if errno == EINTR { continue }
                throw InputError(path: path, "cannot read: \(String(cString: strerror(errno)))")
            }
            if got == 0 { break }
            filled += got
        }
        return UnsafeRawBufferPointer(rebasing: buffer[0..<filled])
    }

    /// Reads a whole (small) file into a new array.
    public static func readAll(path: String, limit: Int = Int.max) throws(InputError) -> [UInt8] {
        var reader = FileReader(capacity: 64 * 1024)
        defer { reader.deallocate() }
        let bytes = try reader.read(path: path, limit: limit)
        return Array(bytes)
    }
}

@inline(__always)
private func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
