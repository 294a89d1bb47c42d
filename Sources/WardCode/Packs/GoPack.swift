/// Built-in pattern rules for Go (language: docs/rule-language.md).
enum GoPack {
    static let yaml = #"""
rules:
  - id: go-sql-query-formatting
    title: SQL query built with Sprintf or concatenation
    message: "The SQL passed to $SINK() is assembled from formatted text; a crafted value can change the query."
    severity: high
    confidence: high
    cwe: [89]
    owasp: ["A03:2021"]
    languages: [go]
    remediation: "Use placeholders and arguments: db.QueryContext(ctx, \"SELECT * FROM users WHERE id = $1\", id)."
    pattern-regex: '\.\K(?<SINK>Query|QueryRow|Exec|QueryContext|QueryRowContext|ExecContext|Raw|Select|Get)\(\s*(?:\w+\s*,\s*)?(?:fmt\.Sprintf\(|"[^"\n]*"\s*\+|`[^`]*`\s*\+)'
    examples:
      trigger:
        - |
          rows, err := db.↓Query(fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", name))
        - |
          _, err = tx.↓ExecContext(ctx, "DELETE FROM sessions WHERE id = " + id)
      pass:
        - |
          rows, err := db.Query("SELECT * FROM users WHERE name = $1", name)

  - id: go-sql-string-built-in-variable
    title: SQL statement assembled in a variable
    message: "An SQL statement is built with Sprintf or concatenation before it is run; values inside it are not escaped."
    severity: high
    confidence: medium
    cwe: [89]
    owasp: ["A03:2021"]
    languages: [go]
    remediation: "Keep the SQL constant with $1/? placeholders and pass values as arguments; for dynamic identifiers use an allow-list."
    pattern-regex: '\b\w+\s*:?=\s*\K(?:fmt\.Sprintf\(\s*"(?i:SELECT|INSERT|UPDATE|DELETE)\b|"(?i:SELECT|INSERT|UPDATE|DELETE)\b[^"\n]*"\s*\+\s*\w)'
    examples:
      trigger:
        - |
          query := ↓fmt.Sprintf("SELECT * FROM accounts WHERE iban = '%s'", iban)
      pass:
        - |
          query := "SELECT * FROM accounts WHERE iban = $1"

  - id: go-exec-shell-command
    title: Command run through a shell with a dynamic string
    message: "exec.Command runs \"$SHELL -c\" with a built command line; values in it can add shell syntax."
    severity: high
    confidence: medium
    cwe: [78]
    owasp: ["A03:2021"]
    languages: [go]
    remediation: "Call the program directly with separate arguments (exec.Command(\"tar\", \"xzf\", path)) and validate values that choose what runs."
    pattern-regex: '\bexec\.Command(?:Context)?\(\s*(?:ctx\s*,\s*)?"(?<SHELL>sh|bash|/bin/sh|/bin/bash|cmd|cmd\.exe|powershell)"\s*,\s*"(?:-c|/c|/C|-Command)"\s*,\s*+(?!"[^"\n]*"\s*\))'
    examples:
      trigger:
        - |
          out, err := ↓exec.Command("sh", "-c", "ping -c 1 "+host).Output()
      pass:
        - |
          out, err := exec.Command("ping", "-c", "1", host).Output()

  - id: go-tls-insecure-skip-verify
    title: TLS certificate verification turned off
    message: "InsecureSkipVerify: true accepts any certificate, so anyone on the network path can read and alter the traffic."
    severity: high
    confidence: high
    cwe: [295]
    owasp: ["A02:2021"]
    languages: [go]
    remediation: "Remove InsecureSkipVerify; to trust a private CA, set RootCAs to a pool holding it."
    pattern-regex: '\bInsecureSkipVerify\s*:\s*true\b'
    examples:
      trigger:
        - |
          cfg := &tls.Config{↓InsecureSkipVerify: true}
      pass:
        - |
          cfg := &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}

