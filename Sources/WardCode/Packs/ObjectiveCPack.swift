/// Objective-C (iOS) rules in the pattern language (docs/rule-language.md).
enum ObjectiveCPack {
    static let yaml = #"""
rules:
  - id: objc-nsuserdefaults-credential
    title: Credential stored in NSUserDefaults
    message: "A credential is written to NSUserDefaults, an unencrypted property list copied into backups."
    summary: NSUserDefaults is a plain plist in the app container; passwords, tokens or PINs stored there are readable from backups and on jailbroken devices.
    severity: high
    confidence: medium
    cwe: [312, 922]
    owasp: ["MASVS-STORAGE", "A02:2021"]
    languages: [objective-c]
    remediation: Store credentials in the Keychain (SecItemAdd with kSecAttrAccessibleWhenUnlockedThisDeviceOnly) and keep only non-secret preferences in NSUserDefaults.
    patterns:
      - pattern-regex: '\[\s*(?:\[\s*NSUserDefaults\s+standardUserDefaults\s*\]|\[\s*\[\s*NSUserDefaults\s+alloc\s*\]\s*initWithSuiteName:[^\]\n]*\]|\w*[Dd]efaults)\s+set(?:Object|Value):(?<ARGS>[^\]\n]*)\]'
      - metavariable-regex:
          metavariable: $ARGS
          regex: '(?i)(?:pass(?:word|wd|code)|token|secret|(?<![a-z])pin(?![a-z])|api_?key|credential|session_?id)'
    examples:
      trigger:
        - |
          ↓[[NSUserDefaults standardUserDefaults] setObject:password forKey:@"password"];
        - |
          NSUserDefaults *defaults = [NSUserDefaults standardUserDefaults];
          ↓[defaults setObject:self.accessToken forKey:@"at"];
      pass:
        - |
          [[NSUserDefaults standardUserDefaults] setBool:YES forKey:@"onboarded"];
        - |
          [[NSUserDefaults standardUserDefaults] setObject:theme forKey:@"theme"];

