/// Built-in pattern rules for JavaScript and TypeScript (language: docs/rule-language.md).
enum JavaScriptPack {
    static let yaml = #"""
rules:
  - id: js-sql-query-concatenation
    title: SQL query built from a template or concatenation
    message: "The SQL passed to $SINK() interpolates values into its text; a crafted value can change the query."
    severity: high
    confidence: high
    cwe: [89]
    owasp: ["A03:2021"]
    languages: [javascript, typescript]
    remediation: "Use placeholders and a values array: db.query(\"SELECT * FROM users WHERE id = $1\", [id]); for Sequelize use replacements or bind."
    pattern-regex: '\.\K(?<SINK>query|execute|raw|unsafe|\$queryRawUnsafe|\$executeRawUnsafe)\(\s*(?:`\s*(?i:SELECT|INSERT|UPDATE|DELETE|WITH)\b[^`]*\$\{|(?:"(?i:SELECT|INSERT|UPDATE|DELETE|WITH)\b[^"\n]*"|''(?i:SELECT|INSERT|UPDATE|DELETE|WITH)\b[^''\n]*'')\s*\+)'
    examples:
      trigger:
        - |
          const rows = await db.↓query(`SELECT * FROM users WHERE id = ${req.params.id}`);
        - |
          conn.↓query("SELECT * FROM accounts WHERE owner = '" + owner + "'", cb);
      pass:
        - |
          const rows = await db.query("SELECT * FROM users WHERE id = $1", [req.params.id]);

  - id: js-child-process-exec-dynamic
    title: Shell command built from a variable
    message: "$FN() runs its command through the shell and the command is built from values; they can add shell syntax."
    severity: high
    confidence: medium
    cwe: [78]
    owasp: ["A03:2021"]
    languages: [javascript, typescript]
    remediation: "Use execFile()/spawn() with an argument array and no shell, and validate values that choose what runs."
    pattern-regex: '(?:\b(?:child_process|cp)\.|(?<![\w.$]))\K(?<FN>exec|execSync)\(\s*(?:`[^`\n]*\$\{|(?:"[^"\n]*"|''[^''\n]*'')\s*\+)'
    examples:
      trigger:
        - |
          ↓exec(`convert ${file} out.png`, done);
        - |
          child_process.↓execSync("git log " + branch);
      pass:
        - |
          execFile("convert", [file, "out.png"], done);
        - |
          const m = /a(b)/.exec(text);

  - id: js-spawn-with-shell
    title: Process spawned with shell enabled
    message: "spawn() with shell: true parses the command line with the shell; arguments are no longer inert."
    severity: medium
    confidence: medium
    cwe: [78]
    owasp: ["A03:2021"]
    languages: [javascript, typescript]
    remediation: "Drop shell: true and pass the program and its arguments as an array."
    pattern-regex: '\bspawn(?:Sync)?\((?=[^)\n]*\bshell\s*:\s*true\b)'
    examples:
      trigger:
        - |
          ↓spawn("zip", ["-r", name], { shell: true });
      pass:
        - |
          spawn("zip", ["-r", name], { stdio: "inherit" });

  - id: js-eval-dynamic
    title: Code evaluated from a variable
    message: "$FN() turns a string into code; if any part of it comes from a user, they run code in your process or page."
    severity: high
    confidence: medium
    cwe: [95]
    owasp: ["A03:2021"]
    languages: [javascript, typescript]
    remediation: "Parse data with JSON.parse(); replace dynamic code with a lookup of allowed functions."
    pattern-regex: '(?<![\w.$])(?:new\s+)?(?<FN>eval|Function)\(\s*+(?![\x22\x27`][^\x22\x27`\n]*[\x22\x27`]\s*\))(?=[^)\n])'
    examples:
      trigger:
        - |
          const result = ↓eval(req.body.expression);
        - |
          const fn = ↓new Function("a", body);
      pass:
        - |
          const data = JSON.parse(req.body.payload);
        - |
          const f = new Function();

