/// Recognises values that are obviously not real secrets: template variables, documentation
/// placeholders, masked values and repeated characters.
public enum Placeholder {
    static let fragments = [
        "changeme", "change_me", "change-me", "xxxx", "****", "example", "placeholder", "dummy", "sample",
        "your_", "your-", "yourpass", "insert", "redacted", "todo", "fixme", "replace", "notreal", "not_real",
        "fake", "secret_here", "password_here", "token_here", "here>", "000000", "123456", "abcdef",
        "qwerty", "letmein", "passw0rd", "p@ssw0rd", "test1234",
    ]

    public static func isPlaceholder(_ value: [UInt8]) -> Bool {
        guard let first = value.first else { return true }
        if value.allSatisfy({ $0 == first }) { return true }
        let text = String(decoding: value, as: UTF8.self).lowercased()
        if text.hasPrefix("$") || text.hasPrefix("%") || text.hasPrefix("<") || text.hasPrefix("{{") || text.hasPrefix("#{")
            || text.contains("${") || text.contains("{{") || text.contains("}}") || text.hasSuffix(">") || text.hasPrefix("@")
        {
            return true
        }
        if fragments.contains(where: { text.contains($0) }) || text.contains("...") || text.contains("…") { return true }
        let distinct = Set(value)
        return distinct.count <= 2
    }

    /// Values that look like code rather than a literal: calls, member access, environment
    /// look-ups, interpolation, file paths. Machine credentials are ASCII, so anything else is text.
    public static func looksLikeCode(_ value: [UInt8]) -> Bool {
        if value.contains(where: { $0 >= 0x80 }) || value.last == UInt8(ascii: "\\") { return true }
        let text = String(decoding: value, as: UTF8.self)
        // An escaped line break inside the value: source text holding several lines, not one token.
        if text.contains("\\n") || text.contains("\\r") || text.contains("\\t") { return true }
        if text.contains("(") || text.contains(")") || text.contains("?.") || text.contains("!.") { return true }
        let lowered = text.lowercased()
        for marker in ["process.env", "os.environ", "getenv", "environ[", "config.", "settings.", "secrets.", "vault:", "env."]
        where lowered.contains(marker) {
            return true
        }
        return isMemberPath(value) || isFilePath(value)
    }

    /// `request.headers.token`, `self.config.apiKey`: two to five identifiers joined by dots.
    static func isMemberPath(_ value: [UInt8]) -> Bool {
        let segments = value.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (2...5).contains(segments.count) else { return false }
        return segments.allSatisfy { segment in
            guard let first = segment.first, segment.count <= 30, isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: "$")
            else { return false }
            return segment.allSatisfy { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "$") }
        }
    }

    /// `/run/secrets/db`, `./certs/key.pem`, `~/.aws/credentials`: a path, not the secret in it.
    static func isFilePath(_ value: [UInt8]) -> Bool {
        let text = String(decoding: value, as: UTF8.self)
        guard text.hasPrefix("/") || text.hasPrefix("./") || text.hasPrefix("../") || text.hasPrefix("~/") else { return false }
        let segments = value.split(separator: UInt8(ascii: "/"))
        guard segments.count >= 2 else { return false }
        return segments.allSatisfy { segment in
            segment.count <= 40 && segment.allSatisfy { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "~") }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
