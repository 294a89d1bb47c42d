import Foundation
import WardCore

/// Findings that look like a real portfolio's, for `ward bench-platform`: every kind, a skewed
/// severity mix, realistic rule ids, CWEs, paths, components and advisories. The same project and
/// index always give the same finding, so a second scan of a project can repeat part of its first.
struct SyntheticFindings {
    let seed: UInt64

    /// The tools that report each kind, as in a pipeline that runs several scanners.
    static let tools: [FindingKind: String] = [
        .secret: "ward", .configuration: "ward", .code: "semgrep", .dependency: "osv-scanner", .container: "trivy",
    ]

    func findings(project: Int, _ indices: Range<Int>) -> [Finding] {
        indices.map { finding(project: project, index: $0) }
    }

    func finding(project: Int, index: Int) -> Finding {
        var random = SplitMix64(seed: seed &* 0x9E37_79B9 ^ UInt64(project) << 32 ^ UInt64(index))
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let identity = "\(project)/\(index)"
        let fingerprint = SHA256Hex.digest(of: Array(identity.utf8))
        let severity = Self.severity(random.next() % 100)
        let module = pick(Self.modules)
        let line = Int(random.next() % 900) + 1
        switch random.next() % 100 {
        case 0..<20:
            let (rule, title, cwe) = pick(Self.secretRules)
            let hash = SHA256Hex.digest(of: Array("secret \(identity)".utf8))
            let redacted = "\(rule.prefix(4).uppercased())…\(hash.prefix(8))"
            let path = "config/\(module)/settings-\(index % 97).\(pick(["yaml", "env", "json", "properties"]))"
            return Finding(
                ruleId: rule, tool: "ward", kind: .secret, severity: severity, title: title,
                message: "\(title) \(redacted) is committed in clear; anyone with read access to the repository can use it.",
                cwe: [cwe], location: Self.location(path, line, snippet: "api_key: \"\(redacted)\""),
                secret: RedactedSecret(redacted: redacted, sha256: hash), remediation: "Revoke the credential and load it from a secret store.",
                tags: ["secret"], fingerprint: fingerprint)
        case 20..<55:
            let (rule, title, cwe) = pick(Self.codeRules)
            let path = "src/\(module)/\(pick(Self.files))\(index % 211).\(pick(["py", "ts", "go", "java", "swift"]))"
            return Finding(
                ruleId: rule, tool: "semgrep", kind: .code, severity: severity, confidence: pick([.low, .medium, .high]), title: title,
                message: "\(title): untrusted input from the request reaches a sensitive call in \(module) without validation.",
                cwe: [cwe], location: Self.location(path, line, snippet: "query = \"SELECT * FROM items WHERE id = \" + request.args[\"id\"]"),
                remediation: "Validate the input or use the safe API.", fingerprint: fingerprint)
        case 55..<85:
            let package = "\(module)-\(pick(Self.packageWords))-\(index % 389)"
            let version = "\(random.next() % 5).\(random.next() % 20).\(random.next() % 10)"
            let advisory = "GHSA-\(Self.ghsaPart(&random))-\(Self.ghsaPart(&random))-\(Self.ghsaPart(&random))"
            let ecosystem = pick(["npm", "PyPI", "Maven", "Go"])
            let purl = "pkg:\(ecosystem.lowercased())/\(package)@\(version)"
            return Finding(
                ruleId: advisory, tool: "osv-scanner", kind: .dependency, severity: severity, title: "Vulnerable \(package) \(version)",
                message: "\(package) \(version) is affected by \(advisory); upgrade to a fixed version.",
                cwe: [pick([1321, 400, 79, 502, 22, 1333])], location: Self.location(pick(Self.lockfiles), line, snippet: nil),
                fingerprint: fingerprint, component: ComponentReference(purl: purl, name: package, version: version, ecosystem: ecosystem, direct: random.next() % 3 == 0),
                advisory: AdvisoryReference(id: advisory, aliases: ["CVE-20\(20 + random.next() % 6)-\(10_000 + random.next() % 50_000)"], fixedVersions: ["\(version)-fixed"]))
        case 85..<96:
            let (rule, title, cwe) = pick(Self.configurationRules)
            let path = "deploy/\(pick(["k8s", "helm", "terraform", "docker"]))/\(module)-\(index % 53).\(pick(["yaml", "tf", "Dockerfile"]))"
            return Finding(
                ruleId: rule, tool: "ward", kind: .configuration, severity: severity, title: title,
                message: "\(title) in the \(module) deployment.", cwe: [cwe], location: Self.location(path, line, snippet: "privileged: true"),
                remediation: "Apply the hardened default.", fingerprint: fingerprint)
        default:
            let package = pick(["openssl", "glibc", "zlib", "curl", "libxml2", "busybox"])
            let version = "\(random.next() % 4).\(random.next() % 12).\(random.next() % 30)"
            let cve = "CVE-20\(20 + random.next() % 6)-\(10_000 + random.next() % 50_000)"
            return Finding(
                ruleId: cve, tool: "trivy", kind: .container, severity: severity, title: "\(cve) in \(package) \(version)",
                message: "The image \(module):latest ships \(package) \(version), affected by \(cve).", cwe: [pick([787, 416, 125, 190])],
                fingerprint: fingerprint,
                component: ComponentReference(purl: "pkg:deb/debian/\(package)@\(version)?image=\(module)-\(index % 7)", name: package, version: version, ecosystem: "Debian"),
                advisory: AdvisoryReference(id: cve))
        }
    }