  - id: objc-keychain-accessible-always
    title: Keychain item accessible while the device is locked
    message: "$CLASS keeps the Keychain item readable without the passcode."
    summary: Items stored with kSecAttrAccessibleAlways or kSecAttrAccessibleAlwaysThisDeviceOnly are not protected by the device passcode; Apple deprecated both classes.
    severity: high
    confidence: high
    cwe: [311, 522]
    owasp: ["MASVS-STORAGE", "A02:2021"]
    languages: [objective-c]
    remediation: Use kSecAttrAccessibleWhenUnlockedThisDeviceOnly, or AfterFirstUnlockThisDeviceOnly for items a background task needs.
    patterns:
      - pattern-regex: '\b(?<CLASS>kSecAttrAccessibleAlways(?:ThisDeviceOnly)?)\b'
      - pattern-not-regex: '(?:==|!=)\s*\(?\s*(?:__bridge\s+\w+\s*\)\s*)?kSecAttrAccessibleAlways\w*|kSecAttrAccessibleAlways\w*\s*(?:==|!=)'
    examples:
      trigger:
        - |
          NSDictionary *query = @{(__bridge id)kSecAttrAccessible: (__bridge id)↓kSecAttrAccessibleAlways};
      pass:
        - |
          NSDictionary *query = @{(__bridge id)kSecAttrAccessible: (__bridge id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly};
        - |
          if (accessibility == kSecAttrAccessibleAlways) { [self migrate]; }

  - id: objc-weak-hash-for-security
    title: MD5 or SHA-1 used for a security purpose
    message: "$FN hashes something security-related (password, token, signature)."
    summary: MD5 and SHA-1 have practical collisions and are fast to brute-force. The rule fires only when the line or the enclosing method names a security purpose, so cache keys and checksums stay quiet.
    severity: medium
    confidence: medium
    cwe: [328, 327]
    owasp: ["MASVS-CRYPTO", "A02:2021"]
    languages: [objective-c]
    remediation: Use CC_SHA256 or better for integrity, CCHmac with SHA-256 for authentication, and CCKeyDerivationPBKDF with many rounds for passwords.
    patterns:
      - pattern-regex: '\b(?<FN>CC_MD5|CC_SHA1)\s*\('
      - pattern-inside: '(?ms)^[-+]\s*\([^)]*\)\s*\w*(?i:pass(?:word|wd)|token|secret|sign|hmac|auth|credential|otp|pin)\w*.*?^\}|(?im)^[^\n]*(?:pass(?:word|wd)|token|secret|signature|\bsign|hmac|auth|credential|otp|\bpin\b)[^\n]*$'
    examples:
      trigger:
        - |
          - (NSString *)hashPassword:(NSString *)input {
              unsigned char digest[CC_MD5_DIGEST_LENGTH];
              ↓CC_MD5(input.UTF8String, (CC_LONG)strlen(input.UTF8String), digest);
              return [self hex:digest];
          }
      pass:
        - |
          - (NSString *)cacheKeyForURL:(NSURL *)url {
              unsigned char digest[CC_MD5_DIGEST_LENGTH];
              CC_MD5(url.absoluteString.UTF8String, (CC_LONG)url.absoluteString.length, digest);
              return [self hex:digest];
          }

  - id: objc-trust-any-server
    title: Server trust accepted without evaluation
    message: "A challenge handler answers with credentialForTrust: without calling SecTrustEvaluate: any certificate is accepted."
    summary: Building an NSURLCredential from the server's trust without evaluating it accepts every certificate, so TLS no longer protects against interception.
    severity: critical
    confidence: medium
    cwe: [295]
    owasp: ["MASVS-NETWORK", "A07:2021"]
    languages: [objective-c]
    remediation: Call SecTrustEvaluateWithError on challenge.protectionSpace.serverTrust (after adding any pinning) and use the credential only when it succeeds; otherwise cancel the challenge or use default handling.
    patterns:
      - pattern-regex: '\[\s*NSURLCredential\s+credentialForTrust:'
      - pattern-inside: '(?ms)^[-+][^\n]*(?:didReceiveChallenge|didReceiveAuthenticationChallenge|willSendRequestForAuthenticationChallenge).*?^\}'
      - pattern-not-inside: '(?ms)^[-+][^\n]*(?:didReceiveChallenge|didReceiveAuthenticationChallenge|willSendRequestForAuthenticationChallenge)(?:(?!^\}).)*?SecTrustEvaluate.*?^\}'
    examples:
      trigger:
        - |
          - (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
              completionHandler(NSURLSessionAuthChallengeUseCredential, ↓[NSURLCredential credentialForTrust:challenge.protectionSpace.serverTrust]);
          }
        - |
          - (void)connection:(NSURLConnection *)connection willSendRequestForAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge {
              [challenge.sender useCredential:↓[NSURLCredential credentialForTrust:challenge.protectionSpace.serverTrust] forAuthenticationChallenge:challenge];
          }
      pass:
        - |
          - (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
              SecTrustRef trust = challenge.protectionSpace.serverTrust;
              if (!SecTrustEvaluateWithError(trust, NULL)) { completionHandler(NSURLSessionAuthChallengeCancelAuthenticationChallenge, nil); return; }
              completionHandler(NSURLSessionAuthChallengeUseCredential, [NSURLCredential credentialForTrust:trust]);
          }

  - id: objc-allows-any-https-certificate
    title: Any HTTPS certificate allowed for a host
    message: "setAllowsAnyHTTPSCertificate:YES turns off certificate validation for the host."
    summary: 'The private NSURLRequest API setAllowsAnyHTTPSCertificate:forHost: disables TLS certificate checks; it also gets apps rejected from the App Store.'
    severity: critical
    confidence: high
    cwe: [295]
    owasp: ["MASVS-NETWORK", "A07:2021"]
    languages: [objective-c]
    remediation: Remove the call and fix the server's certificate; for test servers use a proper test CA installed on test devices only.
    pattern-regex: '\bsetAllowsAnyHTTPSCertificate:\s*(?:YES|true|TRUE)\b'
    examples:
      trigger:
        - |
          [NSURLRequest ↓setAllowsAnyHTTPSCertificate:YES forHost:url.host];
      pass:
        - |
          [NSURLRequest setAllowsAnyHTTPSCertificate:NO forHost:url.host];

  - id: objc-nslog-credential
    title: Credential written with NSLog
    message: "NSLog outputs a credential-named value to the device log."
    summary: NSLog writes to the unified log, which persists on the device and is collected in sysdiagnoses and by log tools; credentials logged there leak.
    severity: medium
    confidence: medium
    cwe: [532]
    owasp: ["MASVS-STORAGE", "A09:2021"]
    languages: [objective-c]
    remediation: Do not log credentials; log a non-secret identifier, and compile debug logging out of release builds.
    patterns:
      - pattern-regex: '\bNSLog\(\s*@"[^"\n]*"\s*,(?<ARGS>[^;\n]*)\)\s*;'
      - metavariable-regex:
          metavariable: $ARGS
          regex: '(?i)(?:pass(?:word|wd|code)|token|secret|(?<![a-z])pin(?![a-z])|api_?key|credential)'
    examples:
      trigger:
        - |
          ↓NSLog(@"login %@ / %@", username, password);
        - |
          ↓NSLog(@"token: %@", self.session.accessToken);
      pass:
        - |
          NSLog(@"login failed for %@", username);

  - id: objc-sqlite-format-query
    title: SQL built with stringWithFormat
    message: "SQL text is assembled with stringWithFormat:; a value containing a quote changes the statement."
    summary: Formatting values into SQL and running it with sqlite3_exec or sqlite3_prepare_v2 is SQL injection against the app's database.
    severity: high
    confidence: medium
    cwe: [89]
    owasp: ["MASVS-CODE", "A03:2021"]
    languages: [objective-c]
    remediation: Prepare a constant statement with ? placeholders and bind values with sqlite3_bind_text / sqlite3_bind_int64, or use FMDB's executeQuery:withArgumentsInArray:.
    pattern-regex: '\bstringWithFormat:\s*@"\s*(?i:SELECT|INSERT|UPDATE|DELETE|REPLACE|DROP)\b[^"\n]*%'
    examples:
      trigger:
        - |
          NSString *sql = [NSString ↓stringWithFormat:@"SELECT * FROM users WHERE name = '%@'", name];
          sqlite3_exec(db, [sql UTF8String], NULL, NULL, NULL);
      pass:
        - |
          const char *sql = "SELECT * FROM users WHERE name = ?";
          sqlite3_prepare_v2(db, sql, -1, &statement, NULL);
          sqlite3_bind_text(statement, 1, [name UTF8String], -1, SQLITE_TRANSIENT);

  - id: objc-uiwebview
    title: UIWebView used
    message: "UIWebView is deprecated and lacks WKWebView's process isolation and JavaScript controls."
    summary: UIWebView cannot turn JavaScript off, gives file:// pages broad access, runs in the app process, and has been rejected by the App Store since 2020.
    severity: medium
    confidence: high
    cwe: [749, 477]
    owasp: ["MASVS-PLATFORM", "A06:2021"]
    languages: [objective-c]
    remediation: Migrate to WKWebView, with JavaScript off where not needed and content restricted to your own origins.
    pattern-regex: '\[\s*UIWebView\s+(?:alloc|new)\b'
    examples:
      trigger:
        - |
          UIWebView *web = [↓[UIWebView alloc] initWithFrame:self.view.bounds];
      pass:
        - |
          WKWebView *web = [[WKWebView alloc] initWithFrame:self.view.bounds configuration:config];

  - id: objc-commoncrypto-weak-cipher
    title: CommonCrypto uses ECB mode or a broken cipher
    message: "$CONST configures CommonCrypto with ECB mode or a broken cipher."
    summary: ECB encrypts equal blocks identically and leaks data patterns; DES, 3DES, RC2 and RC4 are broken or too weak.
    severity: high
    confidence: high
    cwe: [327]
    owasp: ["MASVS-CRYPTO", "A02:2021"]
    languages: [objective-c]
    remediation: Use kCCAlgorithmAES with kCCModeCBC, a random IV per message and an HMAC over the ciphertext, or move the code to CryptoKit's AES.GCM.
    patterns:
      - pattern-regex: '\b(?<CONST>kCCOptionECBMode|kCCAlgorithm(?:DES|3DES|RC2|RC4)|kCCModeECB|kCCModeRC4)\b'
      - pattern-not-regex: '(?:==|!=)\s*(?<![\w])kCC\w+|kCC\w+\s*(?:==|!=)'
    examples:
      trigger:
        - |
          CCCrypt(kCCEncrypt, kCCAlgorithmAES128, kCCOptionPKCS7Padding | ↓kCCOptionECBMode, key, kCCKeySizeAES128, NULL, in, inLen, out, outLen, &moved);
        - |
          CCCrypt(kCCEncrypt, ↓kCCAlgorithmDES, kCCOptionPKCS7Padding, key, kCCKeySizeDES, iv, in, inLen, out, outLen, &moved);
      pass:
        - |
          CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, key, kCCKeySizeAES256, iv, in, inLen, out, outLen, &moved);

