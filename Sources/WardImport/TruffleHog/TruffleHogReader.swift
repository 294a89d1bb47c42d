import Foundation
import WardCore

/// trufflehog v3 JSON Lines output: one detected credential per line, redacted on read.
public enum TruffleHogReader: ReportReader {
    public static let id = "trufflehog"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        return text.contains("\"DetectorName\"") && text.contains("\"SourceMetadata\"")
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let results = try ImportSupport.decodeLines(TruffleHogResult.self, from: data, path: path, reader: id)
        var maker = FingerprintMaker()
        let findings = results.map { finding($0, maker: &maker) }
        return ImportedReport(tools: [ToolInfo(name: id, version: "", informationUri: "https://github.com/trufflesecurity/trufflehog")], findings: findings)
    }

    static func finding(_ result: TruffleHogResult, maker: inout FingerprintMaker) -> Finding {
        let source = result.sourceMetadata?.data?.sorted { $0.key < $1.key }.first?.value
        let path = ImportSupport.relativePath(source?.file) ?? ""
        let line = max(source?.line ?? 1, 1)
        let verified = result.verified ?? false
        let secret = secretValue(result).map { RedactedSecret(secret: Array($0.utf8)) }
        let commit = source?.commit.flatMap { $0.isEmpty ? nil : $0 }.map { commit in
            let (author, email) = splitAuthor(source?.email ?? "")
            return GitProvenance(commit: commit, author: author, email: email, date: source?.timestamp ?? "")
        }
        let title = "\(result.detectorName) credential"
        let state = verified ? "Verified" : "Unverified"
        return Finding(
            ruleId: result.detectorName, tool: id, kind: .secret, severity: severity(verified: verified),
            confidence: verified ? .high : .medium, title: title, message: "\(state) \(title) found in \(path.isEmpty ? "the scanned source" : path)",
            location: path.isEmpty ? nil : Location(path: path, startLine: line, startColumn: 1, endLine: line, endColumn: 1),
            secret: secret, tags: [verified ? "verified" : "unverified"],
            fingerprint: maker.make(tool: id, ruleID: result.detectorName, path: path, content: secret?.sha256 ?? result.redacted ?? ""),
            commit: commit)
    }

    /// trufflehog's only severity signal is verification: a credential that worked against its
    /// service (`Verified: true`) is `critical`, an unverified match is `high`.
    static func severity(verified: Bool) -> Severity { verified ? .critical : .high }

    /// Early v3 releases wrote `Raw` as base64; the decoded form is taken when it is text that begins
    /// like the tool's own `Redacted` preview, otherwise `Raw` is the secret as written.
    static func secretValue(_ result: TruffleHogResult) -> String? {
        guard let raw = result.raw, !raw.isEmpty else { return nil }
        if let bytes = Data(base64Encoded: raw), let decoded = String(data: bytes, encoding: .utf8) {
            let preview = (result.redacted ?? "").prefix(4)
            if !preview.isEmpty, decoded.hasPrefix(preview) { return decoded }
        }
        return raw
    }

    /// `Jane Doe <jane@example.com>` → (`Jane Doe`, `jane@example.com`).
    static func splitAuthor(_ text: String) -> (String, String) {
        guard let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close else { return (text, "") }
        let name = text[..<open].trimmingCharacters(in: .whitespaces)
        return (name, String(text[text.index(after: open)..<close]))
    }
}
