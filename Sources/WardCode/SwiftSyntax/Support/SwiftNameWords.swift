/// Splits identifiers and key strings into lowercase words and tells which ones name a credential.
///
/// Matching whole words rather than substrings keeps `tokenizer`, `spinner` or `isPinned` quiet
/// while `authToken`, `user_password` and `PIN_CODE` are recognised.
enum SwiftNameWords {
    /// Words that on their own name a credential value.
    static let credentialWords: Set<String> = [
        "password", "passwords", "passwd", "passcode", "pwd", "pin", "pincode", "token", "tokens", "secret", "secrets",
        "apikey", "credential", "credentials", "otp", "cvv", "cvc", "privatekey", "accesstoken", "refreshtoken",
        "authtoken", "sessionid", "sessiontoken", "jwt", "bearer", "cookie", "cookies", "mnemonic", "seedphrase",
    ]

    /// Pairs of adjacent words that name a credential (`apiKey`, `private_key`, `sessionId`).
    static let credentialPairs: Set<String> = [
        "api key", "private key", "secret key", "session id", "session key", "session token", "client secret",
        "signing key", "encryption key", "master key", "access key", "auth key", "pass phrase", "seed phrase",
    ]

    /// Final words that make a name describe a credential rather than hold it (`passwordField`, `tokenCount`).
    static let descriptiveSuffixes: Set<String> = [
        "count", "length", "field", "fields", "label", "view", "button", "placeholder", "hint", "title", "policy",
        "rule", "rules", "visible", "enabled", "required", "type", "expiry", "expiration", "expired", "valid",
        "isvalid", "strength", "regex", "pattern", "validator", "error", "prompt", "text",
    ]

    /// Leading words that make a name a flag about a credential (`isPasswordSet`, `hasToken`).
    static let flagPrefixes: Set<String> = ["is", "has", "should", "did", "will", "can", "needs", "show", "hide"]

    /// Words that mark a security purpose for hashing and random numbers, beyond the credential words.
    static let securityWords: Set<String> = [
        "signature", "sign", "signing", "signed", "hmac", "auth", "authentication", "authenticate", "nonce", "salt",
        "verify", "verification", "integrity", "challenge", "otp", "session", "kdf", "derive", "derived",
    ]

    /// Lowercase words of an identifier or string: camelCase, PascalCase, snake_case, kebab-case and dots.
    /// Works on UTF-8 bytes (rules call it for many names); non-ASCII bytes count as lowercase letters.
    static func words(_ name: Substring) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        let bytes = Array(name.utf8)
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for (index, byte) in bytes.enumerated() {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
            let isDigit = byte >= 0x30 && byte <= 0x39
            guard isUpper || isLower || isDigit else {
                flush()
                continue
            }
            if isUpper, !current.isEmpty {
                let previousIsUpper = bytes[index - 1] >= 0x41 && bytes[index - 1] <= 0x5A
                let nextIsLower = index + 1 < bytes.count && ((bytes[index + 1] >= 0x61 && bytes[index + 1] <= 0x7A) || bytes[index + 1] >= 0x80)
                // `APIKey` splits as `API` `Key`: an upper-case letter followed by a lower-case one starts a word.
                if !previousIsUpper || nextIsLower { flush() }
            }
            current.append(isUpper ? byte + 0x20 : byte)
        }
        flush()
        return words
    }

    static func words(_ name: String) -> [String] { words(name[...]) }

    /// True when the name holds a credential: it contains a credential word or pair and is not a
    /// flag (`isTokenValid`) or a description of one (`passwordField`).
    static func namesCredential(_ name: String) -> Bool {
        let parts = words(name)
        guard let first = parts.first, let last = parts.last else { return false }
        if flagPrefixes.contains(first) || descriptiveSuffixes.contains(last) { return false }
        return containsCredential(parts)
    }

    /// True when a key string (a defaults key, a storage key) mentions a credential anywhere.
    static func keyNamesCredential(_ key: String) -> Bool {
        containsCredential(words(key))
    }

    static func containsCredential(_ parts: [String]) -> Bool {
        for (index, word) in parts.enumerated() {
            if credentialWords.contains(word) { return true }
            if index + 1 < parts.count, credentialPairs.contains(word + " " + parts[index + 1]) { return true }
        }
        return false
    }

    /// True when any of `names` points at a security purpose (a credential, signature, key, nonce...).
    static func suggestSecurity(_ names: [String]) -> Bool {
        names.contains { name in
            let parts = words(name)
            return containsCredential(parts) || parts.contains { securityWords.contains($0) }
        }
    }
}