  - id: objc-arc4random-for-secret
    title: General-purpose random numbers used for a secret
    message: "$FN builds something named like a token, PIN or key; prefer SecRandomCopyBytes."
    summary: arc4random is strong on current iOS, but building tokens digit by digit invites modulo bias and hides the generator from review; rand and random are predictable.
    severity: low
    confidence: low
    cwe: [330, 338]
    owasp: ["MASVS-CRYPTO", "A02:2021"]
    languages: [objective-c]
    remediation: Fill a buffer with SecRandomCopyBytes and encode it (base64url or hex) for tokens, keys, nonces and PINs.
    patterns:
      - pattern-regex: '\b(?<FN>arc4random(?:_uniform)?|rand|random)\s*\('
      - pattern-inside: '(?im)^[^\n]*(?:token|password|otp|nonce|salt|secret|session|(?<![a-z])pin(?![a-z])|(?<![a-z])key(?![a-z]))[^\n]*$'
    examples:
      trigger:
        - |
          NSString *pin = [NSString stringWithFormat:@"%04u", ↓arc4random_uniform(10000)];
      pass:
        - |
          NSUInteger index = arc4random_uniform((uint32_t)tiles.count);

  - id: objc-cleartext-http-url
    title: Cleartext HTTP URL
    message: "An http:// URL for a non-local host: traffic to it can be read and changed on the network."
    summary: Plain HTTP gives no confidentiality or integrity, and the ATS exception it needs weakens the whole app.
    severity: medium
    confidence: medium
    cwe: [319]
    owasp: ["MASVS-NETWORK", "A02:2021"]
    languages: [objective-c]
    remediation: Use https:// and remove NSAllowsArbitraryLoads or the per-domain ATS exception added for this host.
    pattern-regex: '@"\Khttp://(?!localhost\b|127\.|0\.0\.0\.0\b|\[::1\]|www\.apple\.com/DTDs/|www\.w3\.org/)[^"\s]+'
    examples:
      trigger:
        - |
          NSURL *url = [NSURL URLWithString:@"↓http://api.example.com/login"];
      pass:
        - |
          NSURL *url = [NSURL URLWithString:@"https://api.example.com/login"];

