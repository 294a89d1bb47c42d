/// Built-in pattern rules for Java (language: docs/rule-language.md).
enum JavaPack {
    static let yaml = #"""
rules:
  - id: java-sql-query-concatenation
    title: SQL query built by concatenation
    message: "The SQL passed to $SINK() is concatenated or formatted from values; a crafted value can change the query."
    severity: high
    confidence: high
    cwe: [89]
    owasp: ["A03:2021"]
    languages: [java]
    remediation: "Use a PreparedStatement with ? placeholders and setString/setLong, or named parameters in JPA (query.setParameter)."
    pattern-regex: '\.\K(?<SINK>executeQuery|executeUpdate|execute|executeLargeUpdate|prepareStatement|prepareCall|addBatch|createQuery|createNativeQuery|queryForObject|queryForList|update)\(\s*+(?:"[^"\n]*"\s*\+|String\.format\()'
    examples:
      trigger:
        - |
          ResultSet rs = stmt.↓executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
      pass:
        - |
          PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");

  - id: java-sql-string-built-in-variable
    title: SQL statement assembled in a variable
    message: "An SQL statement is concatenated or formatted before it is run; values inside it are not escaped."
    severity: high
    confidence: medium
    cwe: [89]
    owasp: ["A03:2021"]
    languages: [java]
    remediation: "Keep the SQL constant with ? placeholders and bind values on a PreparedStatement."
    pattern-regex: '\bString\s+\w+\s*=\s*\K(?:"(?i:SELECT|INSERT|UPDATE|DELETE)\b[^"\n]*"\s*\+\s*\w|String\.format\(\s*"(?i:SELECT|INSERT|UPDATE|DELETE)\b)'
    examples:
      trigger:
        - |
          String sql = ↓"SELECT * FROM accounts WHERE iban = '" + iban + "'";
      pass:
        - |
          String sql = "SELECT * FROM accounts WHERE iban = ?";

  - id: java-runtime-exec-dynamic
    title: Command built from values run with Runtime.exec
    message: "Runtime.exec() runs a command line built from values; a crafted value can run other programs or, through a shell, add commands."
    severity: high
    confidence: medium
    cwe: [78]
    owasp: ["A03:2021"]
    languages: [java]
    remediation: "Use ProcessBuilder with a fixed program and separate arguments (new ProcessBuilder(\"ping\", \"-c\", \"1\", host)); validate values against an allow-list."
    pattern-regex: '\bRuntime\.getRuntime\(\)\.exec\(\s*+(?:"[^"\n]*"\s*\+|\w+\s*\+|String\.format\(|new\s+String\[\]\s*\{\s*"(?:sh|bash|/bin/sh|/bin/bash|cmd(?:\.exe)?)"\s*,\s*"(?:-c|/c)")'
    examples:
      trigger:
        - |
          Process p = ↓Runtime.getRuntime().exec("ping -c 1 " + host);
      pass:
        - |
          Process p = new ProcessBuilder("ping", "-c", "1", host).start();

  - id: java-process-builder-shell
    title: ProcessBuilder running a shell with a dynamic command
    message: "ProcessBuilder starts a shell (-c) with a command built from values; the shell interprets any syntax in them."
    severity: high
    confidence: medium
    cwe: [78]
    owasp: ["A03:2021"]
    languages: [java]
    remediation: "Run the program directly with separate arguments instead of sh -c, and validate the values."
    pattern-regex: '\bnew\s+ProcessBuilder\(\s*(?:Arrays\.asList\(|List\.of\()?\s*"(?:sh|bash|/bin/sh|/bin/bash|cmd(?:\.exe)?)"\s*,\s*"(?:-c|/c)"\s*,\s*+(?!"[^"\n]*"\s*\))'
    examples:
      trigger:
        - |
          Process p = ↓new ProcessBuilder("sh", "-c", "tar xzf " + archive).start();
      pass:
        - |
          Process p = new ProcessBuilder("tar", "xzf", archive).start();

