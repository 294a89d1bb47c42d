/// A RubyGems version (`Gem::Version`): numeric and letter segments (`1.2.0.rc1` = `[1, 2, 0, "rc", 1]`);
/// any letter makes it a pre-release that sorts before the release, `-` means `.pre.`, and trailing
/// zeros of the release part and of the pre-release part are insignificant (`1.0` = `1`).
public struct RubyGemsVersion: Comparable, Sendable, Hashable, CustomStringConvertible {
    enum Segment: Comparable, Sendable, Hashable {
        case number(UInt64)
        case text(String)

        // Letters sort before numbers: `1.0.a` < `1.0`, since the missing segment counts as 0.
        static func < (lhs: Self, rhs: Self) -> Bool {
            switch (lhs, rhs) {
            case let (.number(a), .number(b)): a < b
            case let (.text(a), .text(b)): a < b
            case (.text, .number): true
            case (.number, .text): false
            }
        }
    }

    let segments: [Segment]
    public let description: String

    public init(_ text: String) {
        description = text
        let bytes = Array(text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "-", with: ".pre.").utf8)
        var raw: [Segment] = []
        var index = 0
        while index < bytes.count {
            let start = index
            if VersionText.isDigit(bytes[index]) {
                while index < bytes.count, VersionText.isDigit(bytes[index]) { index += 1 }
                raw.append(.number(VersionText.number(bytes[start..<index])))
            } else if VersionText.isLetter(bytes[index]) {
                while index < bytes.count, VersionText.isLetter(bytes[index]) { index += 1 }
                raw.append(.text(String(decoding: bytes[start..<index], as: UTF8.self)))
            } else {
                index += 1
            }
        }
        segments = RubyGemsVersion.canonical(raw)
    }

    /// Drops trailing zeros from the release part and from the pre-release part, as `canonical_segments` does.
    private static func canonical(_ raw: [Segment]) -> [Segment] {
        let firstText = raw.firstIndex { if case .text = $0 { true } else { false } } ?? raw.count
        func trimmingZeros(_ part: ArraySlice<Segment>) -> [Segment] {
            var part = Array(part)
            while part.last == .number(0) { part.removeLast() }
            return part
        }
        return trimmingZeros(raw[..<firstText]) + trimmingZeros(raw[firstText...])
    }

    public var isPrerelease: Bool { segments.contains { if case .text = $0 { true } else { false } } }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        VersionText.compare(lhs.segments, rhs.segments, padding: .number(0)) < 0
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        VersionText.compare(lhs.segments, rhs.segments, padding: .number(0)) == 0
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(segments) }
}

/// RubyGems ordering.
public struct RubyGemsScheme: VersionScheme {
    public init() {}
    public var name: String { "RubyGems" }
    public func parse(_ text: String) -> RubyGemsVersion { RubyGemsVersion(text) }
}
