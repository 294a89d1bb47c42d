/// Built-in pattern rules for Python (the language is documented in docs/rule-language.md).
enum PythonPack {
    static let yaml = #"""
rules:
  - id: python-sql-query-formatting
    title: SQL query built with string formatting
    message: "The SQL passed to $SINK() is assembled from a formatted string; a crafted value can change the query."
    severity: high
    confidence: high
    cwe: [89]
    owasp: ["A03:2021"]
    languages: [python]
    remediation: 'Pass values as bound parameters: cursor.execute("SELECT * FROM t WHERE id = %s", (user_id,)); never format them into the SQL text.'
    references: ["https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html"]
    patterns:
      - pattern-either:
          - pattern-regex: '\.\K(?<SINK>execute|executemany|executescript|raw)\(\s*f["'']'
          - pattern-regex: '\.\K(?<SINK>execute|executemany|executescript|raw)\(\s*(?:"[^"\n]*"|''[^''\n]*'')\s*(?:%|\.format\(|\+)'
    examples:
      trigger:
        - |
          cur.↓execute("SELECT * FROM users WHERE name = '%s'" % name)
        - |
          rows = Order.objects.↓raw(f"SELECT * FROM orders WHERE id = {order_id}")
      pass:
        - |
          cur.execute("SELECT * FROM users WHERE name = %s", (name,))
        - |
          # cur.execute("SELECT * FROM users WHERE name = '%s'" % name)

  - id: python-sql-string-built-in-variable
    title: SQL statement assembled in a variable
    message: "An SQL statement is built by formatting or concatenation before it is run; values inside it are not escaped."
    severity: high
    confidence: medium
    cwe: [89]
    owasp: ["A03:2021"]
    languages: [python]
    remediation: "Keep the SQL text constant with %s or :name placeholders and pass the values separately to execute(); for dynamic identifiers use an allow-list."
    pattern-regex: '\b\w+\s*=\s*\K(?:f"(?i:SELECT|INSERT|UPDATE|DELETE)\b[^"\n]*\{|f''(?i:SELECT|INSERT|UPDATE|DELETE)\b[^''\n]*\{|(?:"(?i:SELECT|INSERT|UPDATE|DELETE)\b[^"\n]*"|''(?i:SELECT|INSERT|UPDATE|DELETE)\b[^''\n]*'')\s*(?:%\s*[\w(]|\.format\(|\+\s*\w))'
    examples:
      trigger:
        - |
          query = ↓"DELETE FROM sessions WHERE user = '" + user_id + "'"
        - |
          sql = ↓f"SELECT * FROM accounts WHERE iban = '{iban}'"
      pass:
        - |
          sql = "SELECT * FROM accounts WHERE iban = %s"
        - |
          title = f"Selected {count} accounts"

  - id: python-subprocess-shell-true
    title: Subprocess started through the shell
    message: "$1() runs its command through /bin/sh (shell=True); any value placed in the command can add shell syntax."
    severity: high
    confidence: medium
    cwe: [78]
    owasp: ["A03:2021"]
    languages: [python]
    remediation: "Pass the command as a list of arguments without shell=True, e.g. subprocess.run([\"convert\", path, out], check=True); validate values that select what runs."
    pattern-regex: '\bsubprocess\.(call|run|Popen|check_call|check_output|getoutput|getstatusoutput)\((?=[^)\n]*\bshell\s*=\s*True)'
    examples:
      trigger:
        - |
          ↓subprocess.run("tar xzf " + archive, shell=True)
      pass:
        - |
          subprocess.run(["tar", "xzf", archive], check=True)

  - id: python-os-system-dynamic
    title: Shell command built from a variable
    message: "os.$1() hands a non-constant string to the shell; a crafted value can run extra commands."
    severity: high
    confidence: medium
    cwe: [78]
    owasp: ["A03:2021"]
    languages: [python]
    remediation: "Use subprocess.run() with an argument list instead of os.system/os.popen, or quote each value with shlex.quote()."
    pattern-regex: '\bos\.(system|popen)\(\s*+(?!(?:"[^"\n]*"|''[^''\n]*'')\s*\))'
    examples:
      trigger:
        - |
          ↓os.system("ping -c 1 " + host)
      pass:
        - |
          os.system("clear")

