/// Kotlin and Android rules in the pattern language (docs/rule-language.md).
enum KotlinPack {
    static let yaml = #"""
rules:
  - id: kotlin-webview-debugging-enabled
    title: WebView remote debugging enabled
    message: "WebView.setWebContentsDebuggingEnabled(true) lets anyone with USB access inspect and script every WebView of the app."
    summary: Remote WebView debugging exposes page content, cookies and JavaScript bridges to a desktop debugger; it must not ship in release builds.
    severity: medium
    confidence: high
    cwe: [489, 215]
    owasp: ["MASVS-RESILIENCE", "MASVS-PLATFORM", "A05:2021"]
    languages: [kotlin]
    remediation: Pass BuildConfig.DEBUG instead of true, or wrap the call in `if (BuildConfig.DEBUG)`, so release builds never enable it.
    patterns:
      - pattern-regex: '\bWebView\.setWebContentsDebuggingEnabled\(\s*true\s*\)'
      - pattern-not-inside: '(?s)if\s*\(\s*BuildConfig\.DEBUG\s*\)\s*\{.*?\}'
      - pattern-not-inside: 'if\s*\(\s*BuildConfig\.DEBUG\s*\)[^\n{]*'
    examples:
      trigger:
        - |
          ↓WebView.setWebContentsDebuggingEnabled(true)
      pass:
        - |
          WebView.setWebContentsDebuggingEnabled(BuildConfig.DEBUG)
        - |
          if (BuildConfig.DEBUG) {
              WebView.setWebContentsDebuggingEnabled(true)
          }