  - id: js-settimeout-string
    title: Timer given code as a string
    message: "setTimeout/setInterval with a string argument evaluates it like eval()."
    severity: medium
    confidence: high
    cwe: [95]
    owasp: ["A03:2021"]
    languages: [javascript, typescript]
    remediation: "Pass a function: setTimeout(() => refresh(id), 1000)."
    pattern-regex: '\bset(?:Timeout|Interval)\(\s*(?:`|(?:"[^"\n]*"|''[^''\n]*'')\s*\+)'
    examples:
      trigger:
        - |
          ↓setTimeout("refresh(" + id + ")", 1000);
      pass:
        - |
          setTimeout(() => refresh(id), 1000);

  - id: js-unsafe-unserialize
    title: Unsafe deserialization (node-serialize)
    message: "unserialize() from node-serialize executes functions embedded in the payload (immediately-invoked function expressions)."
    severity: critical
    confidence: high
    cwe: [502]
    owasp: ["A08:2021"]
    languages: [javascript, typescript]
    remediation: "Exchange data as JSON and parse it with JSON.parse(); remove node-serialize."
    pattern-regex: '\b\w+\.\Kunserialize\('
    examples:
      trigger:
        - |
          const profile = serialize.↓unserialize(Buffer.from(req.cookies.profile, "base64").toString());
      pass:
        - |
          const profile = JSON.parse(Buffer.from(req.cookies.profile, "base64").toString());

  - id: js-inner-html-assignment
    title: HTML built from data assigned to innerHTML
    message: "A non-constant value is written to $PROP; markup in it runs as script in the page (DOM XSS)."
    severity: high
    confidence: medium
    cwe: [79]
    owasp: ["A03:2021"]
    languages: [javascript, typescript]
    remediation: "Use textContent for text, or build nodes with createElement; if HTML is required, sanitize it with DOMPurify.sanitize()."
    pattern-regex: '\.(?<PROP>innerHTML|outerHTML)\s*\+?=\s*+(?!(?:"[^"\n]*"|''[^''\n]*'')\s*;?\s*$)(?!DOMPurify\.sanitize\()'
    examples:
      trigger:
        - |
          el↓.innerHTML = "<b>" + user.name + "</b>";
      pass:
        - |
          el.innerHTML = "<b>Loading…</b>";
        - |
          el.textContent = user.name;

  - id: js-document-write
    title: document.write with dynamic content
    message: "document.write() parses its argument as HTML; values in it can inject script."
    severity: medium
    confidence: medium
    cwe: [79]
    owasp: ["A03:2021"]
    languages: [javascript, typescript]
    remediation: "Create elements with the DOM API and set textContent instead of writing HTML."
    pattern-regex: '\bdocument\.write(?:ln)?\(\s*+(?!(?:"[^"\n]*"|''[^''\n]*'')\s*\))'
    examples:
      trigger:
        - |
          ↓document.write("<p>" + location.hash + "</p>");
      pass:
        - |
          document.write("<p>static</p>");