  - id: objc-hardcoded-credential
    title: Credential hard-coded in a string constant
    message: "$NAME holds a literal credential; it ships in the app binary."
    summary: Strings in the binary are listed with one command; a hard-coded API key, password or client secret is public.
    severity: high
    confidence: medium
    cwe: [798, 259]
    owasp: ["MASVS-STORAGE", "MASVS-AUTH", "A07:2021"]
    languages: [objective-c]
    remediation: Obtain credentials at run time from your backend after authentication, keep them in the Keychain, and rotate any key that was committed.
    secret: SECRET
    patterns:
      - pattern-regex: '\bNSString\s*\*\s*(?:const\s+)?\K(?<NAME>\w*(?i:password|passwd|secret|api_?key|apikey|auth_?token|access_?token|client_?secret)\w*)\s*=\s*@"(?<SECRET>[^"\s\\]{8,})"'
      - pattern-not-regex: '(?i)\b\w*(?:password|secret|token)_?(?:key|name|field|label|hint|url|header|param|path|type)\s*=\s*@"'
      - pattern-not-regex: '=\s*@"[a-z][a-z0-9_.\-]*"'
    examples:
      trigger:
        - |
          static NSString * const ↓kClientSecret = @"Example-Not-A-Secret";
      pass:
        - |
          static NSString * const kPasswordKey = @"user_password";
"""#
}
