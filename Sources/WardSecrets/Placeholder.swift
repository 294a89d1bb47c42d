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
        if fragments.contains(where: { text.contains($0) }) { return true }
        let distinct = Set(value)
        return distinct.count <= 2
    }

    /// Values that look like code rather than a literal: calls, member access, environment look-ups.
    public static func looksLikeCode(_ value: [UInt8]) -> Bool {
        let text = String(decoding: value, as: UTF8.self)
        if text.contains("(") || text.contains(")") { return true }
        let lowered = text.lowercased()
        for marker in ["process.env", "os.environ", "getenv", "environ[", "config.", "settings.", "secrets.", "vault:", "env."]
        where lowered.contains(marker) {
            return true
        }
        return false
    }
}
