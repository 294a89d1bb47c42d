import Foundation
import WardCore

/// gitleaks v8 JSON reports: an array of leaks, each with the secret in clear (redacted on read).
public enum GitleaksReader: ReportReader {
    public static let id = "gitleaks"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        return text.contains("\"RuleID\"") && text.contains("\"StartLine\"") && text.contains("\"Secret\"")
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let leaks = try ImportSupport.decode([GitleaksLeak].self, from: data, path: path, reader: id)
        var maker = FingerprintMaker()
        let findings = leaks.map { finding($0, maker: &maker) }
        return ImportedReport(tools: [ToolInfo(name: id, version: "", informationUri: "https://github.com/gitleaks/gitleaks")], findings: findings)
    }

    static func finding(_ leak: GitleaksLeak, maker: inout FingerprintMaker) -> Finding {
        let path = ImportSupport.relativePath(leak.file) ?? ""
        // `gitleaks --redact` writes "REDACTED" instead of the value: hashing that would merge every leak.
        let value = leak.secret.flatMap { $0.isEmpty || $0 == "REDACTED" ? nil : $0 }
        let secret = value.map { RedactedSecret(secret: Array($0.utf8)) }
        let startLine = max(leak.startLine ?? 1, 1)
        let location = Location(
            path: path, startLine: startLine, startColumn: max(leak.startColumn ?? 1, 1),
            endLine: max(leak.endLine ?? startLine, startLine), endColumn: max(leak.endColumn ?? leak.startColumn ?? 1, 1))
        let title = leak.description.flatMap { $0.isEmpty ? nil : $0 } ?? leak.ruleID
        let commit = leak.commit.flatMap { $0.isEmpty ? nil : $0 }.map {
            GitProvenance(commit: $0, author: leak.author ?? "", email: leak.email ?? "", date: leak.date ?? "")
        }
        let content = secret?.sha256 ?? leak.fingerprint ?? leak.ruleID
        return Finding(
            ruleId: leak.ruleID, tool: id, kind: .secret, severity: severity(), confidence: confidence(ruleID: leak.ruleID),
            title: String(title.prefix(300)), message: "\(title) found in \(path)", location: location, secret: secret,
            tags: (leak.tags ?? []).sorted(), fingerprint: maker.make(tool: id, ruleID: leak.ruleID, path: path, content: content),
            commit: commit)
    }

    /// gitleaks has no severity levels: every leaked credential is `high` in Ward.
    static func severity() -> Severity { .high }

    /// gitleaks' `generic-*` rules match on keywords and entropy, so they are `medium` confidence; provider rules are `high`.
    static func confidence(ruleID: String) -> Confidence {
        ruleID.lowercased().hasPrefix("generic") ? .medium : .high
    }
}