  - id: kotlin-webview-file-access-with-javascript
    title: WebView with JavaScript can read local files
    message: "File access is enabled on a WebView whose JavaScript is enabled in the same file: injected script can read the app's files."
    summary: With JavaScript and file access both on, script running in the WebView (from a compromised page or a file:// URL) can read files the app can read.
    severity: high
    confidence: medium
    cwe: [200, 749]
    owasp: ["MASVS-PLATFORM", "A01:2021"]
    languages: [kotlin]
    remediation: Call setAllowFileAccess(false) (the default from API 30), serve local content through WebViewAssetLoader over https://appassets.androidplatform.net, and keep JavaScript off where it is not needed.
    patterns:
      - pattern-either:
          - pattern-regex: '\.setAllowFileAccess\(\s*true\s*\)'
          - pattern-regex: '\ballowFileAccess\s*=\s*true\b'
      - pattern-inside: '(?s)\A(?=.*?(?:setJavaScriptEnabled\(\s*true\s*\)|javaScriptEnabled\s*=\s*true\b)).*'
    examples:
      trigger:
        - |
          webView.settings.javaScriptEnabled = true
          webView.settings↓.setAllowFileAccess(true)
        - |
          with(webView.settings) {
              setJavaScriptEnabled(true)
              ↓allowFileAccess = true
          }
      pass:
        - |
          webView.settings.javaScriptEnabled = true
          webView.settings.allowFileAccess = false
        - |
          webView.settings.javaScriptEnabled = false
          webView.settings.setAllowFileAccess(true)

  - id: kotlin-webview-file-url-universal-access
    title: WebView lets file URLs reach other origins
    message: "$SETTING is enabled: script in a file:// page can read other files or any web origin."
    summary: setAllowFileAccessFromFileURLs and setAllowUniversalAccessFromFileURLs remove the same-origin protection between local files and the web.
    severity: high
    confidence: high
    cwe: [200, 749]
    owasp: ["MASVS-PLATFORM", "A01:2021"]
    languages: [kotlin]
    remediation: Leave both settings off (their default) and load local content through WebViewAssetLoader.
    pattern-regex: '\b(?<SETTING>setAllowFileAccessFromFileURLs|setAllowUniversalAccessFromFileURLs|allowFileAccessFromFileURLs|allowUniversalAccessFromFileURLs)(?:\(\s*true\s*\)|\s*=\s*true\b)'
    examples:
      trigger:
        - |
          settings.↓setAllowUniversalAccessFromFileURLs(true)
        - |
          webView.settings.↓allowFileAccessFromFileURLs = true
      pass:
        - |
          settings.setAllowUniversalAccessFromFileURLs(false)

  - id: kotlin-webview-javascript-interface
    title: Native object exposed to WebView JavaScript
    message: "addJavascriptInterface exposes a Kotlin object to every page the WebView loads."
    summary: Any page loaded in the WebView, including one an attacker injects or redirects to, can call the exposed object's @JavascriptInterface methods.
    severity: medium
    confidence: medium
    cwe: [749]
    owasp: ["MASVS-PLATFORM", "A04:2021"]
    languages: [kotlin]
    remediation: Expose the bridge only to trusted content (load only your own https origin, check the URL in shouldOverrideUrlLoading), keep its methods minimal, or use WebViewCompat.addWebMessageListener with an allowed-origin list.
    pattern-regex: '\.addJavascriptInterface\('
    examples:
      trigger:
        - |
          webView↓.addJavascriptInterface(PaymentBridge(this), "Bank")
      pass:
        - |
          webView.removeJavascriptInterface("Bank")

  - id: kotlin-sharedpreferences-credential
    title: Credential stored in SharedPreferences
    message: "putString($ARGS) stores a credential in plain SharedPreferences, an unencrypted XML file."
    summary: SharedPreferences are an XML file in the app's data directory, readable on rooted devices and included in backups.
    severity: high
    confidence: medium
    cwe: [312, 922]
    owasp: ["MASVS-STORAGE", "A02:2021"]
    languages: [kotlin]
    remediation: Keep credentials in the Android Keystore (wrap them with a Keystore key), or at least in EncryptedSharedPreferences; store tokens only as long as needed.
    patterns:
      - pattern-regex: '\bputString\(\s*(?<ARGS>[^)\n]*)\)'
      - metavariable-regex:
          metavariable: $ARGS
          regex: '(?i)(?:pass(?:word|wd|code)|(?<![a-z])pwd(?![a-z])|token|secret|(?<![a-z])pin(?![a-z])|pin_?code|api_?key|credential|session_?id)'
      - pattern-not-inside: '(?s)EncryptedSharedPreferences.*'
    examples:
      trigger:
        - |
          prefs.edit().↓putString("auth_token", token).apply()
        - |
          prefs.edit {
              ↓putString(KEY_USER, userPassword)
          }
      pass:
        - |
          prefs.edit().putString("theme", theme).apply()
        - |
          val prefs = EncryptedSharedPreferences.create(context, "secure", masterKey, keyScheme, valueScheme)
          prefs.edit().putString("auth_token", token).apply()

  - id: kotlin-world-readable-mode
    title: File or preferences created world-readable or world-writable
    message: "$MODE lets every app on the device read or change this file."
    summary: MODE_WORLD_READABLE and MODE_WORLD_WRITEABLE give other apps access to the app's private files; they are deprecated and throw from API 24.
    severity: high
    confidence: high
    cwe: [276, 732]
    owasp: ["MASVS-STORAGE", "A01:2021"]
    languages: [kotlin]
    remediation: Use MODE_PRIVATE and share individual files through a FileProvider with temporary URI permissions.
    pattern-regex: '\b(?<MODE>MODE_WORLD_(?:READABLE|WRITEABLE))\b'
    examples:
      trigger:
        - |
          val prefs = getSharedPreferences("session", Context.↓MODE_WORLD_READABLE)
      pass:
        - |
          val prefs = getSharedPreferences("session", Context.MODE_PRIVATE)

  - id: kotlin-trust-all-certificates
    title: X509TrustManager that trusts every certificate
    message: "checkServerTrusted has an empty body: every server certificate is accepted."
    summary: A trust manager whose checkServerTrusted does nothing accepts any certificate, so TLS no longer protects against interception.
    severity: critical
    confidence: high
    cwe: [295]
    owasp: ["MASVS-NETWORK", "A07:2021"]
    languages: [kotlin]
    remediation: Remove the custom trust manager and use the platform default; pin certificates with network_security_config.xml or OkHttp's CertificatePinner if needed.
    pattern-regex: '\bfun\s+\KcheckServerTrusted\s*\([^)]*\)\s*(?::\s*Unit\s*)?(?:\{\s*\}|=\s*Unit\b)'
    examples:
      trigger:
        - |
          object : X509TrustManager {
              override fun ↓checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}
              override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
              override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
          }
        - |
          override fun ↓checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) = Unit
      pass:
        - |
          override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
              delegate.checkServerTrusted(chain, authType)
          }

  - id: kotlin-hostname-verifier-accept-all
    title: HostnameVerifier that accepts every host
    message: "The hostname verifier returns true for every host: a valid certificate for any domain is accepted."
    summary: Skipping hostname verification lets an attacker with a certificate for any domain impersonate the server.
    severity: critical
    confidence: high
    cwe: [297]
    owasp: ["MASVS-NETWORK", "A07:2021"]
    languages: [kotlin]
    remediation: Remove the custom verifier; the default (OkHostnameVerifier, HttpsURLConnection's default) checks the certificate's names against the host.
    patterns:
      - pattern-either:
          - pattern-regex: '(?i)\bhostnameVerifier\s*(?:\(\s*)?\{\s*\w+\s*,\s*\w+\s*->\s*true\s*\}'
          - pattern-regex: '\b(?:ALLOW_ALL_HOSTNAME_VERIFIER|NoopHostnameVerifier)\b'
          - pattern-regex: '\bfun\s+\Kverify\s*\(\s*\w+\s*:\s*String\??\s*,\s*\w+\s*:\s*SSLSession\??\s*\)\s*(?::\s*Boolean\s*)?(?:=\s*true\b|\{\s*return\s+true\s*\})'
    examples:
      trigger:
        - |
          val client = OkHttpClient.Builder().↓hostnameVerifier { _, _ -> true }.build()
        - |
          connection.hostnameVerifier = ↓HostnameVerifier { hostname, session -> true }
        - |
          override fun ↓verify(hostname: String?, session: SSLSession?): Boolean = true
      pass:
        - |
          val client = OkHttpClient.Builder().hostnameVerifier { host, _ -> host == "api.example.com" }.build()

  - id: kotlin-weak-cipher
    title: Cipher in ECB mode or a broken algorithm
    message: "Cipher.getInstance(\"$ALG\") uses ECB mode or a broken cipher."
    summary: ECB (also the default for a bare "AES") encrypts equal blocks identically and leaks patterns; DES, 3DES, RC4, RC2 and Blowfish are broken or too weak.
    severity: high
    confidence: high
    cwe: [327]
    owasp: ["MASVS-CRYPTO", "A02:2021"]
    languages: [kotlin]
    remediation: Use "AES/GCM/NoPadding" with a fresh 12-byte IV per message, or Tink's AEAD primitives.
    patterns:
      - pattern-regex: '\bCipher\.getInstance\(\s*"(?<ALG>[^"\n]*)"'
      - metavariable-regex:
          metavariable: $ALG
          regex: '(?i)^(?:AES|[^/]+/ECB/.*|DES(?:ede)?(?:/.*)?|TripleDES.*|RC4|ARCFOUR|RC2|Blowfish.*)$'
    examples:
      trigger:
        - |
          val cipher = ↓Cipher.getInstance("AES/ECB/PKCS5Padding")
        - |
          val legacy = ↓Cipher.getInstance("DESede/CBC/PKCS5Padding")
        - |
          val plain = ↓Cipher.getInstance("AES")
      pass:
        - |
          val cipher = Cipher.getInstance("AES/GCM/NoPadding")

  - id: kotlin-weak-hash-for-security
    title: MD5 or SHA-1 used for a security purpose
    message: "MessageDigest.getInstance(\"$ALG\") hashes something security-related (password, token, signature)."
    summary: MD5 and SHA-1 have practical collisions and are fast to brute-force; the rule fires only when the line or the enclosing function names a security purpose, so checksums stay quiet.
    severity: medium
    confidence: medium
    cwe: [328, 327]
    owasp: ["MASVS-CRYPTO", "A02:2021"]
    languages: [kotlin]
    remediation: Use SHA-256 or better for integrity, HMAC-SHA256 for authentication, and PBKDF2, bcrypt, scrypt or Argon2 for passwords.
    patterns:
      - pattern-regex: '\bMessageDigest\.getInstance\(\s*"(?<ALG>(?i:MD5|MD4|MD2|SHA-?1|SHA))"'
      - pattern-inside: '(?ms)^[^\n]*\bfun\s+\w*(?i:pass(?:word|wd)|token|secret|sign|hmac|auth|credential|otp|pin)\w*\s*\(.*?^\s*\}|(?im)^[^\n]*(?:pass(?:word|wd)|token|secret|signature|\bsign|hmac|auth|credential|otp|\bpin\b)[^\n]*$'
    examples:
      trigger:
        - |
          val passwordHash = ↓MessageDigest.getInstance("MD5").digest(password.toByteArray())
        - |
          fun hashPin(pin: String): ByteArray {
              val md = ↓MessageDigest.getInstance("SHA-1")
              return md.digest(pin.toByteArray())
          }
      pass:
        - |
          val checksum = MessageDigest.getInstance("MD5").digest(fileBytes)
        - |
          val passwordHash = MessageDigest.getInstance("SHA-256").digest(password.toByteArray())

  - id: kotlin-static-iv
    title: Constant initialisation vector
    message: "$SPEC is built from a constant, so every message is encrypted with the same IV or nonce."
    summary: A fixed IV makes CBC leak equal message prefixes and breaks GCM completely (nonce reuse exposes the authentication key and plaintext XOR).
    severity: high
    confidence: high
    cwe: [329, 1204]
    owasp: ["MASVS-CRYPTO", "A02:2021"]
    languages: [kotlin]
    remediation: Generate a fresh IV per message with SecureRandom (or let the Cipher generate one and read cipher.iv) and store it next to the ciphertext.
    pattern-regex: '\b(?<SPEC>IvParameterSpec|GCMParameterSpec)\((?:\s*\d+\s*,)?\s*(?:"[^"\n]*"\.(?:toByteArray|encodeToByteArray)\(|byteArrayOf\(|ByteArray\(\s*\d+\s*\)\s*[,)]|[A-Z][A-Z0-9_]*(?:\.(?:toByteArray|encodeToByteArray)\([^)]*\))?\s*[,)])'
    examples:
      trigger:
        - |
          val spec = ↓IvParameterSpec("0123456789abcdef".toByteArray())
        - |
          cipher.init(Cipher.ENCRYPT_MODE, key, ↓GCMParameterSpec(128, ByteArray(12)))
        - |
          cipher.init(Cipher.DECRYPT_MODE, key, ↓IvParameterSpec(STATIC_IV))
      pass:
        - |
          val iv = ByteArray(16).also { SecureRandom().nextBytes(it) }
          cipher.init(Cipher.ENCRYPT_MODE, key, IvParameterSpec(iv))

  - id: kotlin-hardcoded-secret-key
    title: Encryption key hard-coded in source
    message: "SecretKeySpec is built from a literal: the key ships inside the APK."
    summary: A key compiled into the app is recovered with a decompiler in minutes; everything it protects is as good as unencrypted.
    severity: high
    confidence: high
    cwe: [321, 798]
    owasp: ["MASVS-CRYPTO", "A02:2021"]
    languages: [kotlin]
    remediation: Generate keys in the Android Keystore (KeyGenerator with a KeyGenParameterSpec) so they never leave it, or derive them from user input with PBKDF2.
    secret: KEY
    patterns:
      - pattern-either:
          - pattern-regex: '\bSecretKeySpec\(\s*"(?<KEY>[^"\n]+)"\.(?:toByteArray|encodeToByteArray)\('
          - pattern-regex: '\bSecretKeySpec\(\s*(?<KEY>byteArrayOf\([^)]*\))'
    examples:
      trigger:
        - |
          val key = ↓SecretKeySpec("example-only-key".toByteArray(), "AES")
        - |
          val key = ↓SecretKeySpec(byteArrayOf(1, 2, 3, 4, 5, 6, 7, 8), "DES")
      pass:
        - |
          val key = SecretKeySpec(keyBytes, "AES")

  - id: kotlin-hardcoded-credential
    title: Credential hard-coded in a constant
    message: "$NAME holds a literal credential; it ships in the APK."
    summary: Passwords, API keys and client secrets in source are extracted from the APK by anyone and end up in version control history.
    severity: high
    confidence: medium
    cwe: [798, 259]
    owasp: ["MASVS-STORAGE", "MASVS-AUTH", "A07:2021"]
    languages: [kotlin]
    remediation: Fetch credentials at run time from your backend after the user authenticates, or keep build secrets out of the source (CI secrets injected into a keystore-protected config); rotate any key that was committed.
    keywords: [password, passwd, secret, apikey, api_key, token, private_key, privatekey]
    secret: SECRET
    patterns:
      - pattern-regex: '\b(?:val|var)\s+(?<NAME>\w*(?i:password|passwd|secret|api_?key|apikey|auth_?token|access_?token|client_?secret|private_?key)\w*)\s*(?::\s*String\s*)?=\s*"(?<SECRET>[^"\s$\\]{8,})"'
      - pattern-not-regex: '(?i)\b(?:val|var)\s+(?:KEY_|PREF_|EXTRA_|ARG_|PARAM_)\w*'
      - pattern-not-regex: '(?i)\b(?:val|var)\s+\w*(?:password|secret|token|credential)_?(?:key|name|field|label|hint|url|header|param|path|type|pattern|regex)\s*(?::\s*String\s*)?='
      - pattern-not-regex: '=\s*"[a-z][a-z0-9_.\-]*"'
    examples:
      trigger:
        - |
          private const ↓val CLIENT_SECRET = "Example-Not-A-Secret"
        - |
          ↓val apiKey: String = "EXAMPLE-1234567890abcdef"
      pass:
        - |
          const val KEY_PASSWORD = "user_password"
        - |
          val passwordHint = "At least 12 characters"
        - |
          val apiKey = BuildConfig.API_KEY

  - id: kotlin-insecure-random-for-secret
    title: Predictable random numbers used for a secret
    message: "java.util.Random / kotlin.random.Random / Math.random() generates something security-related; its output is predictable."
    summary: java.util.Random and kotlin.random.Random are seeded, non-cryptographic generators; tokens, PINs, nonces or keys built from them can be predicted.
    severity: medium
    confidence: low
    cwe: [330, 338]
    owasp: ["MASVS-CRYPTO", "A02:2021"]
    languages: [kotlin]
    remediation: Use java.security.SecureRandom for anything an attacker must not guess, and encode its bytes (Base64 URL-safe).
    patterns:
      - pattern-regex: '(?<![\w.])(?:Random\(\s*\w*\s*\)|Random\.next(?:Int|Long|Bytes)\(|Math\.random\(\))'
      - pattern-inside: '(?im)^[^\n]*(?:token|password|otp|nonce|salt|secret|session|(?<![a-z])pin(?![a-z])|(?<![a-z])key(?![a-z])|code)[^\n]*$'
    examples:
      trigger:
        - |
          val token = (1..32).map { chars[↓Random().nextInt(chars.size)] }.joinToString("")
        - |
          val otp = ↓Random.nextInt(100000, 999999)
      pass:
        - |
          val token = ByteArray(32).also { SecureRandom().nextBytes(it) }
        - |
          val jitter = Random.nextLong(100, 500)

  - id: kotlin-sql-string-built-query
    title: SQL built from values passed to rawQuery or execSQL
    message: "$SINK receives SQL assembled with a string template or concatenation; a crafted value changes the statement."
    summary: Values placed into SQL text are not escaped, so a quote in them changes the query against the app's database (or a content provider's).
    severity: high
    confidence: medium
    cwe: [89]
    owasp: ["MASVS-CODE", "A03:2021"]
    languages: [kotlin]
    remediation: Keep the SQL constant with ? placeholders and pass the values as selectionArgs / bindArgs (rawQuery(sql, arrayOf(id)), execSQL(sql, arrayOf(id))), or use Room's @Query parameters.
    patterns:
      - pattern-either:
          - pattern-regex: '\.\K(?<SINK>rawQuery|execSQL)\(\s*"[^"\n]*\$(?:\{|[A-Za-z_])'
          - pattern-regex: '\.\K(?<SINK>rawQuery|execSQL)\(\s*"[^"\n]*"\s*\+'
          - pattern-regex: '\.\K(?<SINK>rawQuery|execSQL)\(\s*(?:String\.format|"[^"\n]*"\.format)\('
    examples:
      trigger:
        - |
          db.↓rawQuery("SELECT * FROM accounts WHERE owner = '$owner'", null)
        - |
          db.↓execSQL("DELETE FROM notes WHERE id = " + noteId)
      pass:
        - |
          db.rawQuery("SELECT * FROM accounts WHERE owner = ?", arrayOf(owner))

  - id: kotlin-runtime-exec
    title: Command run through Runtime.exec
    message: "Runtime.exec runs a command built at run time; values in it can add arguments or commands."
    summary: Passing a built command string to Runtime.exec lets injected values change what runs; it is also a common sign of root-detection or shell use that deserves review.
    severity: medium
    confidence: medium
    cwe: [78]
    owasp: ["MASVS-CODE", "A03:2021"]
    languages: [kotlin]
    remediation: Avoid shelling out; use the platform API that does the job. If a process is unavoidable, use ProcessBuilder with a fixed program and a list of arguments, validated against an allow-list.
    patterns:
      - pattern-regex: '\bRuntime\.getRuntime\(\)\.\Kexec\('
      - pattern-not-regex: '\.exec\(\s*"[^"$\n]*"\s*\)'
    examples:
      trigger:
        - |
          Runtime.getRuntime().↓exec("ping -c 1 $host")
        - |
          Runtime.getRuntime().↓exec(command)
      pass:
        - |
          Runtime.getRuntime().exec("getprop ro.build.tags")

  - id: kotlin-log-credential
    title: Credential written to Logcat
    message: "A credential-named value is logged with $LOGGER; Logcat is readable by tools with ADB access and ends up in bug reports."
    summary: Log messages survive in Logcat and bug reports; a password or token logged there leaks to anyone with debugging access or to log-collecting SDKs.
    severity: medium
    confidence: medium
    cwe: [532]
    owasp: ["MASVS-STORAGE", "A09:2021"]
    languages: [kotlin]
    remediation: Never log credentials; log a non-secret identifier, and strip debug logging from release builds (R8 -assumenosideeffects for android.util.Log).
    patterns:
      - pattern-regex: '\b(?<LOGGER>Log\.(?:v|d|i|w|e|wtf)|Timber\.(?:v|d|i|w|e|wtf))\((?<ARGS>[^\n]*)\)'
      - metavariable-regex:
          metavariable: $ARGS
          regex: '(?i)(?:\$\{?\w*|\+\s*\w*)(?:password|passwd|token|secret|(?<![a-z])pin(?![a-z])|api_?key|credential)|,\s*[\w.]*(?:password|passwd|token|secret|(?<![a-z])pin(?![a-z])|api_?key|credential)\w*\s*$'
    examples:
      trigger:
        - |
          ↓Log.d(TAG, "login ok, token=$accessToken")
        - |
          ↓Timber.i("password: " + password)
        - |
          ↓Log.w(TAG, refreshToken)
      pass:
        - |
          Log.d(TAG, "login ok for user $userId")
        - |
          Log.d(TAG, "done, token refreshed")

  - id: kotlin-intent-redirection
    title: Intent from an extra started without checks
    message: "An Intent taken from another Intent's extras is started: a caller can make the app open its own non-exported components."
    summary: Starting an Intent received in extras (intent redirection) lets any app reach this app's private activities, providers and granted URIs with its privileges.
    severity: high
    confidence: medium
    cwe: [926, 940]
    owasp: ["MASVS-PLATFORM", "A01:2021"]
    languages: [kotlin]
    remediation: Do not start Intents received from outside. If forwarding is needed, check the target component against an allow-list (resolveActivity, package and class), strip URI grant flags, or use PendingIntent from the caller.
    patterns:
      - pattern-regex: '\bgetParcelableExtra(?:<Intent>\(|\([^)\n]*Intent::class\.java)'
      - pattern-inside: '(?s)\A(?=.*?\bstartActivit(?:y|yForResult|ies)\().*'
    examples:
      trigger:
        - |
          val next = intent.↓getParcelableExtra<Intent>("next")
          startActivity(next)
        - |
          val forward = intent.↓getParcelableExtra("forward", Intent::class.java)
          if (forward != null) startActivity(forward)
      pass:
        - |
          val uri = intent.getParcelableExtra<Uri>("photo")
          startActivity(Intent(this, ViewerActivity::class.java))

  - id: kotlin-external-storage-sensitive
    title: Sensitive data written to external storage
    message: "External storage is used for a file that looks sensitive; other apps and USB access can read it."
    summary: Shared external storage is readable by other apps (and by anyone over USB on older Android); getExternalFilesDir survives the app's sandbox rules on many devices.
    severity: medium
    confidence: medium
    cwe: [922, 312]
    owasp: ["MASVS-STORAGE", "A01:2021"]
    languages: [kotlin]
    remediation: Keep sensitive files in internal storage (context.filesDir / noBackupFilesDir), encrypt them with a Keystore key, and use MediaStore or the Storage Access Framework only for files the user means to share.
    patterns:
      - pattern-either:
          - pattern-regex: '\bEnvironment\.getExternalStorage(?:Public)?Directory\('
          - patterns:
              - pattern-regex: '\bgetExternalFilesDirs?\('
              - pattern-inside: '(?im)^[^\n]*(?:token|password|secret|key|credential|backup|\.db\b|database|statement|account|export)[^\n]*$'
    examples:
      trigger:
        - |
          val file = File(↓Environment.getExternalStorageDirectory(), "export.csv")
        - |
          val backup = File(context.↓getExternalFilesDir(null), "accounts-backup.db")
      pass:
        - |
          val photo = File(context.getExternalFilesDir(Environment.DIRECTORY_PICTURES), "avatar.jpg")
        - |
          val backup = File(context.noBackupFilesDir, "accounts-backup.db")

  - id: kotlin-webview-ssl-error-proceed
    title: WebView ignores TLS errors
    message: "onReceivedSslError calls proceed(): pages load even when the certificate is invalid."
    summary: Calling SslErrorHandler.proceed() accepts any certificate for the WebView, so an attacker on the network can serve content as the real site.
    severity: critical
    confidence: high
    cwe: [295]
    owasp: ["MASVS-NETWORK", "A07:2021"]
    languages: [kotlin]
    remediation: Call handler.cancel() (the default behaviour) and fix the server certificate; never proceed on SSL errors in production.
    patterns:
      - pattern-regex: '\b\w+\.\Kproceed\(\s*\)'
      - pattern-inside: '(?ms)\bfun\s+onReceivedSslError\s*\(.*?^\s*\}'
    examples:
      trigger:
        - |
          override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {
              handler.↓proceed()
          }
      pass:
        - |
          override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {
              handler.cancel()
          }

  - id: kotlin-cleartext-http-url
    title: Cleartext HTTP URL
    message: "An http:// URL for a non-local host: traffic to it can be read and changed on the network."
    summary: Plain HTTP gives no confidentiality or integrity; Android blocks it by default from API 28 unless network security config re-enables cleartext.
    severity: medium
    confidence: medium
    cwe: [319]
    owasp: ["MASVS-NETWORK", "A02:2021"]
    languages: [kotlin]
    remediation: Use https:// and remove cleartextTrafficPermitted / usesCleartextTraffic exceptions added for this host.
    pattern-regex: '"\Khttp://(?!localhost\b|127\.|10\.0\.2\.2\b|0\.0\.0\.0\b|\[::1\]|schemas\.android\.com/|www\.w3\.org/|ns\.adobe\.com/)[^"\s]+'
    examples:
      trigger:
        - |
          private const val BASE_URL = "↓http://api.example.com/v1/"
      pass:
        - |
          private const val BASE_URL = "https://api.example.com/v1/"
        - |
          val emulator = "http://10.0.2.2:8080/"
"""#
}
