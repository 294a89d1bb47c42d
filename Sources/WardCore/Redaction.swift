import Crypto

/// A secret as Ward keeps it: a short preview and a hash, never the value itself.
public struct RedactedSecret: Codable, Sendable, Hashable {
    /// First characters of the secret, an ellipsis and a short hash prefix, e.g. `AKIA…3fa9c2d1`.
    public var redacted: String
    /// Lowercase hex SHA-256 of the secret: lets the same secret be matched across files, tools and scans.
    public var sha256: String

    public init(redacted: String, sha256: String) {
        self.redacted = redacted
        self.sha256 = sha256
    }

    /// Redacts `secret`, keeping `visiblePrefix` characters (fewer for short secrets).
    public init<Bytes: Collection>(secret: Bytes, visiblePrefix: Int = 4) where Bytes.Element == UInt8 {
        let hash = SHA256Hex.digest(of: secret)
        let keep = secret.count >= 12 ? visiblePrefix : min(visiblePrefix, secret.count / 4)
        let prefix = String(decoding: secret.prefix(keep), as: UTF8.self)
        self.redacted = prefix + "…" + hash.prefix(8)
        self.sha256 = hash
    }
}

/// SHA-256 as lowercase hex.
public enum SHA256Hex {
    public static func digest<Bytes: Collection>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hasher = SHA256()
        if let done = bytes.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }) {
            _ = done
        } else {
            hasher.update(data: Array(bytes))
        }
        return hex(hasher.finalize())
    }

    public static func digest(of text: String) -> String { digest(of: Array(text.utf8)) }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