  - id: java-object-input-stream
    title: Java native deserialization
    message: "$1 rebuilds arbitrary objects from the stream; gadget chains in the classpath turn untrusted data into code execution."
    severity: high
    confidence: medium
    cwe: [502]
    owasp: ["A08:2021"]
    languages: [java]
    remediation: "Exchange data as JSON with a fixed schema; if Java serialization is unavoidable, install an ObjectInputFilter allow-list (JEP 290) or use ValidatingObjectInputStream."
    pattern-regex: '\bnew\s+(ObjectInputStream|XMLDecoder)\('
    examples:
      trigger:
        - |
          Order order = (Order) ↓new ObjectInputStream(request.getInputStream()).readObject();
      pass:
        - |
          Order order = mapper.readValue(request.getInputStream(), Order.class);

  - id: java-snakeyaml-unsafe-constructor
    title: SnakeYAML without a safe constructor
    message: "new Yaml() with the default constructor can instantiate arbitrary classes named in the document."
    severity: high
    confidence: medium
    cwe: [502]
    owasp: ["A08:2021"]
    languages: [java]
    remediation: "Use new Yaml(new SafeConstructor(new LoaderOptions())) or upgrade to SnakeYAML 2.x and load into a specific class."
    pattern-regex: '\bnew\s+Yaml\(\s*\)'
    examples:
      trigger:
        - |
          Object config = ↓new Yaml().load(input);
      pass:
        - |
          Object config = new Yaml(new SafeConstructor(new LoaderOptions())).load(input);

  - id: java-xxe-document-builder
    title: DocumentBuilderFactory without DOCTYPE protection
    message: "This DocumentBuilderFactory keeps DTDs and external entities on; a crafted document can read local files or reach internal URLs (XXE)."
    severity: high
    confidence: medium
    cwe: [611]
    owasp: ["A05:2021"]
    languages: [java]
    remediation: "Call factory.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true) before creating builders (or set ACCESS_EXTERNAL_DTD and ACCESS_EXTERNAL_SCHEMA to \"\")."
    patterns:
      - pattern-regex: '\bDocumentBuilderFactory\.newInstance\(\)'
      - pattern-not-inside: '(?s)\bDocumentBuilderFactory\.newInstance\(\).*?(?:disallow-doctype-decl|ACCESS_EXTERNAL_DTD)'
    examples:
      trigger:
        - |
          DocumentBuilderFactory f = ↓DocumentBuilderFactory.newInstance();
          Document doc = f.newDocumentBuilder().parse(input);
      pass:
        - |
          DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
          f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
          Document doc = f.newDocumentBuilder().parse(input);

