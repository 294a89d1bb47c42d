/// Swift rules in the pattern language, for what the syntax-tree rules (`SwiftSyntax/`) do not cover.
enum SwiftPack {
    static let yaml = #"""
rules:
  - id: swift-hardcoded-credential
    title: Credential hard-coded in a constant
    message: "$NAME holds a literal credential; it ships in the app binary."
    summary: Strings compiled into an iOS app are listed with one command on the binary; a hard-coded API key, password or client secret is public and stays in version control history.
    severity: high
    confidence: medium
    cwe: [798, 259]
    owasp: ["MASVS-STORAGE", "MASVS-AUTH", "A07:2021"]
    languages: [swift]
    remediation: Obtain credentials at run time from your backend after the user authenticates and keep them in the Keychain; rotate any key that was committed.
    keywords: [password, passwd, secret, apikey, api_key, token, private_key, privatekey]
    secret: SECRET
    patterns:
      - pattern-regex: '\b(?:let|var)\s+\K(?<NAME>\w*(?i:password|passwd|secret|api_?key|apikey|auth_?token|access_?token|client_?secret|private_?key)\w*)\s*(?::\s*String\s*)?=\s*"(?<SECRET>[^"\s\\]{8,})"'
      - pattern-not-regex: '(?i)\b(?:let|var)\s+\w*(?:password|secret|token|credential)_?(?:key|name|field|label|hint|url|header|param|path|type|pattern|regex)\s*(?::\s*String\s*)?='
      - pattern-not-regex: '=\s*"[a-z][a-z0-9_.\-]*"'
    examples:
      trigger:
        - |
          static let ↓clientSecret = "Example-Not-A-Secret"
        - |
          private let ↓apiKey: String = "EXAMPLE-1234567890abcdef"
      pass:
        - |
          static let passwordKey = "user_password"
        - |
          let apiKey = Bundle.main.object(forInfoDictionaryKey: "API_KEY") as? String

  - id: swift-cleartext-url-constant
    title: Cleartext HTTP endpoint in a constant
    message: "An http:// endpoint for a non-local host is kept in a constant: requests to it travel unencrypted."
    summary: Base URLs and endpoints written as plain strings (not passed straight to URL(string:), which the syntax-tree rules check) still end up in URLRequests; over http:// they can be read and changed on the network.
    severity: medium
    confidence: medium
    cwe: [319]
    owasp: ["MASVS-NETWORK", "A02:2021"]
    languages: [swift]
    remediation: Use https:// and remove NSAllowsArbitraryLoads or the per-domain ATS exception added for this host.
    pattern-regex: '(?i)\b(?:let|var|case)\s+\w*(?:url|endpoint|host|server|base|api)\w*\s*(?::\s*String\s*)?=\s*"\Khttp://(?!localhost\b|127\.|0\.0\.0\.0\b|\[::1\])[^"\s]+'
    examples:
      trigger:
        - |
          static let baseURL = "↓http://api.example.com/v2"
        - |
          case productionEndpoint = "↓http://payments.example.com"
      pass:
        - |
          static let baseURL = "https://api.example.com/v2"
        - |
          let debugServer = "http://localhost:8080"

  - id: swift-uiwebview
    title: UIWebView used
    message: "UIWebView is deprecated and lacks WKWebView's process isolation and JavaScript controls."
    summary: UIWebView cannot turn JavaScript off, gives file:// pages broad access, runs in the app process, and has been rejected by the App Store since 2020.
    severity: medium
    confidence: high
    cwe: [749, 477]
    owasp: ["MASVS-PLATFORM", "A06:2021"]
    languages: [swift]
    remediation: Migrate to WKWebView, with JavaScript off where not needed and content restricted to your own origins.
    pattern-regex: '\bUIWebView\s*\('
    examples:
      trigger:
        - |
          let web = ↓UIWebView(frame: view.bounds)
      pass:
        - |
          let web = WKWebView(frame: view.bounds, configuration: configuration)

  - id: swift-weak-tls-version
    title: TLS 1.0 or 1.1 allowed
    message: "The minimum TLS version is set to $VERSION, which has known weaknesses and is deprecated."
    summary: TLS 1.0 and 1.1 (and SSL 3) are deprecated (RFC 8996); allowing them lets a network attacker downgrade the connection to weak ciphers.
    severity: medium
    confidence: high
    cwe: [327, 757]
    owasp: ["MASVS-NETWORK", "A02:2021"]
    languages: [swift]
    remediation: Require TLS 1.2 or later (.TLSv12 / tls_protocol_version_t.TLSv12), and TLS 1.3 where the server supports it.
    patterns:
      - pattern-either:
          - pattern-regex: '\b(?:tlsMinimumSupportedProtocolVersion|TLSMinimumSupportedProtocolVersion)\s*=\s*\.?\K(?<VERSION>TLSv10|TLSv11|tlsProtocol1|tlsProtocol11|sslProtocol3)\b'
          - pattern-regex: '\bsec_protocol_options_set_min_tls_protocol_version\([^)\n]*\.\K(?<VERSION>TLSv10|TLSv11)\b'
          - pattern-regex: '\b(?<VERSION>kTLSProtocol1|kTLSProtocol11|kSSLProtocol3)\b'
    examples:
      trigger:
        - |
          configuration.tlsMinimumSupportedProtocolVersion = .↓TLSv10
        - |
          sec_protocol_options_set_min_tls_protocol_version(options, .↓TLSv11)
      pass:
        - |
          configuration.tlsMinimumSupportedProtocolVersion = .TLSv12

