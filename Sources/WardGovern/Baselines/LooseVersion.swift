/// A version compared the way most ecosystems agree on: numeric parts by value (`1.10 > 1.9`),
/// missing parts as zero (`2.0 == 2.0.0`), and a pre-release suffix (`-beta9`, `-rc1`, `.M1`,
/// `-SNAPSHOT`) before its release; any other suffix (`.Final`, `-1`, `+build`) after it.
public struct LooseVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let text: String
    private let numbers: [Int]
    private let suffix: String

    public init(_ text: String) {
        self.text = text
        var trimmed = Substring(text)
        if trimmed.first == "v" || trimmed.first == "V" { trimmed = trimmed.dropFirst() }
        let core = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        numbers = core.split(separator: ".").map { Int($0.prefix(9)) ?? 0 }
        suffix = String(trimmed.dropFirst(core.count)).lowercased()
    }

    public var description: String { text }

    /// -1 for a pre-release suffix, 0 for none, 1 for any other suffix.
    private var suffixRank: Int {
        guard !suffix.isEmpty else { return 0 }
        let word = suffix.drop { !$0.isLetter }
        let markers = ["alpha", "beta", "rc", "cr", "pre", "dev", "snapshot", "milestone", "m", "a", "b", "preview"]
        return markers.contains { word.hasPrefix($0) } ? -1 : 1
    }

    public static func < (a: LooseVersion, b: LooseVersion) -> Bool {
        let count = max(a.numbers.count, b.numbers.count)
        for index in 0..<count {
            let x = index < a.numbers.count ? a.numbers[index] : 0
            let y = index < b.numbers.count ? b.numbers[index] : 0
            if x != y { return x < y }
        }
        if a.suffixRank != b.suffixRank { return a.suffixRank < b.suffixRank }
        return a.suffix < b.suffix
    }

    public static func == (a: LooseVersion, b: LooseVersion) -> Bool { !(a < b) && !(b < a) }

    public func hash(into hasher: inout Hasher) {
        var numbers = self.numbers
        while numbers.last == 0 { numbers.removeLast() }
        hasher.combine(numbers)
        hasher.combine(suffix)
    }
}