    // MARK: - Vocabulary

    /// 5% critical, 20% high, 40% medium, 25% low, 10% info.
    static func severity(_ draw: UInt64) -> Severity {
        switch draw {
        case 0..<5: .critical
        case 5..<25: .high
        case 25..<65: .medium
        case 65..<90: .low
        default: .info
        }
    }

    static func location(_ path: String, _ line: Int, snippet: String?) -> Location {
        Location(path: path, startLine: line, startColumn: 5, endLine: line, endColumn: 45, snippet: snippet)
    }

    static func ghsaPart(_ random: inout SplitMix64) -> String {
        let alphabet = Array("23456789cfghjmpqrvwx")
        return String((0..<4).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
    }

    static let secretRules = [
        ("aws-access-key-id", "AWS access key ID", 798), ("github-personal-access-token", "GitHub personal access token", 798),
        ("private-key", "Private key", 321), ("generic-api-key", "Generic API key", 798), ("slack-webhook-url", "Slack webhook URL", 798),
        ("stripe-secret-key", "Stripe secret key", 798), ("email-address", "Email address", 359),
    ]
    static let codeRules = [
        ("sql-injection", "SQL injection", 89), ("cross-site-scripting", "Cross-site scripting", 79), ("path-traversal", "Path traversal", 22),
        ("command-injection", "OS command injection", 78), ("weak-hash", "Weak hash algorithm", 328),
        ("insecure-random", "Insecure randomness", 330), ("server-side-request-forgery", "Server-side request forgery", 918),
        ("open-redirect", "Open redirect", 601), ("insecure-deserialization", "Insecure deserialization", 502),
    ]
    static let configurationRules = [
        ("dockerfile-runs-as-root", "Container runs as root", 250), ("k8s-privileged-container", "Privileged container", 250),
        ("tls-verification-disabled", "TLS verification disabled", 295), ("s3-bucket-public-read", "Publicly readable bucket", 732),
        ("missing-resource-limits", "No resource limits", 770),
    ]
    static let modules = ["billing", "auth", "catalog", "search", "checkout", "inventory", "notifications", "reports", "admin", "gateway", "users", "shipping"]
    static let files = ["handler", "service", "repository", "controller", "util", "client", "view", "model"]
    static let packageWords = ["parser", "http", "yaml", "crypto", "template", "logger", "router", "orm"]
    static let lockfiles = ["package-lock.json", "poetry.lock", "pom.xml", "go.sum", "services/api/package-lock.json", "web/yarn.lock"]
}