  - id: go-weak-tls-version
    title: Obsolete TLS protocol version allowed
    message: "MinVersion allows $1, a protocol version with known attacks."
    severity: medium
    confidence: high
    cwe: [326]
    owasp: ["A02:2021"]
    languages: [go]
    remediation: "Set MinVersion: tls.VersionTLS12 (or tls.VersionTLS13)."
    pattern-regex: '\bMinVersion\s*:\s*(tls\.Version(?:SSL30|TLS10|TLS11))\b'
    examples:
      trigger:
        - |
          cfg := &tls.Config{↓MinVersion: tls.VersionTLS10}
      pass:
        - |
          cfg := &tls.Config{MinVersion: tls.VersionTLS12}

  - id: go-weak-hash
    title: MD5 or SHA-1 used for hashing
    message: "$1 is broken for collision resistance; do not use it for passwords, signatures or integrity checks."
    severity: medium
    confidence: medium
    cwe: [328]
    owasp: ["A02:2021"]
    languages: [go]
    remediation: "Use crypto/sha256 for integrity, crypto/hmac with SHA-256 for signatures, and golang.org/x/crypto/bcrypt or argon2 for passwords."
    pattern-regex: '\b((?:md5|sha1)\.(?:New|Sum))\('
    examples:
      trigger:
        - |
          sum := ↓md5.Sum([]byte(password))
      pass:
        - |
          sum := sha256.Sum256(payload)

  - id: go-weak-cipher
    title: Broken block or stream cipher
    message: "$1 is a broken or retired cipher; data encrypted with it can be recovered."
    severity: high
    confidence: high
    cwe: [327]
    owasp: ["A02:2021"]
    languages: [go]
    remediation: "Use AES-GCM (cipher.NewGCM over aes.NewCipher) or golang.org/x/crypto/chacha20poly1305."
    pattern-regex: '\b(des\.NewCipher|des\.NewTripleDESCipher|rc4\.NewCipher|blowfish\.NewCipher)\('
    examples:
      trigger:
        - |
          block, err := ↓des.NewTripleDESCipher(key)
      pass:
        - |
          block, err := aes.NewCipher(key)

  - id: go-static-iv
    title: Constant initialization vector or nonce
    message: "The IV or nonce is a constant byte string; encryption becomes deterministic and GCM loses its security."
    severity: medium
    confidence: medium
    cwe: [329]
    owasp: ["A02:2021"]
    languages: [go]
    remediation: "Fill a fresh IV/nonce per message with io.ReadFull(rand.Reader, nonce) from crypto/rand and store it with the ciphertext."
    pattern-regex: '(?i)\b(?:iv|nonce)\s*:?=\s*\K\[\]byte\(\s*"'
    examples:
      trigger:
        - |
          iv := ↓[]byte("0000000000000000")
      pass:
        - |
          iv := make([]byte, aes.BlockSize)

  - id: go-math-rand-for-secrets
    title: Security value from math/rand
    message: "math/rand is predictable; tokens, passwords or keys made with it can be guessed."
    severity: medium
    confidence: medium
    cwe: [338]
    owasp: ["A02:2021"]
    languages: [go]
    remediation: "Use crypto/rand (rand.Read, rand.Int with crypto/rand's Reader) for anything an attacker must not guess."
    patterns:
      - pattern-regex: '(?i)(?:token|secret|passw(?:or)?d|otp|nonce|salt|session_?id|key)\w*\s*(?::=|=|\+=)\s*[^\n]*?\K\brand\.(?:Int|Intn|Int31|Int31n|Int63|Int63n|Uint32|Uint64|Read|IntN|N)\('
      - pattern-inside: '(?s)"math/rand(?:/v2)?".*'
    examples:
      trigger:
        - |
          import "math/rand"

          func newToken() string {
              token := strconv.Itoa(↓rand.Intn(1000000))
              return token
          }
      pass:
        - |
          import "crypto/rand"

          func newToken() string {
              token := rand.Text()
              return token
          }

