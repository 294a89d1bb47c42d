import Synchronization

/// Generates fake secrets for rule examples and tests, so the repository never holds a real-looking
/// key. Seeded, so examples are the same from run to run.
public enum Fake {
    /// How many values each call site has drawn, so repeated calls from one place differ.
    private static let draws = Mutex<[String: UInt64]>([:])

    /// A generator seeded by the call site (file and line) and how often that site has drawn:
    /// an example's values depend only on where it is written, not on which rules ran before it.
    private struct SiteGenerator {
        var state: UInt64

        init(file: StaticString, line: UInt) {
            let site = "\(file):\(line)"
            let draw = Fake.draws.withLock { counts in
                defer { counts[site, default: 0] += 1 }
                return counts[site, default: 0]
            }
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in site.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            state = hash ^ (draw &* 0x9E37_79B9_7F4A_7C15)
        }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    public static func string(_ count: Int, from alphabet: String, file: StaticString = #fileID, line: UInt = #line) -> String {
        let characters = Array(alphabet)
        var generator = SiteGenerator(file: file, line: line)
        return String((0..<count).map { _ in characters[Int(generator.next() % UInt64(characters.count))] })
    }

    public static let upperAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    public static let lowerAlphabet = "abcdefghijklmnopqrstuvwxyz"
    public static let digitAlphabet = "0123456789"

    /// Letters and digits, mixed case.
    public static func alnum(_ count: Int, file: StaticString = #fileID, line: UInt = #line) -> String { string(count, from: upperAlphabet + lowerAlphabet + digitAlphabet, file: file, line: line) }
    public static func upperAlnum(_ count: Int, file: StaticString = #fileID, line: UInt = #line) -> String { string(count, from: upperAlphabet + digitAlphabet, file: file, line: line) }
    public static func lowerAlnum(_ count: Int, file: StaticString = #fileID, line: UInt = #line) -> String { string(count, from: lowerAlphabet + digitAlphabet, file: file, line: line) }
    public static func hex(_ count: Int, file: StaticString = #fileID, line: UInt = #line) -> String { string(count, from: "0123456789abcdef", file: file, line: line) }
    public static func upperHex(_ count: Int, file: StaticString = #fileID, line: UInt = #line) -> String { string(count, from: "0123456789ABCDEF", file: file, line: line) }
    public static func digits(_ count: Int, file: StaticString = #fileID, line: UInt = #line) -> String { string(count, from: digitAlphabet, file: file, line: line) }
    public static func upper(_ count: Int, file: StaticString = #fileID, line: UInt = #line) -> String { string(count, from: upperAlphabet, file: file, line: line) }
    public static func lower(_ count: Int, file: StaticString = #fileID, line: UInt = #line) -> String { string(count, from: lowerAlphabet, file: file, line: line) }
    public static func base64(_ count: Int, file: StaticString = #fileID, line: UInt = #line) -> String { string(count, from: upperAlphabet + lowerAlphabet + digitAlphabet + "+/", file: file, line: line) }
    public static func base64URL(_ count: Int, file: StaticString = #fileID, line: UInt = #line) -> String { string(count, from: upperAlphabet + lowerAlphabet + digitAlphabet + "-_", file: file, line: line) }
    /// Random base32 (RFC 4648 alphabet).
    public static func base32(_ count: Int, file: StaticString = #fileID, line: UInt = #line) -> String { string(count, from: upperAlphabet + "234567", file: file, line: line) }

    /// A UUID-shaped random value, lowercase.
    public static func uuid(file: StaticString = #fileID, line: UInt = #line) -> String {
        let digits = hex(32, file: file, line: line)
        let parts = [digits.prefix(8), digits.dropFirst(8).prefix(4), digits.dropFirst(13).prefix(3), digits.dropFirst(16).prefix(3), digits.suffix(12)]
        return "\(parts[0])-\(parts[1])-4\(parts[2])-a\(parts[3])-\(parts[4])"
    }

    /// A PEM block with a random body, shaped like a real key but not one.
    public static func pem(_ label: String, lines: Int = 6, file: StaticString = #fileID, line: UInt = #line) -> String {
        let body = base64(64 * lines + 24, file: file, line: line)
        var text = "-----BEGIN \(label)-----\n"
        for index in 0..<lines { text += body.dropFirst(64 * index).prefix(64) + "\n" }
        text += body.suffix(24) + "==\n-----END \(label)-----"
        return text
    }
}