  - id: js-react-dangerously-set-inner-html
    title: React dangerouslySetInnerHTML without sanitizing
    message: "dangerouslySetInnerHTML renders raw HTML; unless the value is sanitized, it is an XSS sink."
    severity: medium
    confidence: medium
    cwe: [79]
    owasp: ["A03:2021"]
    languages: [javascript, typescript]
    remediation: "Render text as children ({text}); when HTML is needed pass DOMPurify.sanitize(html)."
    pattern-regex: '\bdangerouslySetInnerHTML\s*=\s*\{\s*\{\s*__html\s*:\s*+(?!DOMPurify\.sanitize\(|sanitize\w*\()'
    examples:
      trigger:
        - code: |
            return <div ↓dangerouslySetInnerHTML={{ __html: comment.body }} />;
          path: Comment.jsx
      pass:
        - code: |
            return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.body) }} />;
          path: Comment.jsx

  - id: js-insecure-random-token
    title: Security value from Math.random
    message: "Math.random() is predictable; tokens, passwords or IDs derived from it can be guessed."
    severity: medium
    confidence: medium
    cwe: [338]
    owasp: ["A02:2021"]
    languages: [javascript, typescript]
    remediation: "Use crypto.randomBytes(32).toString(\"hex\"), crypto.randomUUID() or crypto.getRandomValues()."
    pattern-regex: '(?i)(?:token|secret|passw(?:or)?d|otp|nonce|salt|session_?id|api_?key)\w*\s*[=:]\s*[^\n;]*?\K\bMath\.random\(\)'
    examples:
      trigger:
        - |
          const resetToken = ↓Math.random().toString(36).slice(2);
      pass:
        - |
          const resetToken = crypto.randomBytes(32).toString("hex");
        - |
          const jitter = Math.random() * 100;

  - id: js-tls-verification-disabled
    title: TLS certificate verification turned off
    message: "Certificate checks are disabled; anyone on the network path can impersonate the server."
    severity: high
    confidence: high
    cwe: [295]
    owasp: ["A02:2021"]
    languages: [javascript, typescript]
    remediation: "Remove rejectUnauthorized: false / NODE_TLS_REJECT_UNAUTHORIZED=0; trust a private CA with the ca option instead."
    pattern-regex: '\b(?:rejectUnauthorized\s*:\s*false\b|NODE_TLS_REJECT_UNAUTHORIZED\W+\s*=\s*["'']?0)'
    examples:
      trigger:
        - |
          const agent = new https.Agent({ ↓rejectUnauthorized: false });
        - |
          process.env.↓NODE_TLS_REJECT_UNAUTHORIZED = "0";
      pass:
        - |
          const agent = new https.Agent({ ca: fs.readFileSync("corp-ca.pem") });

  - id: js-jwt-none-algorithm
    title: JWT accepted with the none algorithm
    message: "Allowing the \"none\" algorithm accepts unsigned tokens, so anyone can forge claims."
    severity: critical
    confidence: high
    cwe: [347]
    owasp: ["A02:2021"]
    languages: [javascript, typescript]
    remediation: "Verify with a fixed list of real algorithms: jwt.verify(token, key, { algorithms: [\"RS256\"] })."
    pattern-regex: '\balgorithms?\s*:\s*\[?[^\]\n]*?\K["''](?i:none)["'']'
    examples:
      trigger:
        - |
          jwt.verify(token, key, { algorithms: ["HS256", ↓"none"] });
      pass:
        - |
          jwt.verify(token, key, { algorithms: ["RS256"] });

  - id: js-jwt-decode-without-verify
    title: JWT claims read without verification
    message: "jwt.decode() does not check the signature; claims read this way can be forged."
    severity: medium
    confidence: low
    cwe: [347]
    owasp: ["A02:2021"]
    languages: [javascript, typescript]
    remediation: "Use jwt.verify(token, key, { algorithms: [...] }) before trusting any claim."
    patterns:
      - pattern-regex: '\bjwt\.decode\('
      - pattern-not-inside: '(?s)\bjwt\.verify\(.*'
    examples:
      trigger:
        - |
          const user = ↓jwt.decode(req.headers.authorization).sub;
      pass:
        - |
          jwt.verify(token, key, { algorithms: ["RS256"] });
          const header = jwt.decode(token, { complete: true }).header;

  - id: js-weak-hash
    title: MD5 or SHA-1 used for hashing
    message: "createHash(\"$ALG\") uses a broken hash; do not rely on it for passwords, signatures or integrity."
    severity: medium
    confidence: medium
    cwe: [328]
    owasp: ["A02:2021"]
    languages: [javascript, typescript]
    remediation: "Use sha256 or better for integrity, HMAC-SHA-256 for signatures, and bcrypt/argon2/scrypt for passwords."
    pattern-regex: '\bcreateHash\(\s*["''](?<ALG>(?i:md5|md4|sha1|sha-1))["'']'
    examples:
      trigger:
        - |
          const digest = crypto.↓createHash("md5").update(password).digest("hex");
      pass:
        - |
          const digest = crypto.createHash("sha256").update(body).digest("hex");

  - id: js-weak-cipher
    title: Broken cipher or ECB mode
    message: "The cipher \"$ALG\" is broken or leaks patterns (ECB); encrypted data can be recovered or analysed."
    severity: high
    confidence: high
    cwe: [327]
    owasp: ["A02:2021"]
    languages: [javascript, typescript]
    remediation: "Use aes-256-gcm with a random 12-byte IV per message (crypto.createCipheriv(\"aes-256-gcm\", key, iv))."
    pattern-regex: '\bcreateCipher(?:iv)?\(\s*["''](?<ALG>(?i:des|des-ede3?|des3|rc4|rc2|bf|blowfish|idea|cast)(?:-[\w-]*)?|[\w-]+-ecb)["'']'
    examples:
      trigger:
        - |
          const c = crypto.↓createCipheriv("des-ede3-cbc", key, iv);
        - |
          const c = crypto.↓createCipheriv("aes-128-ecb", key, null);
      pass:
        - |
          const c = crypto.createCipheriv("aes-256-gcm", key, iv);

  - id: js-static-iv
    title: Constant initialization vector
    message: "The IV passed to createCipheriv() is a constant; identical messages encrypt identically, and GCM loses its security."
    severity: medium
    confidence: medium
    cwe: [329]
    owasp: ["A02:2021"]
    languages: [javascript, typescript]
    remediation: "Generate a fresh IV per message with crypto.randomBytes(12) (GCM) or 16 (CBC) and send it with the ciphertext."
    pattern-regex: '\bcreateCipheriv\([^,\n]+,[^,\n]+,\s*\K(?:Buffer\.from\(\s*["'']|["''])'
    examples:
      trigger:
        - |
          const c = crypto.createCipheriv("aes-256-cbc", key, ↓Buffer.from("0000000000000000"));
      pass:
        - |
          const c = crypto.createCipheriv("aes-256-gcm", key, crypto.randomBytes(12));

  - id: js-hardcoded-jwt-secret
    title: Hard-coded JWT signing secret
    message: "The JWT key is a literal ($SECRET); anyone with the source can mint valid tokens."
    severity: high
    confidence: high
    cwe: [798]
    owasp: ["A07:2021"]
    languages: [javascript, typescript]
    secret: SECRET
    remediation: "Read the key from the environment or a secret manager (process.env.JWT_SECRET) and rotate the exposed one."
    pattern-regex: '\bjwt\.(?:sign|verify)\([^,\n]+,\s*\K["''](?<SECRET>[^"''\n]{6,})["'']'
    examples:
      trigger:
        - |
          const token = jwt.sign({ sub: user.id }, ↓"not-a-real-jwt-secret", { expiresIn: "1h" });
      pass:
        - |
          const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: "1h" });

  - id: js-open-redirect
    title: Redirect to a URL from the request
    message: "res.redirect() goes to a location taken from the request; attackers can bounce users to phishing pages."
    severity: medium
    confidence: medium
    cwe: [601]
    owasp: ["A01:2021"]
    languages: [javascript, typescript]
    remediation: "Redirect only to relative paths you build, or check the target's host against an allow-list."
    pattern-regex: '\bres\.redirect\(\s*(?:\d+\s*,\s*)?req\.(?:query|params|body|headers)\b'
    examples:
      trigger:
        - |
          ↓res.redirect(req.query.returnTo);
      pass:
        - |
          res.redirect("/dashboard");

  - id: js-ssrf-request-url
    title: Outbound request to a URL from the request
    message: "The server fetches a URL supplied by the caller; it can be aimed at internal services or cloud metadata (SSRF)."
    severity: high
    confidence: medium
    cwe: [918]
    owasp: ["A10:2021"]
    languages: [javascript, typescript]
    remediation: "Allow-list target hosts, resolve and reject private and link-local addresses, and disable redirects."
    pattern-regex: '\b(?:axios(?:\.(?:get|post|put|delete|head|request))?|fetch|got|needle|superagent\.get|https?\.get|request(?:\.get)?)\(\s*req\.(?:query|params|body)\b'
    examples:
      trigger:
        - |
          const resp = await ↓fetch(req.query.url);
      pass:
        - |
          const resp = await fetch(`${RATES_API}/latest`);

  - id: js-path-traversal-request
    title: File path taken from the request
    message: "A file operation uses a path from the request; ../ sequences reach files outside the intended folder."
    severity: high
    confidence: medium
    cwe: [22]
    owasp: ["A01:2021"]
    languages: [javascript, typescript]
    remediation: "Resolve the path with path.resolve(base, name) and reject it unless it starts with base + path.sep; prefer res.sendFile(name, { root: base })."
    pattern-regex: '\b(?:fs\.(?:readFile|readFileSync|createReadStream|writeFile|writeFileSync|unlink|unlinkSync|createWriteStream)|res\.sendFile|res\.download)\(\s*(?:path\.(?:join|resolve)\([^)\n]*)?req\.(?:query|params|body)\b'
    examples:
      trigger:
        - |
          ↓fs.readFile(path.join(UPLOADS, req.params.name), send);
      pass:
        - |
          res.sendFile(safeName(req.params.name), { root: UPLOADS });

  - id: js-nosql-request-object
    title: Database query built straight from request data
    message: "A request object is used as a MongoDB filter; a caller can send operators such as {\"$ne\": null} and bypass checks."
    severity: high
    confidence: medium
    cwe: [943]
    owasp: ["A03:2021"]
    languages: [javascript, typescript]
    remediation: "Build the filter from validated scalar fields ({ name: String(req.body.name) }) or enable mongo-sanitize / sanitizeFilter."
    pattern-regex: '\.\K(?:find|findOne|findOneAndUpdate|updateOne|updateMany|deleteOne|deleteMany|countDocuments)\(\s*req\.(?:body|query|params)\s*[,)]'
    examples:
      trigger:
        - |
          const user = await User.↓findOne(req.body);
      pass:
        - |
          const user = await User.findOne({ name: String(req.body.name) });

  - id: js-nosql-where
    title: MongoDB $where with a built expression
    message: "$where runs JavaScript in the database; building it from strings lets callers inject code."
    severity: high
    confidence: medium
    cwe: [943]
    owasp: ["A03:2021"]
    languages: [javascript, typescript]
    remediation: "Use query operators instead of $where and pass values as data."
    pattern-regex: '["'']?\$where["'']?\s*:\s*(?:`[^`\n]*\$\{|(?:"[^"\n]*"|''[^''\n]*'')\s*\+)'
    examples:
      trigger:
        - |
          db.users.find({ ↓$where: "this.name == '" + name + "'" });
      pass:
        - |
          db.users.find({ name: name });

  - id: js-cors-wildcard-with-credentials
    title: CORS allows any origin together with credentials
    message: "Every origin may call the API with the user's cookies; a hostile site can act as the logged-in user."
    severity: medium
    confidence: high
    cwe: [942]
    owasp: ["A05:2021"]
    languages: [javascript, typescript]
    remediation: "Set origin to an explicit list of trusted origins when credentials: true."
    pattern-regex: '\bcors\(\s*\{(?=[^}]*\borigin\s*:\s*(?:["'']\*["'']|true\b))(?=[^}]*\bcredentials\s*:\s*true\b)'
    examples:
      trigger:
        - |
          app.use(↓cors({ origin: "*", credentials: true }));
      pass:
        - |
          app.use(cors({ origin: ["https://app.example.com"], credentials: true }));

  - id: js-cookie-without-secure
    title: Cookie set without the Secure flag
    message: "res.cookie() without secure: true lets the cookie travel over plain HTTP."
    severity: low
    confidence: medium
    cwe: [614]
    owasp: ["A05:2021"]
    languages: [javascript, typescript]
    remediation: "Pass { secure: true, httpOnly: true, sameSite: \"lax\" } to res.cookie()."
    pattern-regex: '\bres\.cookie\((?![^;]*\bsecure\s*:\s*true)'
    examples:
      trigger:
        - |
          ↓res.cookie("sid", sid, { httpOnly: true });
      pass:
        - |
          res.cookie("sid", sid, { httpOnly: true, secure: true, sameSite: "lax" });

  - id: js-sensitive-data-logged
    title: Sensitive value written to a log
    message: "A value named like a credential ($FIELD) is logged; logs are widely readable and kept for long."
    severity: medium
    confidence: medium
    cwe: [532]
    owasp: ["A09:2021"]
    languages: [javascript, typescript]
    mask-strings: true
    remediation: "Log an identifier or a masked form instead; configure the logger's redact paths (pino redact, winston format) for known fields."
    pattern-regex: '\b(?:console|logger|log)\.(?:log|info|debug|warn|error|trace)\([^\n]*?\b(?<FIELD>(?i:password|passwd|secret|token|apiKey|api_key|creditCard|cardNumber|cvv))\b'
    examples:
      trigger:
        - |
          ↓console.log("login", user.email, user.password);
      pass:
        - |
          console.log("password reset requested for", user.id);

  - id: js-weak-tls-version
    title: Obsolete SSL/TLS protocol version
    message: "The TLS options allow $1, a version with known attacks."
    severity: medium
    confidence: high
    cwe: [326]
    owasp: ["A02:2021"]
    languages: [javascript, typescript]
    remediation: "Set minVersion: \"TLSv1.2\" (or newer) and remove secureProtocol overrides."
    pattern-regex: '\b(?:secureProtocol|minVersion)\s*:\s*["''](SSLv3_method|TLSv1_method|TLSv1_1_method|TLSv1|TLSv1\.1|SSLv3)["'']'
    examples:
      trigger:
        - |
          const server = https.createServer({ ↓minVersion: "TLSv1", key, cert });
      pass:
        - |
          const server = https.createServer({ minVersion: "TLSv1.2", key, cert });

  - id: js-connection-string-password
    title: Password embedded in a connection URL
    message: "The connection URL carries a literal password ($SECRET); it ends up in the repository and in logs."
    severity: high
    confidence: medium
    cwe: [798]
    owasp: ["A07:2021"]
    languages: [javascript, typescript]
    secret: SECRET
    remediation: "Read the URL or the password from the environment or a secret manager, and rotate the exposed password."
    pattern-regex: '(?i)\b(?:postgres(?:ql)?|mysql|mariadb|mssql|mongodb(?:\+srv)?|redis|amqp)://[^:/\s"''`@]+:(?<SECRET>[^@\s"''`/${}%]{3,})@'
    examples:
      trigger:
        - |
          const pool = new Pool({ connectionString: "↓postgres://app:Tr0ub4dor-example@db.internal/bank" });
      pass:
        - |
          const pool = new Pool({ connectionString: `postgres://app:${process.env.DB_PASSWORD}@db.internal/bank` });

  - id: js-ldap-filter-injection
    title: LDAP filter built from a template or concatenation
    message: "The LDAP search filter interpolates values; characters such as * ( ) change what it matches."
    severity: high
    confidence: medium
    cwe: [90]
    owasp: ["A03:2021"]
    languages: [javascript, typescript]
    remediation: "Escape values with ldapjs' EqualityFilter / ldap-escape (filter`(uid=${escape(user)})`) instead of raw interpolation."
    pattern-regex: '\bfilter\s*:\s*(?:`\([^`\n]*\$\{(?!\s*(?:ldapEscape|escape)\w*\()|["'']\([^"''\n]*["'']\s*\+)'
    examples:
      trigger:
        - |
          client.search(BASE, { ↓filter: `(uid=${username})`, scope: "sub" }, cb);
      pass:
        - |
          client.search(BASE, { filter: new EqualityFilter({ attribute: "uid", value: username }), scope: "sub" }, cb);

  - id: js-xpath-injection
    title: XPath expression built from a template or concatenation
    message: "The XPath query interpolates values; a quote in a value rewrites the query."
    severity: high
    confidence: medium
    cwe: [643]
    owasp: ["A03:2021"]
    languages: [javascript, typescript]
    remediation: "Use a parameterised API (xpath.parse(expr).select({ node, variables: { name } })) instead of building the expression."
    pattern-regex: '\b(?:xpath\.(?:select1?|evaluate)|document\.evaluate)\(\s*(?:`[^`\n]*\$\{|(?:"[^"\n]*"|''[^''\n]*'')\s*\+)'
    examples:
      trigger:
        - |
          const nodes = ↓xpath.select(`//user[@name='${name}']`, doc);
      pass:
        - |
          const nodes = xpath.parse("//user[@name=$name]").select({ node: doc, variables: { name } });

  - id: js-template-injection
    title: Template compiled from dynamic text
    message: "A template engine compiles text built from values; user text in it can run code on the server."
    severity: high
    confidence: medium
    cwe: [1336]
    owasp: ["A03:2021"]
    languages: [javascript, typescript]
    remediation: "Keep templates as files or constants and pass user input only as render data."
    pattern-regex: '\b(?:ejs\.render|pug\.(?:render|compile)|Handlebars\.compile|nunjucks\.renderString|_\.template|doT\.template)\(\s*(?:req\.|`[^`\n]*\$\{|(?:"[^"\n]*"|''[^''\n]*'')\s*\+)'
    examples:
      trigger:
        - |
          res.send(↓pug.render("p Hello " + req.query.name));
      pass:
        - |
          res.send(pug.renderFile("hello.pug", { name: req.query.name }));
"""#
}
