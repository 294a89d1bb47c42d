import Synchronization

/// Generates fake secrets for rule examples and tests, so the repository never holds a real-looking
/// key. Seeded, so examples are the same from run to run.
public enum Fake {
    private static let state = Mutex<UInt64>(0x5EED_0F_3A2D)

    private static func next() -> UInt64 {
        state.withLock { value in
            value &+= 0x9E37_79B9_7F4A_7C15
            var z = value
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    public static func string(_ count: Int, from alphabet: String) -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in characters[Int(next() % UInt64(characters.count))] })
    }

    public static let upperAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    public static let lowerAlphabet = "abcdefghijklmnopqrstuvwxyz"
    public static let digitAlphabet = "0123456789"

    /// Letters and digits, mixed case.
    public static func alnum(_ count: Int) -> String { string(count, from: upperAlphabet + lowerAlphabet + digitAlphabet) }
    public static func upperAlnum(_ count: Int) -> String { string(count, from: upperAlphabet + digitAlphabet) }
    public static func lowerAlnum(_ count: Int) -> String { string(count, from: lowerAlphabet + digitAlphabet) }
    public static func hex(_ count: Int) -> String { string(count, from: "0123456789abcdef") }
    public static func upperHex(_ count: Int) -> String { string(count, from: "0123456789ABCDEF") }
    public static func digits(_ count: Int) -> String { string(count, from: digitAlphabet) }
    public static func upper(_ count: Int) -> String { string(count, from: upperAlphabet) }
    public static func lower(_ count: Int) -> String { string(count, from: lowerAlphabet) }
    public static func base64(_ count: Int) -> String { string(count, from: upperAlphabet + lowerAlphabet + digitAlphabet + "+/") }
    public static func base64URL(_ count: Int) -> String { string(count, from: upperAlphabet + lowerAlphabet + digitAlphabet + "-_") }
    /// Random base32 (RFC 4648 alphabet).
    public static func base32(_ count: Int) -> String { string(count, from: upperAlphabet + "234567") }

    /// A UUID-shaped random value, lowercase.
    public static func uuid() -> String { "\(hex(8))-\(hex(4))-4\(hex(3))-a\(hex(3))-\(hex(12))" }

    /// A PEM block with a random body, shaped like a real key but not one.
    public static func pem(_ label: String, lines: Int = 6) -> String {
        var text = "-----BEGIN \(label)-----\n"
        for _ in 0..<lines { text += base64(64) + "\n" }
        text += base64(24) + "==\n-----END \(label)-----"
        return text
    }
}
