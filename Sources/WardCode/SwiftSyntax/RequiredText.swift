/// A literal that a file must contain for a Swift syntax rule to possibly fire, and how it is compared.
///
/// A string literal (`"NSKeyedUnarchiver"`) is an exact match; `.anyCase` and `.word` cover text
/// the rule itself compares without regard to case.
public struct RequiredText: Sendable, Hashable, ExpressibleByStringLiteral {
    public enum Matching: Sendable, Hashable {
        /// The bytes as written: identifiers and API names, which the rules compare exactly.
        case exact
        /// In any ASCII case: text the rule lowercases before comparing (a URL scheme).
        case anyCase
        /// A whole word as `SwiftNameWords` splits names, in any case: `pin` in `userPin`, `PIN_CODE`
        /// or `"pin"`, not in `spinner`. Word ends are checked loosely, so this may pass more than a word.
        case word
    }

    public let text: String
    public let matching: Matching

    public init(_ text: String, _ matching: Matching) {
        self.text = text
        self.matching = matching
    }

    public init(stringLiteral text: String) { self.init(text, .exact) }

    public static func anyCase(_ text: String) -> RequiredText { RequiredText(text, .anyCase) }
    public static func word(_ text: String) -> RequiredText { RequiredText(text, .word) }

    /// Escapes that give a string literal's value letters its source bytes do not hold in a row:
    /// `\u{…}` (also raw `\#u{…}`) and line continuations (`\` or `\#` at the end of a line).
    /// A rule that reads words or keys from a literal's value accepts these as alternatives.
    public static let literalEscapes: [RequiredText] = ["\\u{", "#u{", "\\\n", "\\\r", "\\ ", "\\\t", "#\n", "#\r", "# ", "#\t"]
}
