import Crypto

/// A finding's stable identity: SHA-256 over rule id, path and the normalised matched content.
///
/// Line numbers are deliberately left out so that the same finding keeps its fingerprint when code
/// above it moves. Whitespace is collapsed so re-indentation does not change it either.
public enum Fingerprint {
    public static func make(ruleId: String, path: String, content: String, occurrence: Int = 0) -> String {
        make(ruleId: ruleId, path: path, normalisedContent: normalise(content), occurrence: occurrence)
    }

    /// The same digest, for content the caller has already passed through `normalise`.
    public static func make(ruleId: String, path: String, normalisedContent: String, occurrence: Int = 0) -> String {
        // The digest of rule id, NUL, path, NUL, content [, NUL, occurrence], fed piece by piece.
        var hasher = SHA256()
        let separator: [UInt8] = [0]
        for (index, piece) in [ruleId, path, normalisedContent].enumerated() {
            if index > 0 { hasher.update(data: separator) }
            var piece = piece
            piece.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        if occurrence > 0 {
            hasher.update(data: separator)
            hasher.update(data: Array(String(occurrence).utf8))
        }
        return SHA256Hex.hex(hasher.finalize())
    }

    /// Trims and collapses runs of whitespace (space, tab, CR, LF) to one space.
    public static func normalise(_ content: String) -> String {
        var utf8 = content
        return utf8.withUTF8 { bytes in
            var needsWork = bytes.first.map(isSpace) ?? false || bytes.last.map(isSpace) ?? false
            if !needsWork {
                var previousSpace = false
                for byte in bytes {
                    let space = isSpace(byte)
                    if space && (previousSpace || byte != UInt8(ascii: " ")) {
                        needsWork = true
                        break
                    }
                    previousSpace = space
                }
            }
            guard needsWork else { return content }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                if isSpace(byte) {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(UInt8(ascii: " ")) }
                    pendingSpace = false
                    out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
