/// Everything a user (and the generic rule test) needs to know about a rule, carried by the rule itself.
public struct RuleDescription: Codable, Sendable, Hashable {
    /// Kebab-case identifier; never renamed once released, because fingerprints and baselines use it.
    public var id: String
    public var title: String
    /// What the rule finds and why it matters.
    public var summary: String
    public var kind: FindingKind
    public var severity: Severity
    public var confidence: Confidence
    public var cwe: [Int]
    /// OWASP Top 10 (2021) or MASVS categories, e.g. `A03:2021`, `MASVS-STORAGE`.
    public var owasp: [String]
    public var remediation: String
    public var tags: [String]
    public var references: [String]
    public var triggeringExamples: [Example]
    public var nonTriggeringExamples: [Example]

    public init(
        id: String, title: String, summary: String, kind: FindingKind, severity: Severity,
        confidence: Confidence = .high, cwe: [Int], owasp: [String] = [], remediation: String, tags: [String] = [],
        references: [String] = [], triggeringExamples: [Example] = [], nonTriggeringExamples: [Example] = []
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.kind = kind
        self.severity = severity
        self.confidence = confidence
        self.cwe = cwe
        self.owasp = owasp
        self.remediation = remediation
        self.tags = tags
        self.references = references
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }

    /// True when `id` is lowercase kebab-case: letters and digits separated by single hyphens.
    public static func isValidIdentifier(_ id: String) -> Bool {
        guard let first = id.utf8.first, let last = id.utf8.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-")
        else { return false }
        var previousHyphen = false
        for byte in id.utf8 {
            let isHyphen = byte == UInt8(ascii: "-")
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            guard isHyphen || isLower || isDigit, !(isHyphen && previousHyphen) else { return false }
            previousHyphen = isHyphen
        }
        return true
    }
}

/// A rule example: source text, optionally the file name it would live in (some rules only apply to
/// certain files). In a triggering example, `↓` marks where each finding must be reported.
public struct Example: Codable, Sendable, Hashable, ExpressibleByStringInterpolation {
    public static let marker: Character = "↓"

    public var code: String
    public var path: String?

    public init(_ code: String, path: String? = nil) {
        self.code = code
        self.path = path
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// The example with markers removed.
    public var text: String { code.replacingOccurrences(of: String(Self.marker), with: "") }

    /// 1-based (line, byte column) of each marker in the text without markers.
    public var markedPositions: [(line: Int, column: Int)] {
        var positions: [(Int, Int)] = []
        var line = 1
        var column = 1
        for character in code {
            if character == Self.marker {
                positions.append((line, column))
            } else if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.utf8.count
            }
        }
        return positions
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
