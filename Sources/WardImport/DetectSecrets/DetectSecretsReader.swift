import Foundation
import WardCore

/// detect-secrets baselines: every candidate secret, with audit verdicts kept as analysis.
public enum DetectSecretsReader: ReportReader {
    public static let id = "detect-secrets"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        return text.contains("\"plugins_used\"") && text.contains("\"results\"")
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try ImportSupport.decode(DetectSecretsReport.self, from: data, path: path, reader: id)
        // JSON objects are unordered once decoded: sort by file and line so findings come out the same every time.
        let secrets = (report.results ?? [:]).flatMap { file, secrets in secrets.map { (file, $0) } }
            .sorted { ($0.0, $0.1.lineNumber ?? 0, $0.1.type) < ($1.0, $1.1.lineNumber ?? 0, $1.1.type) }
        var maker = FingerprintMaker()
        let findings = secrets.map { finding($0.1, file: $0.0, baseline: path, maker: &maker) }
        return ImportedReport(
            tools: [ToolInfo(name: id, version: report.version ?? "", informationUri: "https://github.com/Yelp/detect-secrets")],
            findings: findings)
    }

    static func finding(_ secret: DetectSecretsReport.Secret, file: String, baseline: String, maker: inout FingerprintMaker) -> Finding {
        let path = ImportSupport.relativePath(secret.filename ?? file) ?? file
        let line = max(secret.lineNumber ?? 1, 1)
        let verified = secret.isVerified ?? false
        let analysis = secret.isSecret == false
            ? FindingAnalysis(state: .notAffected, justification: "audited as not a secret in the detect-secrets baseline", source: baseline)
            : nil
        return Finding(
            ruleId: secret.type, tool: id, kind: .secret, severity: severity(verified: verified),
            confidence: confidence(type: secret.type, audited: secret.isSecret), title: secret.type,
            message: "\(secret.type) found in \(path)", location: Location(path: path, startLine: line, startColumn: 1, endLine: line, endColumn: 1),
            tags: verified ? ["verified"] : [],
            fingerprint: maker.make(tool: id, ruleID: secret.type, path: path, content: secret.hashedSecret ?? ""),
            analysis: analysis)
    }

    /// detect-secrets has no severity levels: a secret its verifier confirmed live (`is_verified`) is
    /// `critical`, any other candidate `high`.
    static func severity(verified: Bool) -> Severity { verified ? .critical : .high }

    /// Audited true → `high`; the entropy and keyword plugins guess, so `low`; provider-format plugins `medium`.
    static func confidence(type: String, audited: Bool?) -> Confidence {
        if audited == true { return .high }
        let guesses: Set = ["Base64 High Entropy String", "Hex High Entropy String", "Secret Keyword"]
        return guesses.contains(type) ? .low : .medium
    }
}
