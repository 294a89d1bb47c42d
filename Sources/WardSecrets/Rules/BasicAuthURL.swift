import WardCore

extension SecretRules {
    /// Whether a base64 value decodes to `user:password` with both parts present, as Docker and npm store basic credentials.
    @Sendable static func decodesToUserAndPassword(_ value: [UInt8]) -> Bool {
        var bits = 0, buffer = 0
        var decoded: [UInt8] = []
        for byte in value where byte != UInt8(ascii: "=") {
            let sextet: Int
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): sextet = Int(byte) - 65
            case UInt8(ascii: "a")...UInt8(ascii: "z"): sextet = Int(byte) - 71
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sextet = Int(byte) + 4
            case UInt8(ascii: "+"), UInt8(ascii: "-"): sextet = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): sextet = 63
            default: return false
            }
            buffer = (buffer << 6) | sextet
            bits += 6
            if bits >= 8 {
                bits -= 8
                decoded.append(UInt8((buffer >> bits) & 0xFF))
            }
        }
        guard let colon = decoded.firstIndex(of: UInt8(ascii: ":")), colon > 0, colon < decoded.count - 1 else { return false }
        return decoded.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Base64 of a fake `user:password` pair, for examples.
    static func fakeBasicCredential() -> String {
        let plain = Array("ci-\(Fake.lowerAlnum(6)):\(Fake.alnum(20))".utf8)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var out = ""
        for start in stride(from: 0, to: plain.count, by: 3) {
            let chunk = Array(plain[start..<min(start + 3, plain.count)])
            let value = chunk.enumerated().reduce(0) { $0 | Int($1.element) << (16 - 8 * $1.offset) }
            for position in 0..<4 {
                out.append(position <= chunk.count ? alphabet[(value >> (18 - 6 * position)) & 63] : "=")
            }
        }
        return out
    }

    static let basicAuthURL: [SecretRule] = [
        SecretRule(
            id: "url-basic-auth-password", title: "Password in a URL",
            summary: "An HTTP, FTP, SSH or Git URL with user:password@ in it, as in .git-credentials, pip or Maven mirrors and proxy settings: the password opens that account on the host.",
            severity: .high, cwe: [798, 522],
            remediation: "Change the password or revoke the token used as one at the host, and pass credentials through a credential helper, "
                + "a netrc file outside the repository or the CI's protected variables instead of the URL.",
            tags: ["basic-auth"],
            keywords: ["http", "ftp", "ssh", "git", "smb", "ldap", "svn"],
            pattern: #"\b(?:https?|s?ftps?|ssh|git|smb|ldaps?|svn)://([^\s:@/"'<>]{1,64}):(?!\1@)([^\s:@/"'<>]{1,128})@(?!(?:[A-Za-z0-9-]+\.)*example\.(?:com|org|net)\b)[A-Za-z0-9\[]"#,
            secretGroup: 2, filtersPlaceholders: true, validator: isLiteralPassword, priority: 5,
            triggering: [
                Example("https://deploy:↓\(Fake.alnum(20))@github.com", path: ".git-credentials"),
                Example("pip install --index-url https://ci:↓\(Fake.alnum(24))@pypi.corp.internal/simple pkg"),
                Example("HTTPS_PROXY=http://proxyuser:↓\(Fake.alnum(12))@proxy.corp:3128"),
                Example("ftp://backup:↓\(Fake.alnum(14))@files.internal/dumps/"),
            ],
            nonTriggering: [
                "url = \"https://user:password@example.com\"",
                "url = \"https://user:${TOKEN}@github.com/org/repo.git\"",
                "url = \"https://user:@host.internal\"",
                "url = \"https://host.internal:8443/path\"",
                "git clone ssh://git@github.com/org/repo.git",
                "proxy = http://admin:admin@192.168.1.1:8080",
                "url = \"https://user:<token>@github.com\"",
                Example("const url = new URL('https://abc:\(Fake.alnum(8))@example.com');"),
            ]),
        SecretRule(
            id: "netrc-password", title: "Password in a .netrc entry",
            summary: "A .netrc entry (machine, login, password) as curl, Git and package tools read it: the password or token logs in to that host.",
            severity: .high, cwe: [798, 522],
            remediation: "Change the password or revoke the token at the host, keep .netrc only in the home directory with mode 600, and in CI "
                + "write it from a protected variable at run time instead of committing it.",
            tags: ["basic-auth", "netrc"], references: ["https://everything.curl.dev/usingcurl/netrc.html"],
            keywords: ["machine"],
            pattern: #"(?i)(?:^|[ \t"'])machine[ \t]+[^\s]{1,253}[ \t\r\n]+(?:(?:login|account)[ \t]+[^\s]{1,128}[ \t\r\n]+){0,2}password[ \t]+([^\s"'\\]{4,128})"#,
            filtersPlaceholders: true, validator: isLiteralPassword,
            triggering: [
                Example("machine api.heroku.com\n  login ops@example.org\n  password ↓\(Fake.alnum(36))", path: ".netrc"),
                Example("RUN echo \"machine github.com login ci password ↓\(Fake.alnum(40))\" > ~/.netrc"),
            ],
            nonTriggering: [
                Example("machine github.com login ci password $GITHUB_TOKEN", path: ".netrc"),
                Example("machine github.com\n  login ci", path: ".netrc"),
                "netrc.write(f\"machine {hostname} login token password {auth_token}\")",
                "\" usage: a:machine a:id password file",
            ]),
        SecretRule(
            id: "pypirc-password", title: "Password in .pypirc",
            summary: "A password or API token in a .pypirc upload section: it uploads new releases of the user's packages to PyPI or the private index.",
            severity: .high, cwe: [798, 522],
            remediation: "Revoke the token or change the password at the index, and give twine the credential through TWINE_PASSWORD or "
                + "trusted publishing from CI instead of a committed .pypirc.",
            tags: ["package-registry", "pypi"], references: ["https://packaging.python.org/en/latest/specifications/pypirc/"],
            keywords: ["password"],
            pattern: #"(?i)^[ \t]*password[ \t]*[=:][ \t]*([^\s]{1,256})"#,
            paths: [".pypirc", "*.pypirc"], filtersPlaceholders: true, validator: isLiteralPassword, priority: 5,
            triggering: [Example("[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.internal/\nusername = ci\npassword = ↓\(Fake.alnum(24))", path: ".pypirc")],
            nonTriggering: [
                Example("[pypi]\nusername = __token__\npassword = <your token>", path: ".pypirc"),
                Example("password = \(Fake.alnum(24))", path: "setup.cfg"),
            ]),
        SecretRule(
            id: "docker-config-auth", title: "Registry credential in a Docker config",
            summary: "An \"auth\" entry of a Docker config.json or .dockercfg: base64 of user:password, which pulls and pushes images of that registry account.",
            severity: .high, cwe: [798, 522],
            remediation: "Change the password or revoke the access token at the registry, run docker logout, and use a credential helper "
                + "(credsStore) or the CI's registry login step so that config.json holds no credentials.",
            tags: ["container", "docker"], references: ["https://docs.docker.com/reference/cli/docker/login/#credential-stores"],
            keywords: ["\"auth\""],
            pattern: #""auth"[ \t]{0,3}:[ \t]{0,3}"([A-Za-z0-9+/]{8,1024}={0,2})""#,
            validator: decodesToUserAndPassword, priority: 5,
            triggering: [
                Example("{\n  \"auths\": {\n    \"registry.internal:5000\": {\n      \"auth\": \"↓\(fakeBasicCredential())\"\n    }\n  }\n}", path: ".docker/config.json"),
            ],
            nonTriggering: [
                Example("{\"auths\": {\"ghcr.io\": {}}, \"credsStore\": \"desktop\"}", path: ".docker/config.json"),
                Example("{\"auth\": \"\(Fake.base64(24))\"}", path: "settings.json"),
            ]),
        SecretRule(
            id: "htpasswd-hash", title: "Password hash in htpasswd format",
            summary: "A user:hash line as Apache and nginx basic authentication read it: the hash can be cracked offline, quickly for weak passwords or the unsalted {SHA} scheme.",
            severity: .medium, cwe: [522],
            remediation: "Change the passwords of the listed users, generate the htpasswd file at deploy time from a secret store, "
                + "and prefer bcrypt ($2y$) with a high cost over apr1 or {SHA}.",
            tags: ["basic-auth", "password-hash"], references: ["https://httpd.apache.org/docs/current/misc/password_encryptions.html"],
            keywords: ["$2y$", "$2a$", "$2b$", "$apr1$", "{sha}"],
            pattern: #"^[^:\s#]{1,64}:(\$2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53}|\$apr1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}|\{SHA\}[A-Za-z0-9+/]{27}=)[ \t]*\r?$"#,
            triggering: [
                Example("admin:↓$2y$10$\(Fake.string(53, from: Fake.upperAlphabet + Fake.lowerAlphabet + Fake.digitAlphabet + "./"))", path: ".htpasswd"),
                Example("metrics:↓$apr1$\(Fake.alnum(8))$\(Fake.alnum(22))\nops:↓{SHA}\(Fake.base64(27))=", path: "nginx/htpasswd"),
            ],
            nonTriggering: [Example("hash = \"$2y$10$\(Fake.alnum(53))\""), Example("admin:$2y$10$short")]),
    ]
}
