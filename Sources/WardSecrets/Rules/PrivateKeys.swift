import WardCore

extension SecretRules {
    /// A PEM block of the given label; the secret is the base64 body (with `\n` escapes when the key
    /// sits inside a string literal or JSON).
    static func pemPattern(_ label: String) -> String {
        #"-----BEGIN "# + label + #"-----(?:\\r|\\n|\r|\n)+(?:[A-Za-z-]+:[^\r\n]*(?:\\r|\\n|\r|\n)+)*((?:[A-Za-z0-9+/=]|\\r|\\n|\r|\n){64,}?)-----END "# + label + "-----"
    }

    /// The PEM text with the example marker where the body (the reported secret) starts.
    static func markedBody(_ pem: String, separator: String) -> String {
        guard let range = pem.range(of: separator) else { return pem }
        return String(pem[..<range.upperBound]) + "↓" + pem[range.upperBound...]
    }

    static func privateKeyRule(
        id: String, label: String, title: String, keyword: String, summary: String, paths: [String] = [],
        examplePath: String? = nil, priority: Int = 10
    ) -> SecretRule {
        SecretRule(
            id: id, title: title, summary: summary, severity: .critical,
            remediation: "Treat the key as compromised: generate a new key pair, replace the public key wherever it is trusted "
                + "(servers, certificates, deploy keys) and remove the private key from the repository and its history. "
                + "Keep private keys in a key store or secret manager, never in source.",
            tags: ["private-key"], keywords: [keyword], pattern: pemPattern(label), window: .wholeFile, paths: paths, priority: priority,
            triggering: [
                Example(markedBody(Fake.pem(label), separator: "\n"), path: examplePath),
                Example("let key = \"" + markedBody(Fake.pem(label).split(separator: "\n").joined(separator: "\\n"), separator: "\\n") + "\"", path: examplePath),
            ],
            nonTriggering: [Example("-----BEGIN \(label)-----\n...\n-----END \(label)-----")])
    }

    static let privateKeys: [SecretRule] = [
        privateKeyRule(
            id: "private-key-rsa", label: "RSA PRIVATE KEY", title: "RSA private key (PKCS#1)", keyword: "begin rsa private",
            summary: "A PEM-encoded RSA private key: whoever holds it can impersonate the server, user or signer it belongs to."),
        privateKeyRule(
            id: "private-key-ec", label: "EC PRIVATE KEY", title: "Elliptic-curve private key", keyword: "begin ec private",
            summary: "A PEM-encoded elliptic-curve private key (SEC 1)."),
        privateKeyRule(
            id: "private-key-dsa", label: "DSA PRIVATE KEY", title: "DSA private key", keyword: "begin dsa private",
            summary: "A PEM-encoded DSA private key."),
        privateKeyRule(
            id: "private-key-openssh", label: "OPENSSH PRIVATE KEY", title: "OpenSSH private key", keyword: "begin openssh private",
            summary: "An OpenSSH private key: it opens every server and Git host that trusts its public half."),
        privateKeyRule(
            id: "private-key-pgp", label: "PGP PRIVATE KEY BLOCK", title: "PGP private key block", keyword: "begin pgp private",
            summary: "An armoured PGP private key: it decrypts mail and files and signs releases in its owner's name."),
        privateKeyRule(
            id: "private-key-pkcs8", label: "PRIVATE KEY", title: "PKCS#8 private key", keyword: "begin private key",
            summary: "A PEM-encoded PKCS#8 private key (any algorithm)."),
        privateKeyRule(
            id: "private-key-pkcs8-encrypted", label: "ENCRYPTED PRIVATE KEY", title: "Encrypted PKCS#8 private key", keyword: "begin encrypted private",
            summary: "A password-protected PKCS#8 private key; the password is often committed next to it, and weak ones fall to offline guessing."),
        privateKeyRule(
            id: "apple-apns-auth-key", label: "PRIVATE KEY", title: "Apple APNs / App Store Connect .p8 key", keyword: "begin private key",
            summary: "An Apple .p8 authentication key (AuthKey_<KEYID>.p8): it sends push notifications to every user of the app, or drives App Store Connect.",
            paths: ["AuthKey_*.p8", "*.p8"], examplePath: "ios/AuthKey_\(Fake.upperAlnum(10)).p8", priority: 20),
        SecretRule(
            id: "private-key-putty", title: "PuTTY private key",
            summary: "A PuTTY .ppk private key: the Windows counterpart of an SSH private key.",
            severity: .critical,
            remediation: "Generate a new key pair, remove the public key from every authorized_keys file and delete the .ppk from the repository and its history.",
            tags: ["private-key"], keywords: ["putty-user-key-file"],
            pattern: #"PuTTY-User-Key-File-[23]: [a-z0-9-]+\r?\n(?:[A-Za-z-]+: [^\r\n]*\r?\n|[A-Za-z0-9+/=]+\r?\n)*Private-Lines: \d+\r?\n((?:[A-Za-z0-9+/=]+\r?\n?)+)"#,
            window: .wholeFile,
            triggering: [Example("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n\(Fake.base64(64))\n\(Fake.base64(20))\nPrivate-Lines: 1\n↓\(Fake.base64(44))\nPrivate-MAC: \(Fake.hex(64))\n")],
            nonTriggering: ["PuTTY-User-Key-File-3 is the header of a .ppk file"]),
    ]
}