  - id: java-xxe-sax-parser
    title: SAXParserFactory without DOCTYPE protection
    message: "This SAXParserFactory keeps DTDs and external entities on; a crafted document can read local files (XXE)."
    severity: high
    confidence: medium
    cwe: [611]
    owasp: ["A05:2021"]
    languages: [java]
    remediation: "Call factory.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true) before creating parsers."
    patterns:
      - pattern-regex: '\bSAXParserFactory\.newInstance\(\)'
      - pattern-not-inside: '(?s)\bSAXParserFactory\.newInstance\(\).*?(?:disallow-doctype-decl|external-general-entities)'
    examples:
      trigger:
        - |
          SAXParser parser = ↓SAXParserFactory.newInstance().newSAXParser();
      pass:
        - |
          SAXParserFactory spf = SAXParserFactory.newInstance();
          spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);

  - id: java-xxe-xml-input-factory
    title: XMLInputFactory with DTD support on
    message: "This StAX XMLInputFactory still supports DTDs and external entities (XXE)."
    severity: high
    confidence: medium
    cwe: [611]
    owasp: ["A05:2021"]
    languages: [java]
    remediation: "Set factory.setProperty(XMLInputFactory.SUPPORT_DTD, false) and IS_SUPPORTING_EXTERNAL_ENTITIES to false."
    patterns:
      - pattern-regex: '\bXMLInputFactory\.(?:newInstance|newFactory)\(\)'
      - pattern-not-inside: '(?s)\bXMLInputFactory\.(?:newInstance|newFactory)\(\).*?(?:SUPPORT_DTD|IS_SUPPORTING_EXTERNAL_ENTITIES)'
    examples:
      trigger:
        - |
          XMLInputFactory xif = ↓XMLInputFactory.newInstance();
      pass:
        - |
          XMLInputFactory xif = XMLInputFactory.newInstance();
          xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);

  - id: java-weak-hash
    title: MD5 or SHA-1 used for hashing
    message: "MessageDigest \"$ALG\" is broken for collision resistance; do not use it for passwords, signatures or integrity."
    severity: medium
    confidence: medium
    cwe: [328]
    owasp: ["A02:2021"]
    languages: [java]
    remediation: "Use SHA-256 or better for integrity, HMAC-SHA-256 for signatures, and bcrypt/argon2/PBKDF2 (Spring's Argon2PasswordEncoder) for passwords."
    pattern-regex: '\bMessageDigest\.getInstance\(\s*"(?<ALG>(?i:MD5|MD4|MD2|SHA-?1|SHA))"'
    examples:
      trigger:
        - |
          MessageDigest md = ↓MessageDigest.getInstance("MD5");
      pass:
        - |
          MessageDigest md = MessageDigest.getInstance("SHA-256");

  - id: java-weak-cipher
    title: Broken block or stream cipher
    message: "Cipher \"$ALG\" is broken or retired; data encrypted with it can be recovered."
    severity: high
    confidence: high
    cwe: [327]
    owasp: ["A02:2021"]
    languages: [java]
    remediation: "Use AES/GCM/NoPadding with a random 12-byte IV per message."
    pattern-regex: '\bCipher\.getInstance\(\s*"(?<ALG>(?:DES|DESede|TripleDES|RC4|RC2|ARCFOUR|Blowfish)\b[^"\n]*)"'
    examples:
      trigger:
        - |
          Cipher c = ↓Cipher.getInstance("DESede/CBC/PKCS5Padding");
      pass:
        - |
          Cipher c = Cipher.getInstance("AES/GCM/NoPadding");

  - id: java-cipher-ecb-mode
    title: Block cipher in ECB mode
    message: "Cipher \"$ALG\" uses ECB (plain \"AES\" defaults to it); equal blocks encrypt to equal ciphertext."
    severity: medium
    confidence: high
    cwe: [327]
    owasp: ["A02:2021"]
    languages: [java]
    remediation: "Name an authenticated mode explicitly: Cipher.getInstance(\"AES/GCM/NoPadding\")."
    pattern-regex: '\bCipher\.getInstance\(\s*"(?<ALG>AES|[A-Za-z0-9]+/ECB/[^"\n]*)"'
    examples:
      trigger:
        - |
          Cipher c = ↓Cipher.getInstance("AES");
        - |
          Cipher c = ↓Cipher.getInstance("AES/ECB/PKCS5Padding");
      pass:
        - |
          Cipher c = Cipher.getInstance("AES/GCM/NoPadding");

  - id: java-static-iv
    title: Constant initialization vector
    message: "The IvParameterSpec is built from constant bytes; encryption becomes deterministic and GCM loses its security."
    severity: medium
    confidence: medium
    cwe: [329]
    owasp: ["A02:2021"]
    languages: [java]
    remediation: "Fill a fresh IV per message from SecureRandom and store it with the ciphertext."
    pattern-regex: '\bnew\s+(?:IvParameterSpec|GCMParameterSpec)\(\s*(?:\d+\s*,\s*)?(?:"[^"\n]*"\.getBytes|new\s+byte\[\]\s*\{)'
    examples:
      trigger:
        - |
          IvParameterSpec iv = ↓new IvParameterSpec("0000000000000000".getBytes());
      pass:
        - |
          IvParameterSpec iv = new IvParameterSpec(ivBytes);

  - id: java-hardcoded-crypto-key
    title: Hard-coded encryption key
    message: "The SecretKeySpec is built from a literal ($SECRET); anyone with the source or binary can decrypt the data."
    severity: high
    confidence: high
    cwe: [321]
    owasp: ["A02:2021"]
    languages: [java]
    secret: SECRET
    remediation: "Load keys from a KeyStore, an HSM or a secret manager at runtime, and rotate the exposed key."
    pattern-regex: '\bnew\s+SecretKeySpec\(\s*"(?<SECRET>[^"\n]+)"\.getBytes'
    examples:
      trigger:
        - |
          SecretKeySpec key = ↓new SecretKeySpec("not-a-real-aes-key".getBytes(UTF_8), "AES");
      pass:
        - |
          SecretKeySpec key = new SecretKeySpec(keyStore.getKey("payments", pin).getEncoded(), "AES");

  - id: java-insecure-random-token
    title: Security value from a non-cryptographic random generator
    message: "java.util.Random and Math.random() are predictable; tokens, passwords or nonces made with them can be guessed."
    severity: medium
    confidence: medium
    cwe: [338]
    owasp: ["A02:2021"]
    languages: [java]
    remediation: "Use java.security.SecureRandom (e.g. new SecureRandom().nextBytes(buf)) for anything an attacker must not guess."
    pattern-regex: '(?i)(?:token|secret|passw(?:or)?d|otp|nonce|salt|session_?id|api_?key)\w*\s*=\s*[^\n;]*?\K(?-i:\bnew\s+Random\(|\bMath\.random\(\)|\bThreadLocalRandom\.current\(\))'
    examples:
      trigger:
        - |
          String resetToken = Long.toHexString(↓new Random().nextLong());
      pass:
        - |
          String resetToken = Long.toHexString(new SecureRandom().nextLong());

  - id: java-trust-all-certificates
    title: TrustManager that accepts every certificate
    message: "checkServerTrusted() has an empty body, so any certificate is accepted and TLS connections can be intercepted."
    severity: critical
    confidence: high
    cwe: [295]
    owasp: ["A02:2021"]
    languages: [java]
    remediation: "Use the platform's default TrustManager; to trust a private CA load it into a KeyStore and build a TrustManagerFactory from it."
    pattern-regex: '\bpublic\s+void\s+\KcheckServerTrusted\([^)]*\)\s*(?:throws\s+[\w.,\s]+)?\{\s*\}'
    examples:
      trigger:
        - |
          public void ↓checkServerTrusted(X509Certificate[] chain, String authType) {}
      pass:
        - |
          public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
              delegate.checkServerTrusted(chain, authType);
          }

  - id: java-hostname-verifier-accepts-all
    title: Hostname verification turned off
    message: "The HostnameVerifier accepts every host name, so a valid certificate for any site is accepted for yours."
    severity: high
    confidence: high
    cwe: [297]
    owasp: ["A02:2021"]
    languages: [java]
    remediation: "Remove the custom HostnameVerifier and keep the default (HttpsURLConnection.getDefaultHostnameVerifier())."
    pattern-regex: '\b(?:verify\(\s*String\s+\w+\s*,\s*SSLSession\s+\w+\s*\)\s*\{\s*return\s+true\s*;|setHostnameVerifier\(\s*\(\s*\w+\s*,\s*\w+\s*\)\s*->\s*true\b|NoopHostnameVerifier\b|ALLOW_ALL_HOSTNAME_VERIFIER\b)'
    examples:
      trigger:
        - |
          conn.↓setHostnameVerifier((host, session) -> true);
        - |
          public boolean ↓verify(String host, SSLSession session) { return true; }
      pass:
        - |
          conn.setHostnameVerifier(HttpsURLConnection.getDefaultHostnameVerifier());

  - id: java-weak-tls-version
    title: Obsolete SSL/TLS protocol version
    message: "SSLContext \"$1\" selects a protocol version with known attacks."
    severity: medium
    confidence: high
    cwe: [326]
    owasp: ["A02:2021"]
    languages: [java]
    remediation: "Use SSLContext.getInstance(\"TLSv1.3\") or \"TLS\" with the JDK's default (TLS 1.2+) protocols."
    pattern-regex: '\bSSLContext\.getInstance\(\s*"(SSL|SSLv2|SSLv3|TLSv1|TLSv1\.1)"'
    examples:
      trigger:
        - |
          SSLContext ctx = ↓SSLContext.getInstance("TLSv1");
      pass:
        - |
          SSLContext ctx = SSLContext.getInstance("TLSv1.3");

  - id: java-ldap-injection
    title: LDAP filter built by concatenation
    message: "The LDAP search filter is concatenated from values; characters such as * ( ) change what it matches."
    severity: high
    confidence: medium
    cwe: [90]
    owasp: ["A03:2021"]
    languages: [java]
    remediation: "Use the search overload with filter arguments: ctx.search(base, \"(uid={0})\", new Object[]{user}, controls), or Spring LDAP's LdapQueryBuilder."
    pattern-regex: '\.\Ksearch\(\s*[^,\n]+,\s*"\([^"\n]*=\s*"\s*\+'
    examples:
      trigger:
        - |
          NamingEnumeration<SearchResult> r = ctx.↓search("ou=people", "(uid=" + user + ")", controls);
      pass:
        - |
          NamingEnumeration<SearchResult> r = ctx.search("ou=people", "(uid={0})", new Object[] {user}, controls);

  - id: java-xpath-injection
    title: XPath expression built by concatenation
    message: "The XPath query is concatenated from values; a quote in a value rewrites it."
    severity: high
    confidence: medium
    cwe: [643]
    owasp: ["A03:2021"]
    languages: [java]
    remediation: "Bind values with an XPathVariableResolver and refer to them as $name in a constant expression."
    pattern-regex: '\b\w*(?i:xpath)\w*\.\K(?:compile|evaluate)\(\s*(?:"[^"\n]*"\s*\+|String\.format\()'
    examples:
      trigger:
        - |
          Node n = (Node) xpath.↓evaluate("//user[@name='" + name + "']", doc, XPathConstants.NODE);
      pass:
        - |
          Node n = (Node) xpath.evaluate("//user[@name=$name]", doc, XPathConstants.NODE);

  - id: java-open-redirect
    title: Redirect to a URL from the request
    message: "The redirect target comes from the request; attackers can send users to a phishing page from your domain."
    severity: medium
    confidence: medium
    cwe: [601]
    owasp: ["A01:2021"]
    languages: [java]
    remediation: "Redirect only to relative paths you build, or check the target host against an allow-list."
    pattern-regex: '(?:\bsendRedirect\(\s*request\.getParameter\(|"redirect:"\s*\+\s*request\.getParameter\()'
    examples:
      trigger:
        - |
          response.↓sendRedirect(request.getParameter("next"));
      pass:
        - |
          response.sendRedirect("/home");

  - id: java-ssrf-request-url
    title: Outbound request to a URL from the request
    message: "The server fetches a URL supplied by the caller; it can reach internal services or cloud metadata (SSRF)."
    severity: high
    confidence: medium
    cwe: [918]
    owasp: ["A10:2021"]
    languages: [java]
    remediation: "Allow-list target hosts, resolve and reject private and link-local addresses, and disable redirects."
    pattern-regex: '\b(?:new\s+URL|URI\.create|\.getForObject|\.getForEntity|\.postForObject|\.exchange|WebClient\.create)\(\s*request\.getParameter\('
    examples:
      trigger:
        - |
          InputStream in = ↓new URL(request.getParameter("url")).openStream();
      pass:
        - |
          InputStream in = new URL(RATES_API + "/latest").openStream();

  - id: java-path-traversal-request
    title: File path taken from the request
    message: "A file is opened with a path from the request; ../ sequences reach files outside the intended folder."
    severity: high
    confidence: medium
    cwe: [22]
    owasp: ["A01:2021"]
    languages: [java]
    remediation: "Resolve the name against a fixed base (base.resolve(name).normalize()) and reject it unless it still startsWith(base)."
    pattern-regex: '\b(?:new\s+(?:File|FileInputStream|FileOutputStream|FileReader|FileWriter)|Paths\.get|Path\.of)\([^;\n]*\brequest\.getParameter\('
    examples:
      trigger:
        - |
          File f = ↓new File(UPLOADS, request.getParameter("name"));
      pass:
        - |
          File f = new File(UPLOADS, storedName);

  - id: java-cookie-insecure-flags
    title: Cookie security flag turned off
    message: "$1(false) lets the cookie travel over HTTP or be read by scripts."
    severity: low
    confidence: high
    cwe: [614]
    owasp: ["A05:2021"]
    languages: [java]
    remediation: "Call setSecure(true) and setHttpOnly(true) on session cookies, or configure them in server.servlet.session.cookie."
    pattern-regex: '\.\K(setSecure|setHttpOnly)\(\s*false\s*\)'
    examples:
      trigger:
        - |
          cookie.↓setSecure(false);
      pass:
        - |
          cookie.setSecure(true);

  - id: java-cors-wildcard-with-credentials
    title: CORS allows any origin together with credentials
    message: "Every origin may call the API with the user's cookies; a hostile site can act as the logged-in user."
    severity: medium
    confidence: high
    cwe: [942]
    owasp: ["A05:2021"]
    languages: [java]
    remediation: "List trusted origins explicitly (allowedOrigins(\"https://app.example.com\")) when credentials are allowed."
    pattern-regex: '(?:@CrossOrigin\((?=[^)]*\borigins\s*=\s*"\*")(?=[^)]*\ballowCredentials\s*=\s*"true")|\.allowedOrigins\(\s*"\*"\s*\)(?=[^;]*\.allowCredentials\(\s*true\s*\)))'
    examples:
      trigger:
        - |
          ↓@CrossOrigin(origins = "*", allowCredentials = "true")
        - |
          registry.addMapping("/**")↓.allowedOrigins("*").allowCredentials(true);
      pass:
        - |
          registry.addMapping("/**").allowedOrigins("https://app.example.com").allowCredentials(true);

  - id: java-jwt-none-algorithm
    title: JWT accepted without a signature
    message: "$1 accepts unsigned tokens, so anyone can forge claims."
    severity: critical
    confidence: high
    cwe: [347]
    owasp: ["A02:2021"]
    languages: [java]
    remediation: "Verify tokens with a real algorithm and key (Algorithm.RSA256 / Jwts.parser().verifyWith(key)); never accept \"none\"."
    pattern-regex: '\b(Algorithm\.none\(\)|SignatureAlgorithm\.NONE|parseUnsecuredClaims|parseClaimsJwt|Jwts\.parser\(\)\.unsecured\(\))'
    examples:
      trigger:
        - |
          JWTVerifier verifier = JWT.require(↓Algorithm.none()).build();
      pass:
        - |
          JWTVerifier verifier = JWT.require(Algorithm.RSA256(publicKey, null)).build();

  - id: java-sensitive-data-logged
    title: Sensitive value written to a log
    message: "A value named like a credential ($FIELD) is logged; logs are widely readable and kept for long."
    severity: medium
    confidence: medium
    cwe: [532]
    owasp: ["A09:2021"]
    languages: [java]
    mask-strings: true
    remediation: "Log an identifier or a masked form instead; add a masking pattern to the log layout for known fields."
    pattern-regex: '\b(?:log|logger|LOG|LOGGER)\.(?:info|debug|warn|error|trace)\([^\n]*?\b(?<FIELD>(?i:password|passwd|secret|token|apiKey|creditCard|cardNumber|cvv)\w*)\b'
    examples:
      trigger:
        - |
          ↓log.info("login {} {}", user.getEmail(), password);
      pass:
        - |
          log.info("password reset requested for {}", user.getId());

  - id: java-jdbc-hardcoded-password
    title: Hard-coded database password
    message: "DriverManager.getConnection() is given a literal password ($SECRET); it ends up in the repository and the binary."
    severity: high
    confidence: high
    cwe: [798]
    owasp: ["A07:2021"]
    languages: [java]
    secret: SECRET
    remediation: "Read credentials from the environment or a secret manager (or use a container-managed DataSource), and rotate the exposed password."
    pattern-regex: '\bDriverManager\.getConnection\(\s*[^,\n]+,\s*"[^"\n]*"\s*,\s*"(?<SECRET>[^"\n]+)"'
    examples:
      trigger:
        - |
          Connection c = ↓DriverManager.getConnection(url, "app", "Tr0ub4dor-example");
      pass:
        - |
          Connection c = DriverManager.getConnection(url, "app", System.getenv("DB_PASSWORD"));

  - id: java-expression-language-injection
    title: Expression built from values evaluated
    message: "An EL/SpEL/OGNL expression is built from values; an attacker who controls part of it can run code."
    severity: high
    confidence: medium
    cwe: [917]
    owasp: ["A03:2021"]
    languages: [java]
    remediation: "Never evaluate expressions built from input; pass values as variables of a SimpleEvaluationContext instead."
    pattern-regex: '\.\K(?:parseExpression|createValueExpression|createMethodExpression|getValue)\(\s*(?:[^,()\n]+,\s*)?(?:request\.getParameter\(|"[^"\n]*"\s*\+)'
    examples:
      trigger:
        - |
          Expression exp = parser.↓parseExpression("amount * " + request.getParameter("rate"));
      pass:
        - |
          Expression exp = parser.parseExpression("amount * #rate");

  - id: java-script-engine-eval
    title: Script engine evaluates dynamic code
    message: "ScriptEngine.eval() runs code built from values; untrusted input runs with the server's privileges."
    severity: high
    confidence: medium
    cwe: [95]
    owasp: ["A03:2021"]
    languages: [java]
    remediation: "Do not evaluate user-supplied scripts; pass values as bindings to a fixed script, or use a sandboxed rule engine."
    patterns:
      - pattern-regex: '\.\Keval\(\s*(?:request\.getParameter\(|\w+\s*\+|"[^"\n]*"\s*\+)'
      - pattern-inside: '(?s)\bScriptEngine\b.*'
    examples:
      trigger:
        - |
          ScriptEngine engine = manager.getEngineByName("js");
          Object result = engine.↓eval("var x = " + request.getParameter("x"));
      pass:
        - |
          ScriptEngine engine = manager.getEngineByName("js");
          Object result = engine.eval(FIXED_SCRIPT, bindings);

  - id: java-mongo-where
    title: MongoDB $where with a built expression
    message: "$where runs JavaScript on the database; building it from strings lets callers inject code."
    severity: high
    confidence: medium
    cwe: [943]
    owasp: ["A03:2021"]
    languages: [java]
    remediation: "Use query operators (Filters.eq(\"name\", name)) instead of $where."
    pattern-regex: '\bnew\s+(?:BasicDBObject|Document)\(\s*"\$where"\s*,\s*+(?!"[^"\n]*"\s*\))'
    examples:
      trigger:
        - |
          Bson q = ↓new Document("$where", "this.name == '" + name + "'");
      pass:
        - |
          Bson q = Filters.eq("name", name);
"""#
}