  - id: python-eval-dynamic
    title: Code evaluated from a variable
    message: "$FN() executes a string as Python code; if any part of it comes from outside, an attacker runs code in the service."
    severity: high
    confidence: medium
    cwe: [95]
    owasp: ["A03:2021"]
    languages: [python]
    remediation: "Parse data with json.loads() or ast.literal_eval(); map allowed operations to functions instead of evaluating text."
    pattern-regex: '(?<![\w.])(?<FN>eval|exec)\(\s*+(?!(?:"[^"\n]*"|''[^''\n]*'')\s*\))'
    examples:
      trigger:
        - |
          result = ↓eval(request.args["expr"])
      pass:
        - |
          value = ast.literal_eval(text)
        - |
          model.eval()

  - id: python-pickle-load
    title: Unsafe deserialization with pickle
    message: "$1.$2() rebuilds arbitrary objects; unpickling data an attacker can influence runs their code."
    severity: high
    confidence: medium
    cwe: [502]
    owasp: ["A08:2021"]
    languages: [python]
    remediation: "Exchange data as JSON (json.loads) or another data-only format; if pickle is unavoidable, sign the payload with HMAC and verify before loading."
    pattern-regex: '\b(pickle|cPickle|_pickle|dill|shelve|jsonpickle)\.(loads?|Unpickler|open|decode)\('
    examples:
      trigger:
        - |
          session = ↓pickle.loads(base64.b64decode(cookie))
      pass:
        - |
          session = json.loads(base64.b64decode(cookie))

  - id: python-yaml-unsafe-load
    title: YAML loaded with a loader that builds objects
    message: "yaml.$1() without SafeLoader can construct arbitrary Python objects from the document."
    severity: high
    confidence: high
    cwe: [502]
    owasp: ["A08:2021"]
    languages: [python]
    remediation: "Use yaml.safe_load(), or pass Loader=yaml.SafeLoader."
    patterns:
      - pattern-regex: '\byaml\.(load|load_all|unsafe_load|full_load|unsafe_load_all)\('
      - pattern-not-regex: '\byaml\.load(?:_all)?\([^\n]*Loader\s*=\s*(?:yaml\.)?C?(?:SafeLoader|BaseLoader)'
    examples:
      trigger:
        - |
          config = ↓yaml.load(request.data)
        - |
          config = ↓yaml.unsafe_load(stream)
      pass:
        - |
          config = yaml.load(stream, Loader=yaml.SafeLoader)
        - |
          config = yaml.safe_load(stream)

  - id: python-flask-render-template-string
    title: Template rendered from a dynamic string
    message: "render_template_string() receives a built string; user text in it is evaluated as Jinja2 (server-side template injection)."
    severity: high
    confidence: medium
    cwe: [1336]
    owasp: ["A03:2021"]
    languages: [python]
    remediation: "Keep templates in files and pass user values as context variables: render_template(\"page.html\", name=name)."
    pattern-regex: '\brender_template_string\(\s*+(?!(?:"[^"\n]*"|''[^''\n]*'')\s*[,)])'
    examples:
      trigger:
        - |
          return ↓render_template_string("<h1>Hello " + name + "</h1>")
      pass:
        - |
          return render_template_string("<h1>Hello {{ name }}</h1>", name=name)

  - id: python-jinja2-template-from-string
    title: Jinja2 template compiled from a dynamic string
    message: "A Jinja2 template is compiled from a non-constant string; if users shape it they can run code on the server."
    severity: high
    confidence: medium
    cwe: [1336]
    owasp: ["A03:2021"]
    languages: [python]
    remediation: "Load templates from a fixed loader (FileSystemLoader/PackageLoader) and pass user data only as render() variables; use SandboxedEnvironment for user-authored templates."
    pattern-regex: '(?:\bjinja2\.Template|\.from_string)\(\s*+(?!(?:"[^"\n]*"|''[^''\n]*'')\s*\))'
    examples:
      trigger:
        - |
          html = ↓jinja2.Template(body)
          page = env↓.from_string(request.form["template"])
      pass:
        - |
          page = env.from_string("Hello {{ name }}")