  - id: go-hardcoded-crypto-key
    title: Hard-coded secret key
    message: "$NAME is a literal ($SECRET); anyone with the source can forge tokens or decrypt data."
    severity: high
    confidence: medium
    cwe: [321]
    owasp: ["A02:2021"]
    languages: [go]
    secret: SECRET
    remediation: "Load the key at runtime from the environment or a secret manager and rotate the exposed one."
    pattern-regex: '(?i)\b(?<NAME>jwt_?key|jwt_?secret|signing_?key|secret_?key|hmac_?key|aes_?key|encryption_?key)\s*(?::=|=)\s*\[\]byte\(\s*"(?<SECRET>[^"\n]{6,})"'
    examples:
      trigger:
        - |
          var ↓jwtKey = []byte("not-a-real-signing-key")
      pass:
        - |
          var jwtKey = []byte(os.Getenv("JWT_KEY"))

  - id: go-jwt-none-algorithm
    title: JWT accepted without a signature
    message: "$1 lets unsigned tokens through, so anyone can forge claims."
    severity: critical
    confidence: high
    cwe: [347]
    owasp: ["A02:2021"]
    languages: [go]
    remediation: "Parse with a key function that checks token.Method against the one algorithm you issue, and never use SigningMethodNone."
    pattern-regex: '\b(jwt\.(?:SigningMethodNone|UnsafeAllowNoneSignatureType))\b'
    examples:
      trigger:
        - |
          return ↓jwt.UnsafeAllowNoneSignatureType, nil
      pass:
        - |
          return []byte(os.Getenv("JWT_KEY")), nil

  - id: go-jwt-parse-unverified
    title: JWT parsed without verifying the signature
    message: "ParseUnverified() skips the signature check; claims read this way can be forged."
    severity: high
    confidence: medium
    cwe: [347]
    owasp: ["A02:2021"]
    languages: [go]
    remediation: "Use jwt.Parse / ParseWithClaims with a key function and jwt.WithValidMethods([]string{\"RS256\"})."
    pattern-regex: '\.\KParseUnverified\('
    examples:
      trigger:
        - |
          token, _, err := parser.↓ParseUnverified(raw, &claims)
      pass:
        - |
          token, err := jwt.ParseWithClaims(raw, &claims, keyFunc, jwt.WithValidMethods([]string{"RS256"}))

