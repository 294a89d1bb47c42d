/// A Maven version ordered like Maven's `ComparableVersion`
/// (https://maven.apache.org/pom.html#version-order-specification).
///
/// The text is split at `.`, `-` and digit/letter transitions; `-` and a transition open a sub-list,
/// trailing "null" items (`0`, `""`, `ga`, `final`, `release`, empty lists) are trimmed from every
/// list, and the well-known qualifiers sort `alpha < beta < milestone < rc = cr < snapshot < "" < sp`
/// before any other qualifier (those in alphabetical order).
public struct MavenVersion: Comparable, Sendable, Hashable, CustomStringConvertible {
    indirect enum Item: Sendable, Hashable {
        case number(UInt64)
        case qualifier(String)
        case list([Item])
    }

    let items: [Item]
    public let description: String

    public init(_ text: String) {
        description = text
        items = MavenVersion.parse(Array(text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().utf8))
    }

    // MARK: - Parsing

    /// Builds the nested lists with an explicit stack, as the specification describes.
    private static func parse(_ bytes: [UInt8]) -> [Item] {
        var stack: [[Item]] = [[]]
        var isDigit = false
        var start = 0

        func token(_ end: Int, digit: Bool, followedByDigit: Bool = false) -> Item {
            let slice = bytes[start..<end]
            return digit ? .number(VersionText.number(slice)) : qualifier(slice, followedByDigit: followedByDigit)
        }
        func openList() { stack.append([]) }

        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: ".") {
                stack[stack.count - 1].append(index == start ? .number(0) : token(index, digit: isDigit))
                start = index + 1
            } else if byte == UInt8(ascii: "-") {
                stack[stack.count - 1].append(index == start ? .number(0) : token(index, digit: isDigit))
                start = index + 1
                openList()
            } else if VersionText.isDigit(byte) {
                if !isDigit, index > start {
                    stack[stack.count - 1].append(token(index, digit: false, followedByDigit: true))
                    start = index
                    openList()
                }
                isDigit = true
            } else {
                if isDigit, index > start {
                    stack[stack.count - 1].append(token(index, digit: true))
                    start = index
                    openList()
                }
                isDigit = false
            }
        }
        if bytes.count > start {
            stack[stack.count - 1].append(token(bytes.count, digit: isDigit))
        }
        // Close the lists innermost first, trimming each as it is closed.
        while stack.count > 1 {
            let inner = normalized(stack.removeLast())
            stack[stack.count - 1].append(.list(inner))
        }
        return normalized(stack[0])
    }

    private static func qualifier(_ bytes: ArraySlice<UInt8>, followedByDigit: Bool) -> Item {
        var text = String(decoding: bytes, as: UTF8.self)
        if followedByDigit, text.count == 1 {
            switch text {
            case "a": text = "alpha"
            case "b": text = "beta"
            case "m": text = "milestone"
            default: break
            }
        }
        switch text {
        case "ga", "final", "release": text = ""
        case "cr": text = "rc"
        default: break
        }
        return .qualifier(text)
    }

    /// Removes trailing null items, looking through trailing lists (which stay, as Maven keeps them).
    private static func normalized(_ list: [Item]) -> [Item] {
        var items = list
        var index = items.count - 1
        while index >= 0 {
            let item = items[index]
            if isNull(item) {
                items.remove(at: index)
            } else if case .list = item {
                // keep looking further left
            } else {
                break
            }
            index -= 1
        }
        return items
    }

    private static func isNull(_ item: Item) -> Bool {
        switch item {
        case let .number(value): value == 0
        case let .qualifier(text): text.isEmpty
        case let .list(items): items.isEmpty
        }
    }

    // MARK: - Ordering

    private static let knownQualifiers = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"]

    /// Known qualifiers by rank, unknown ones after them alphabetically.
    private static func qualifierRank(_ text: String) -> (Int, String) {
        if let index = knownQualifiers.firstIndex(of: text) { return (index, "") }
        return (knownQualifiers.count, text)
    }

    private static let releaseRank = qualifierRank("")

    /// Compares an item with the padding of a missing item (`nil`).
    private static func compare(_ lhs: Item?, _ rhs: Item?) -> Int {
        switch (lhs, rhs) {
        case (nil, nil):
            return 0
        case let (left?, nil):
            switch left {
            case let .number(value): return value == 0 ? 0 : 1
            case let .qualifier(text): return rank(qualifierRank(text), releaseRank)
            case let .list(items): return items.isEmpty ? 0 : compare(items[0], nil)
            }
        case let (nil, right?):
            return -compare(right, nil)
        case let (left?, right?):
            switch (left, right) {
            case let (.number(a), .number(b)): return a == b ? 0 : (a < b ? -1 : 1)
            case (.number, _): return 1  // 1.1 > 1-1 and 1.1 > 1-sp
            case (.qualifier, .number), (.qualifier, .list): return -1
            case let (.qualifier(a), .qualifier(b)): return rank(qualifierRank(a), qualifierRank(b))
            case (.list, .number): return -1
            case (.list, .qualifier): return 1
            case let (.list(a), .list(b)): return compareLists(a, b)
            }
        }
    }

    private static func rank(_ lhs: (Int, String), _ rhs: (Int, String)) -> Int {
        if lhs.0 != rhs.0 { return lhs.0 < rhs.0 ? -1 : 1 }
        return lhs.1 == rhs.1 ? 0 : (lhs.1 < rhs.1 ? -1 : 1)
    }

    private static func compareLists(_ lhs: [Item], _ rhs: [Item]) -> Int {
        for index in 0..<max(lhs.count, rhs.count) {
            let result = compare(index < lhs.count ? lhs[index] : nil, index < rhs.count ? rhs[index] : nil)
            if result != 0 { return result }
        }
        return 0
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { compareLists(lhs.items, rhs.items) < 0 }
    public static func == (lhs: Self, rhs: Self) -> Bool { compareLists(lhs.items, rhs.items) == 0 }
    // Equal versions can differ in shape (`1-0` and `1`), so only a constant hash is always consistent.
    public func hash(into hasher: inout Hasher) { hasher.combine(0) }
}

/// Maven `ComparableVersion` ordering.
public struct MavenVersionScheme: VersionScheme {
    public init() {}
    public var name: String { "Maven ComparableVersion" }
    public func parse(_ text: String) -> MavenVersion { MavenVersion(text) }
}