  - id: python-jinja2-autoescape-disabled
    title: Jinja2 environment without HTML escaping
    message: "Jinja2 is configured with autoescape=False; variables rendered into HTML are not escaped (cross-site scripting)."
    severity: medium
    confidence: high
    cwe: [79]
    owasp: ["A03:2021"]
    languages: [python]
    remediation: "Create the environment with autoescape=select_autoescape([\"html\", \"xml\"]) or autoescape=True."
    pattern-regex: '\bEnvironment\((?=[^\n]*\bautoescape\s*=\s*False\b)'
    examples:
      trigger:
        - |
          env = ↓Environment(loader=FileSystemLoader("templates"), autoescape=False)
      pass:
        - |
          env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())

  - id: python-weak-hash
    title: MD5 or SHA-1 used for hashing
    message: "hashlib.$1 is broken for collision resistance; do not use it for passwords, signatures or integrity checks."
    severity: medium
    confidence: medium
    cwe: [328]
    owasp: ["A02:2021"]
    languages: [python]
    remediation: "Use hashlib.sha256() or better for integrity, hmac with SHA-256 for signatures, and argon2/bcrypt/scrypt (or hashlib.pbkdf2_hmac) for passwords. Pass usedforsecurity=False for non-security checksums."
    patterns:
      - pattern-regex: '\bhashlib\.(md5|sha1|new\(\s*["''](?i:md5|sha1)["''])'
      - pattern-not-regex: '\bhashlib\.\w+\([^\n]*usedforsecurity\s*=\s*False'
    examples:
      trigger:
        - |
          digest = ↓hashlib.md5(password.encode()).hexdigest()
      pass:
        - |
          digest = hashlib.sha256(payload).hexdigest()
        - |
          etag = hashlib.md5(body, usedforsecurity=False).hexdigest()

  - id: python-weak-cipher
    title: Broken block or stream cipher
    message: "$1 is a broken or retired cipher; data encrypted with it can be recovered."
    severity: high
    confidence: high
    cwe: [327]
    owasp: ["A02:2021"]
    languages: [python]
    remediation: "Use AES-GCM or ChaCha20-Poly1305 (cryptography's AESGCM / ChaCha20Poly1305)."
    pattern-regex: '\b(?|(DES3?|ARC4|ARC2|Blowfish|CAST)\.new\(|algorithms\.(TripleDES|ARC4|Blowfish|IDEA|CAST5)\()'
    examples:
      trigger:
        - |
          cipher = ↓DES3.new(key, DES3.MODE_CBC, iv)
      pass:
        - |
          cipher = AES.new(key, AES.MODE_GCM)

  - id: python-cipher-ecb-mode
    title: Block cipher in ECB mode
    message: "ECB mode encrypts equal blocks to equal ciphertext, so patterns in the data stay visible."
    severity: medium
    confidence: high
    cwe: [327]
    owasp: ["A02:2021"]
    languages: [python]
    remediation: "Use an authenticated mode: AES.new(key, AES.MODE_GCM) or cryptography's AESGCM."
    pattern-regex: '\b(?:AES\.MODE_ECB|modes\.ECB\()'
    examples:
      trigger:
        - |
          cipher = AES.new(key, ↓AES.MODE_ECB)
      pass:
        - |
          cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)

  - id: python-static-iv
    title: Constant initialization vector or nonce
    message: "A constant IV/nonce makes encryption deterministic (and breaks GCM/CTR entirely when a key is reused)."
    severity: medium
    confidence: medium
    cwe: [329]
    owasp: ["A02:2021"]
    languages: [python]
    remediation: "Generate a fresh IV or nonce for every message with os.urandom(16) (12 bytes for GCM) and store it beside the ciphertext."
    pattern-regex: '(?i)\b(?:iv|nonce|init_vector)\s*=\s*\Kb["''][^"''\n]+["'']'
    examples:
      trigger:
        - |
          iv = ↓b"0000000000000000"
      pass:
        - |
          iv = os.urandom(16)

  - id: python-insecure-random-token
    title: Security value from a non-cryptographic random generator
    message: "random.$1() is predictable (Mersenne Twister); tokens, passwords or nonces made with it can be guessed."
    severity: medium
    confidence: medium
    cwe: [338]
    owasp: ["A02:2021"]
    languages: [python]
    remediation: "Use the secrets module: secrets.token_urlsafe(32), secrets.token_hex(), secrets.choice()."
    pattern-regex: '(?i)(?:token|secret|passw(?:or)?d|otp|nonce|salt|session_?id|api_?key|reset_code)\w*\s*=\s*[^\n]*?\K\brandom\.(random|randint|choice|choices|getrandbits|randrange|sample)\('
    examples:
      trigger:
        - |
          reset_token = "".join(↓random.choice(alphabet) for _ in range(20))
      pass:
        - |
          reset_token = secrets.token_urlsafe(32)
        - |
          delay = random.uniform(0.5, 1.5)

  - id: python-tls-verification-disabled
    title: TLS certificate verification turned off
    message: "verify=False accepts any certificate, so anyone on the network path can read and alter the traffic."
    severity: high
    confidence: high
    cwe: [295]
    owasp: ["A02:2021"]
    languages: [python]
    remediation: "Remove verify=False; for a private CA pass verify=\"/path/to/ca-bundle.pem\"."
    pattern-regex: '\bverify\s*=\s*False\b'
    examples:
      trigger:
        - |
          requests.get(url, ↓verify=False, timeout=5)
      pass:
        - |
          requests.get(url, verify="/etc/ssl/corp-ca.pem", timeout=5)

  - id: python-ssl-unverified-context
    title: SSL context that skips certificate checks
    message: "The SSL context does not verify certificates or host names; connections can be intercepted."
    severity: high
    confidence: high
    cwe: [295]
    owasp: ["A02:2021"]
    languages: [python]
    remediation: "Use ssl.create_default_context() and keep check_hostname=True and verify_mode=ssl.CERT_REQUIRED."
    pattern-regex: '\b(?:ssl\._create_unverified_context\(|ssl\.CERT_NONE\b|check_hostname\s*=\s*False\b)'
    examples:
      trigger:
        - |
          ctx = ↓ssl._create_unverified_context()
        - |
          ctx.verify_mode = ↓ssl.CERT_NONE
      pass:
        - |
          ctx = ssl.create_default_context()

  - id: python-weak-tls-version
    title: Obsolete SSL/TLS protocol version
    message: "$1 selects a protocol version with known attacks (POODLE, BEAST); it is disabled by current clients."
    severity: medium
    confidence: high
    cwe: [326]
    owasp: ["A02:2021"]
    languages: [python]
    remediation: "Use ssl.PROTOCOL_TLS_CLIENT / PROTOCOL_TLS_SERVER and set minimum_version = ssl.TLSVersion.TLSv1_2."
    pattern-regex: '\b(ssl\.PROTOCOL_(?:SSLv2|SSLv23|SSLv3|TLSv1|TLSv1_1)|TLSVersion\.(?:SSLv3|TLSv1|TLSv1_1))\b'
    examples:
      trigger:
        - |
          ctx = ssl.SSLContext(↓ssl.PROTOCOL_TLSv1)
      pass:
        - |
          ctx.minimum_version = ssl.TLSVersion.TLSv1_2

  - id: python-hardcoded-crypto-key
    title: Hard-coded secret key
    message: "$NAME is set to a literal ($SECRET); anyone with the source can forge sessions or decrypt data."
    severity: high
    confidence: medium
    cwe: [321]
    owasp: ["A02:2021"]
    languages: [python]
    secret: SECRET
    remediation: "Load the key at runtime from the environment or a secret manager (os.environ[\"SECRET_KEY\"]), and rotate the exposed one."
    pattern-regex: '(?i)\b(?<NAME>secret_key|signing_key|encryption_key|aes_key|hmac_key|jwt_secret(?:_key)?)\s*=\s*["''](?<SECRET>[^"''\s]{8,})["'']'
    examples:
      trigger:
        - |
          ↓SECRET_KEY = "not-a-real-key-but-long"
      pass:
        - |
          SECRET_KEY = os.environ["SECRET_KEY"]

  - id: python-flask-debug-enabled
    title: Flask started with the debugger on
    message: "app.run(debug=True) exposes the Werkzeug debugger, which runs arbitrary Python for anyone who reaches it."
    severity: high
    confidence: high
    cwe: [489]
    owasp: ["A05:2021"]
    languages: [python]
    remediation: "Drive debug mode from configuration that is off in production (FLASK_DEBUG unset), and serve production with gunicorn/uwsgi."
    pattern-regex: '\.run\([^)\n]*\K\bdebug\s*=\s*True\b'
    examples:
      trigger:
        - |
          app.run(host="0.0.0.0", ↓debug=True)
      pass:
        - |
          app.run(host="0.0.0.0", debug=os.environ.get("FLASK_DEBUG") == "1")

  - id: python-django-debug-enabled
    title: Django settings with DEBUG on
    message: "DEBUG = True in a settings module shows stack traces, settings and SQL to visitors."
    severity: medium
    confidence: medium
    cwe: [489]
    owasp: ["A05:2021"]
    languages: [python]
    paths:
      include: ["settings.py", "settings_*.py", "**/settings/*.py"]
    remediation: "Read DEBUG from the environment (DEBUG = os.environ.get(\"DJANGO_DEBUG\") == \"1\") so production runs with DEBUG = False."
    pattern-regex: '^DEBUG\s*=\s*True\b'
    examples:
      trigger:
        - code: |
            ↓DEBUG = True
          path: shop/settings.py
      pass:
        - code: |
            DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
          path: shop/settings.py
        - code: |
            DEBUG = True
          path: tests/test_views.py

  - id: python-sensitive-data-logged
    title: Sensitive value written to a log
    message: "A value named like a credential ($FIELD) is passed to a log call; logs are widely readable and long-lived."
    severity: medium
    confidence: medium
    cwe: [532]
    owasp: ["A09:2021"]
    languages: [python]
    mask-strings: true
    remediation: "Log an identifier or a masked form instead (e.g. the last 4 characters), or drop the value; add a logging filter that redacts known fields."
    pattern-regex: '\b(?:logging|logger|log|LOGGER|LOG)\.(?:debug|info|warning|warn|error|critical|exception)\([^\n]*?\b(?<FIELD>(?i:password|passwd|secret|token|api_key|apikey|credit_card|card_number|cvv|pin))\b'
    examples:
      trigger:
        - |
          ↓logger.info("login %s %s", user, password)
      pass:
        - |
          logger.info("password reset requested for %s", user.id)

  - id: python-path-traversal-request
    title: File path taken from the request
    message: "$1() opens a path built from request data; ../ sequences let a caller read or overwrite other files."
    severity: high
    confidence: medium
    cwe: [22]
    owasp: ["A01:2021"]
    languages: [python]
    remediation: "Resolve the path under a fixed base directory and reject it if it escapes (os.path.realpath + commonpath check), or use werkzeug.utils.safe_join / send_from_directory with a vetted name."
    pattern-regex: '(?<![\w.])(open|send_file|os\.remove|os\.unlink|shutil\.rmtree|io\.open)\([^)\n]*\brequest\.(?:args|form|values|files|GET|POST|query_params|path_params)\b'
    examples:
      trigger:
        - |
          with ↓open(os.path.join(UPLOADS, request.args["name"])) as f:
      pass:
        - |
          with open(os.path.join(UPLOADS, secure_filename(name))) as f:

  - id: python-open-redirect
    title: Redirect to a URL from the request
    message: "The redirect target comes from the request; attackers can send users to a look-alike site from your domain."
    severity: medium
    confidence: medium
    cwe: [601]
    owasp: ["A01:2021"]
    languages: [python]
    remediation: "Redirect only to relative paths or to hosts on an allow-list (django.utils.http.url_has_allowed_host_and_scheme)."
    pattern-regex: '\b(?:redirect|HttpResponseRedirect|RedirectResponse)\(\s*request\.(?:args|form|values|GET|POST|query_params)\b'
    examples:
      trigger:
        - |
          return ↓redirect(request.args.get("next"))
      pass:
        - |
          return redirect(url_for("home"))

  - id: python-ssrf-request-url
    title: Outbound request to a URL from the request
    message: "The server fetches a URL the caller supplies; it can be pointed at internal services or cloud metadata (SSRF)."
    severity: high
    confidence: medium
    cwe: [918]
    owasp: ["A10:2021"]
    languages: [python]
    remediation: "Fetch only URLs whose host is on an allow-list, resolve and block private/link-local addresses, and disable redirects."
    pattern-regex: '\b(?:requests|httpx|urllib\.request|urllib3|session)\.(?:get|post|put|delete|head|request|urlopen)\(\s*request\.(?:args|form|values|GET|POST|json|query_params)\b'
    examples:
      trigger:
        - |
          data = ↓requests.get(request.args["url"], timeout=5)
      pass:
        - |
          data = requests.get(PARTNER_API + "/rates", timeout=5)

  - id: python-lxml-external-entities
    title: XML parser that resolves external entities
    message: "This lxml parser resolves entities, so a crafted document can read local files or reach internal URLs (XXE)."
    severity: high
    confidence: medium
    cwe: [611]
    owasp: ["A05:2021"]
    languages: [python]
    remediation: "Create the parser with etree.XMLParser(resolve_entities=False, no_network=True), or parse untrusted XML with defusedxml."
    patterns:
      - pattern-regex: '\betree\.XMLParser\('
      - pattern-not-regex: '\betree\.XMLParser\([^\n]*resolve_entities\s*=\s*False'
    examples:
      trigger:
        - |
          parser = ↓etree.XMLParser(load_dtd=True)
      pass:
        - |
          parser = etree.XMLParser(resolve_entities=False, no_network=True)

  - id: python-ldap-filter-injection
    title: LDAP filter built from a formatted string
    message: "The LDAP search filter is assembled from a formatted string; characters such as * ( ) change what it matches."
    severity: high
    confidence: medium
    cwe: [90]
    owasp: ["A03:2021"]
    languages: [python]
    remediation: "Escape every value with ldap.filter.escape_filter_chars() (or ldap3.utils.conv.escape_filter_chars) before putting it in a filter."
    pattern-regex: '\.\Ksearch(?:_s|_st|_ext|_ext_s)?\((?![^\n]*escape_filter_chars)[^\n]*(?:f["'']\([^"''\n]*\{|["'']\([^"''\n]*["'']\s*(?:%|\+|\.format\())'
    examples:
      trigger:
        - |
          conn.↓search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % username)
      pass:
        - |
          conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(username))

  - id: python-xpath-injection
    title: XPath expression built from a formatted string
    message: "The XPath query is assembled from a formatted string; a quote in the value rewrites the query."
    severity: high
    confidence: medium
    cwe: [643]
    owasp: ["A03:2021"]
    languages: [python]
    remediation: "Use XPath variables instead of formatting: tree.xpath(\"//user[@name=$name]\", name=value)."
    pattern-regex: '\.\Kxpath\(\s*(?:f["'']|(?:"[^"\n]*"|''[^''\n]*'')\s*(?:%|\+|\.format\())'
    examples:
      trigger:
        - |
          nodes = tree.↓xpath("//user[@name='%s']" % name)
      pass:
        - |
          nodes = tree.xpath("//user[@name=$name]", name=name)

  - id: python-jwt-verification-disabled
    title: JWT decoded without checking its signature
    message: "The token is decoded with signature checks off (or the none algorithm allowed), so anyone can forge its claims."
    severity: high
    confidence: high
    cwe: [347]
    owasp: ["A02:2021"]
    languages: [python]
    remediation: "Decode with the key and a fixed algorithm list: jwt.decode(token, key, algorithms=[\"RS256\"]); never pass verify_signature=False or allow \"none\"."
    pattern-regex: '\bjwt\.decode\([^\n]*?\K(?:["'']verify_signature["'']\s*:\s*False|\bverify\s*=\s*False|\balgorithms\s*=\s*\[[^\]\n]*["''](?i:none)["''])'
    examples:
      trigger:
        - |
          claims = jwt.decode(token, options={↓"verify_signature": False})
      pass:
        - |
          claims = jwt.decode(token, public_key, algorithms=["RS256"])

  - id: python-nosql-where-injection
    title: MongoDB $where with a built expression
    message: "$where runs JavaScript on the database; building it from strings lets callers inject code into the query."
    severity: high
    confidence: medium
    cwe: [943]
    owasp: ["A03:2021"]
    languages: [python]
    remediation: "Replace $where with query operators ({\"age\": {\"$gt\": age}}) and pass values as data, never as code."
    pattern-regex: '["'']\$where["'']\s*:\s*+(?!(?:"[^"\n]*"|''[^''\n]*'')\s*[,}])'
    examples:
      trigger:
        - |
          users.find({↓"$where": "this.name == '" + name + "'"})
      pass:
        - |
          users.find({"name": name})

  - id: python-cookie-without-secure
    title: Cookie set without the Secure flag
    message: "set_cookie() without secure=True lets the browser send the cookie over plain HTTP, where it can be read."
    severity: low
    confidence: medium
    cwe: [614]
    owasp: ["A05:2021"]
    languages: [python]
    remediation: "Pass secure=True, httponly=True and samesite=\"Lax\" (or \"Strict\") to set_cookie()."
    pattern-regex: '\.\Kset_cookie\((?![^)\n]*\bsecure\s*=\s*True)'
    examples:
      trigger:
        - |
          resp.↓set_cookie("session", sid)
      pass:
        - |
          resp.set_cookie("session", sid, secure=True, httponly=True, samesite="Lax")

  - id: python-cors-wildcard-with-credentials
    title: CORS allows any origin together with credentials
    message: "Any origin may call the API with the user's cookies; a hostile site can act as the logged-in user."
    severity: medium
    confidence: high
    cwe: [942]
    owasp: ["A05:2021"]
    languages: [python]
    remediation: "List the trusted origins explicitly when supports_credentials=True."
    pattern-regex: '\bCORS\((?=[^)\n]*\borigins\s*=\s*["'']\*["''])(?=[^)\n]*\bsupports_credentials\s*=\s*True)'
    examples:
      trigger:
        - |
          ↓CORS(app, origins="*", supports_credentials=True)
      pass:
        - |
          CORS(app, origins=["https://app.example.com"], supports_credentials=True)

  - id: python-connection-string-password
    title: Password embedded in a connection URL
    message: "The connection URL carries a literal password ($SECRET); it ends up in the repository and in logs."
    severity: high
    confidence: medium
    cwe: [798]
    owasp: ["A07:2021"]
    languages: [python]
    secret: SECRET
    remediation: "Build the URL from configuration at runtime (environment variable or secret manager) and rotate the exposed password."
    pattern-regex: '(?i)\b(?:postgres(?:ql)?|mysql|mariadb|mssql|oracle|mongodb(?:\+srv)?|redis|amqp)(?:\+\w+)?://[^:/\s"''@]+:(?<SECRET>[^@\s"''/${}%]{3,})@'
    examples:
      trigger:
        - |
          engine = create_engine("↓postgresql://app:Tr0ub4dor-example@db.internal/bank")
      pass:
        - |
          engine = create_engine(f"postgresql://app:{os.environ['DB_PASSWORD']}@db.internal/bank")
"""#
}