  - id: go-gob-decode-request
    title: gob data decoded from a network request
    message: "gob decodes into whatever types the stream names; decoding untrusted input invites resource exhaustion and type confusion."
    severity: medium
    confidence: medium
    cwe: [502]
    owasp: ["A08:2021"]
    languages: [go]
    remediation: "Accept JSON or protobuf with a fixed schema from untrusted peers, and cap the body size with http.MaxBytesReader."
    pattern-regex: '\bgob\.NewDecoder\(\s*(?:r|req|request|c\.Request)\.Body\b'
    examples:
      trigger:
        - |
          err := ↓gob.NewDecoder(r.Body).Decode(&order)
      pass:
        - |
          err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&order)

  - id: go-path-traversal-request
    title: File path taken from the request
    message: "A file operation uses a path from the request; ../ sequences reach files outside the intended folder."
    severity: high
    confidence: medium
    cwe: [22]
    owasp: ["A01:2021"]
    languages: [go]
    remediation: "Clean the name with filepath.Base or filepath.Clean, join it to a fixed root and verify the result stays under it; Go 1.24+ can use os.Root."
    pattern-regex: '\b(?:os\.(?:Open|OpenFile|ReadFile|Create|Remove|RemoveAll|WriteFile)|ioutil\.ReadFile|http\.ServeFile)\([^)\n]*\br\.(?:URL\.Query\(\)\.Get|FormValue|PostFormValue|PathValue)\('
    examples:
      trigger:
        - |
          data, err := ↓os.ReadFile(filepath.Join(uploads, r.URL.Query().Get("name")))
      pass:
        - |
          data, err := os.ReadFile(filepath.Join(uploads, filepath.Base(name)))

  - id: go-open-redirect
    title: Redirect to a URL from the request
    message: "http.Redirect sends users to a location taken from the request; it can point at a phishing site."
    severity: medium
    confidence: medium
    cwe: [601]
    owasp: ["A01:2021"]
    languages: [go]
    remediation: "Redirect only to relative paths you build, or check the parsed URL's host against an allow-list."
    pattern-regex: '\bhttp\.Redirect\(\s*\w+\s*,\s*\w+\s*,\s*r\.(?:URL\.Query\(\)\.Get|FormValue|PostFormValue|Referer)\('
    examples:
      trigger:
        - |
          ↓http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)
      pass:
        - |
          http.Redirect(w, r, "/home", http.StatusFound)

  - id: go-ssrf-request-url
    title: Outbound request to a URL from the request
    message: "The server fetches a URL supplied by the caller; it can reach internal services or cloud metadata (SSRF)."
    severity: high
    confidence: medium
    cwe: [918]
    owasp: ["A10:2021"]
    languages: [go]
    remediation: "Allow-list target hosts, resolve and reject private and link-local addresses in a custom DialContext, and disable redirects."
    pattern-regex: '\bhttp\.(?:Get|Post|Head|NewRequest(?:WithContext)?)\([^\n]*?\br\.(?:URL\.Query\(\)\.Get|FormValue|PostFormValue)\('
    examples:
      trigger:
        - |
          resp, err := ↓http.Get(r.URL.Query().Get("url"))
      pass:
        - |
          resp, err := http.Get(ratesAPI + "/latest")

  - id: go-cors-wildcard-with-credentials
    title: CORS allows any origin together with credentials
    message: "Every origin may call the API with the user's cookies; a hostile site can act as the logged-in user."
    severity: medium
    confidence: high
    cwe: [942]
    owasp: ["A05:2021"]
    languages: [go]
    remediation: "List the trusted origins explicitly whenever AllowCredentials is true."
    patterns:
      - pattern-regex: '\b(?:AllowAllOrigins:\s*true|Allow(?:ed)?Origins:\s*\[\]string\{\s*"\*"\s*\})'
      - pattern-inside: '(?s)\bcors\.(?:Options|Config)\{(?=(?:(?!\n\s*\}).)*AllowCredentials:\s*true).*?\n\s*\}'
    examples:
      trigger:
        - |
          handler := cors.New(cors.Options{
              ↓AllowedOrigins:   []string{"*"},
              AllowCredentials: true,
          }).Handler(mux)
      pass:
        - |
          handler := cors.New(cors.Options{
              AllowedOrigins:   []string{"*"},
              AllowCredentials: false,
          }).Handler(mux)

  - id: go-sensitive-data-logged
    title: Sensitive value written to a log
    message: "A value named like a credential ($FIELD) is logged; logs are widely readable and kept for long."
    severity: medium
    confidence: medium
    cwe: [532]
    owasp: ["A09:2021"]
    languages: [go]
    mask-strings: true
    remediation: "Log an identifier or a masked form instead, or implement slog.LogValuer on the type to redact secret fields."
    pattern-regex: '\b(?:log|logger|slog|logrus|zap\.L\(\)|zap\.S\(\))\.(?:Print|Printf|Println|Info|Infof|Infow|Debug|Debugf|Warn|Warnf|Error|Errorf|Fatal|Fatalf)\([^\n]*?\b(?<FIELD>(?i:password|passwd|secret|token|apiKey|api_key|creditCard|cardNumber|cvv))\b'
    examples:
      trigger:
        - |
          ↓log.Printf("login %s %s", user.Email, user.Password)
      pass:
        - |
          log.Printf("password reset requested for %d", user.ID)

  - id: go-cookie-without-secure
    title: Cookie set without the Secure flag
    message: "This http.Cookie has no Secure: true, so browsers send it over plain HTTP."
    severity: low
    confidence: medium
    cwe: [614]
    owasp: ["A05:2021"]
    languages: [go]
    remediation: "Set Secure: true, HttpOnly: true and SameSite: http.SameSiteLaxMode on session cookies."
    pattern-regex: '\bhttp\.Cookie\{(?![^}]*\bSecure:\s*true)'
    examples:
      trigger:
        - |
          http.SetCookie(w, &↓http.Cookie{Name: "session", Value: sid, HttpOnly: true})
      pass:
        - |
          http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, HttpOnly: true, Secure: true})

  - id: go-connection-string-password
    title: Password embedded in a connection string
    message: "The connection string carries a literal password ($SECRET); it ends up in the repository and in logs."
    severity: high
    confidence: medium
    cwe: [798]
    owasp: ["A07:2021"]
    languages: [go]
    secret: SECRET
    remediation: "Build the DSN from configuration at runtime (environment or secret manager) and rotate the exposed password."
    pattern-regex: '(?i)(?:\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqp)://[^:/\s"`@]+:|"[\w.-]+:)(?<SECRET>[^@\s"`/${}%]{3,})@(?:tcp\(|unix\(|[\w.-]+[:/])'
    examples:
      trigger:
        - |
          db, err := sql.Open("mysql", ↓"app:Tr0ub4dor-example@tcp(db.internal:3306)/bank")
      pass:
        - |
          db, err := sql.Open("mysql", os.Getenv("BANK_DSN"))

  - id: go-template-html-unescaped
    title: Dynamic value marked as safe HTML
    message: "template.HTML() tells html/template not to escape the value; if it carries user data it is an XSS sink."
    severity: medium
    confidence: medium
    cwe: [79]
    owasp: ["A03:2021"]
    languages: [go]
    remediation: "Pass plain strings and let html/template escape them; sanitize with bluemonday before converting when HTML is required."
    pattern-regex: '\btemplate\.(?:HTML|JS|HTMLAttr|URL)\(\s*+(?!"[^"\n]*"\s*\))'
    examples:
      trigger:
        - |
          data := map[string]any{"Bio": ↓template.HTML(user.Bio)}
      pass:
        - |
          data := map[string]any{"Bio": user.Bio}

  - id: go-ldap-filter-sprintf
    title: LDAP filter built with Sprintf
    message: "The LDAP filter is formatted from values; characters such as * ( ) change what it matches."
    severity: high
    confidence: medium
    cwe: [90]
    owasp: ["A03:2021"]
    languages: [go]
    remediation: "Escape each value with ldap.EscapeFilter() before formatting it into the filter."
    pattern-regex: '\bfmt\.Sprintf\(\s*"\((?:[&|!]\()?[\w-]+=[^"\n]*%[sv][^"\n]*"\s*,(?![^\n]*EscapeFilter\()'
    examples:
      trigger:
        - |
          filter := ↓fmt.Sprintf("(uid=%s)", username)
      pass:
        - |
          filter := fmt.Sprintf("(uid=%s)", ldap.EscapeFilter(username))

  - id: go-xpath-injection
    title: XPath expression built from values
    message: "The XPath query is built with Sprintf or concatenation; a quote in a value rewrites it."
    severity: high
    confidence: medium
    cwe: [643]
    owasp: ["A03:2021"]
    languages: [go]
    remediation: "Validate values against a strict pattern before building the query, or select nodes and compare values in Go."
    pattern-regex: '\b(?:xpath\.(?:MustCompile|Compile)|xmlquery\.(?:Find|FindOne|QueryAll|Query)|htmlquery\.(?:Find|FindOne|QueryAll|Query))\([^\n]*?(?:fmt\.Sprintf\(|"\s*\+\s*\w)'
    examples:
      trigger:
        - |
          nodes := ↓xmlquery.Find(doc, "//user[@name='"+name+"']")
      pass:
        - |
          nodes := xmlquery.Find(doc, "//user")

  - id: go-mongo-where
    title: MongoDB $where with a built expression
    message: "$where runs JavaScript on the database; building it from strings lets callers inject code."
    severity: high
    confidence: medium
    cwe: [943]
    owasp: ["A03:2021"]
    languages: [go]
    remediation: "Use query operators (bson.M{\"age\": bson.M{\"$gt\": age}}) and pass values as data."
    pattern-regex: '"\$where"\s*:\s*+(?!"[^"\n]*"\s*[,}])'
    examples:
      trigger:
        - |
          cur, err := coll.Find(ctx, bson.M{↓"$where": "this.name == '" + name + "'"})
      pass:
        - |
          cur, err := coll.Find(ctx, bson.M{"name": name})
"""#
}