  - id: swift-biometry-without-keychain
    title: Biometric check not bound to the Keychain
    message: "LAContext.evaluatePolicy decides access with a Boolean; on a compromised device the result can be forced to true."
    summary: When biometrics only gate a code path (the reply Boolean), hooking evaluatePolicy bypasses them. Binding the secret to a Keychain item with SecAccessControl (.biometryCurrentSet) makes the Secure Enclave enforce the check.
    severity: medium
    confidence: low
    cwe: [287, 603]
    owasp: ["MASVS-AUTH", "A07:2021"]
    languages: [swift]
    remediation: Store the credential in the Keychain with SecAccessControlCreateWithFlags(..., .biometryCurrentSet, ...) and read it with an LAContext; the item is only released after the Secure Enclave verifies the biometric.
    patterns:
      - pattern-regex: '\.\KevaluatePolicy\(\s*\.deviceOwnerAuthentication(?:WithBiometrics)?\b'
      - pattern-not-inside: '(?s)\A(?=.*?\b(?:SecAccessControlCreateWithFlags|kSecUseAuthenticationContext)\b).*'
    examples:
      trigger:
        - |
          context.↓evaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, localizedReason: "Log in") { success, _ in
              if success { self.showAccounts() }
          }
      pass:
        - |
          let access = SecAccessControlCreateWithFlags(nil, kSecAttrAccessibleWhenUnlockedThisDeviceOnly, .biometryCurrentSet, nil)
          context.evaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, localizedReason: "Log in") { _, _ in }

  - id: swift-file-protection-none
    title: File written without data protection
    message: "$CLASS leaves the file readable while the device is locked."
    summary: Files written with no data protection class are not encrypted with a passcode-derived key, so they are readable from a locked device or a forensic image.
    severity: medium
    confidence: high
    cwe: [311, 312]
    owasp: ["MASVS-STORAGE", "A02:2021"]
    languages: [swift]
    remediation: Use .completeFileProtection (FileProtectionType.complete), or .completeUnlessOpen for files written in the background.
    pattern-regex: '(?<CLASS>\bFileProtectionType\.none\b|\.noFileProtection\b|\bNSFileProtectionNone\b)'
    examples:
      trigger:
        - |
          try data.write(to: url, options: ↓.noFileProtection)
        - |
          try FileManager.default.setAttributes([.protectionKey: ↓FileProtectionType.none], ofItemAtPath: path)
      pass:
        - |
          try data.write(to: url, options: .completeFileProtection)

  - id: swift-disabled-trust-evaluator
    title: Alamofire trust evaluation disabled
    message: "$EVALUATOR accepts every certificate for the host."
    summary: Alamofire's DisabledTrustEvaluator (DisabledEvaluator in Alamofire 5.0) skips certificate validation, so TLS to that host no longer resists interception.
    severity: critical
    confidence: high
    cwe: [295]
    owasp: ["MASVS-NETWORK", "A07:2021"]
    languages: [swift]
    remediation: Use DefaultTrustEvaluator, or PinnedCertificatesTrustEvaluator / PublicKeysTrustEvaluator to pin; keep test-only hosts out of release builds.
    pattern-regex: '\b(?<EVALUATOR>DisabledTrustEvaluator|DisabledEvaluator)\s*\('
    examples:
      trigger:
        - |
          let manager = ServerTrustManager(evaluators: ["api.example.com": ↓DisabledTrustEvaluator()])
      pass:
        - |
          let manager = ServerTrustManager(evaluators: ["api.example.com": PublicKeysTrustEvaluator()])

  - id: swift-keychain-synchronizable
    title: Keychain item synchronised to iCloud
    message: "kSecAttrSynchronizable is on: the item leaves the device through iCloud Keychain."
    summary: Synchronisable Keychain items are copied to every device on the user's Apple ID; credentials meant for this device (session tokens, device-bound keys) should not travel.
    severity: low
    confidence: medium
    cwe: [522]
    owasp: ["MASVS-STORAGE", "A04:2021"]
    languages: [swift]
    remediation: Leave kSecAttrSynchronizable off and use a ThisDeviceOnly accessibility class for device-bound credentials.
    pattern-regex: '\bkSecAttrSynchronizable(?:\s+as\s+String)?\s*\]?\s*[:=]\s*\K(?:true|kCFBooleanTrue)\b'
    examples:
      trigger:
        - |
          let query: [String: Any] = [kSecAttrSynchronizable as String: ↓kCFBooleanTrue!, kSecValueData as String: data]
        - |
          query[kSecAttrSynchronizable as String] = ↓true
      pass:
        - |
          let query: [String: Any] = [kSecAttrSynchronizable as String: kCFBooleanFalse!]

  - id: swift-credential-in-url-query
    title: Credential sent in a URL query
    message: "A credential is placed in the URL query ($PARAM); URLs are logged by servers, proxies and analytics."
    summary: Query strings end up in server and proxy access logs, browser history and crash reports, so a password or token placed there leaks.
    severity: medium
    confidence: medium
    cwe: [598]
    owasp: ["MASVS-NETWORK", "A04:2021"]
    languages: [swift]
    remediation: Send credentials in the request body or an Authorization header over HTTPS, never in the URL.
    pattern-regex: '\bURLQueryItem\(\s*name:\s*"(?<PARAM>(?i:password|passwd|pwd|pin|token|access_token|refresh_token|api_?key|secret|client_secret))"'
    examples:
      trigger:
        - |
          components.queryItems = [↓URLQueryItem(name: "access_token", value: token)]
      pass:
        - |
          components.queryItems = [URLQueryItem(name: "page", value: "2")]
"""#
}
