/// Recognises names that hold credentials (`DB_PASSWORD`, `apiKey`, `client-secret`) and values that
/// are clearly not literal secrets (references, placeholders), shared by every "secret in config" rule.
enum CredentialName {
    private static let words = ["password", "passwd", "pwd", "secret", "token", "apikey", "api_key", "api-key",
                                "accesskey", "access_key", "access-key", "privatekey", "private_key", "private-key",
                                "credential", "auth_key", "client_secret"]

    static func isCredential(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard words.contains(where: { lower.hasBytes($0) }) else { return false }
        // Names that describe where a secret lives, not the secret itself.
        let pointers = ["_file", "-file", "path", "_ref", "name", "_url", "length", "expiry", "ttl", "type"]
        return !pointers.contains { lower.hasSuffix($0) }
    }

    /// True for a value that looks like a literal secret rather than a reference or placeholder.
    static func isLiteralSecret(_ value: String) -> Bool {
        let trimmed = value.trimming("\"' ")
        guard trimmed.count >= 6 else { return false }
        if trimmed.hasBytes("${") || trimmed.hasBytes("$(") || trimmed.hasPrefix("$") || trimmed.hasBytes("{{") { return false }
        let lower = trimmed.lowercased()
        let placeholders = ["changeme", "change_me", "placeholder", "example", "xxxxxx", "<", "your_", "your-", "dummy", "redacted", "******"]
        return !placeholders.contains { lower.hasBytes($0) }
    }
}

extension String {
    func trimming(_ set: String) -> String {
        let characters = Set(set)
        var view = Substring(self)
        while let first = view.first, characters.contains(first) { view = view.dropFirst() }
        while let last = view.last, characters.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
