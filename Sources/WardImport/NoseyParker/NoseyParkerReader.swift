import Foundation
import WardCore

/// Nosey Parker reports (JSON Lines or a JSON array): one finding per match, the secret redacted on read.
public enum NoseyParkerReader: ReportReader {
    public static let id = "noseyparker"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        return text.contains("\"rule_name\"") && text.contains("\"matches\"") && text.contains("\"provenance\"")
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let isArray = data.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "[")
        let records = isArray
            ? try ImportSupport.decode([NoseyParkerFinding].self, from: data, path: path, reader: id)
            : try ImportSupport.decodeLines(NoseyParkerFinding.self, from: data, path: path, reader: id)
        var maker = FingerprintMaker()
        var findings: [Finding] = []
        for record in records {
            for match in record.matches ?? [] {
                findings.append(finding(match, of: record, maker: &maker))
            }
        }
        return ImportedReport(tools: [ToolInfo(name: id, version: "", informationUri: "https://github.com/praetorian-inc/noseyparker")], findings: findings)
    }

    static func finding(_ match: NoseyParkerFinding.Match, of record: NoseyParkerFinding, maker: inout FingerprintMaker) -> Finding {
        let provenance = match.provenance ?? []
        let gitProvenance = provenance.first { $0.commitProvenance != nil }?.commitProvenance
        let file = provenance.first { $0.path != nil }?.path ?? gitProvenance?.blobPath
        let path = ImportSupport.relativePath(file) ?? ""
        let span = match.location?.sourceSpan
        let startLine = max(span?.start?.line ?? 1, 1)
        let location = path.isEmpty ? nil : Location(
            path: path, startLine: startLine, startColumn: max(span?.start?.column ?? 1, 1),
            endLine: max(span?.end?.line ?? startLine, startLine), endColumn: max(span?.end?.column ?? 1, 1))
        let secret = secretValue(match, of: record).map { RedactedSecret(secret: Array($0.utf8)) }
        let commit = gitProvenance?.commitMetadata.flatMap { metadata in
            metadata.commitID.map {
                GitProvenance(commit: $0, author: metadata.authorName ?? "", email: metadata.authorEmail ?? "", date: metadata.authorTimestamp ?? "")
            }
        }
        let ruleID = record.ruleTextID ?? record.ruleName
        let verdicts = (record.statuses ?? []) + [record.status].compactMap { $0 }
        let analysis = verdicts.contains("reject") && !verdicts.contains("accept")
            ? FindingAnalysis(state: .notAffected, justification: "rejected in Nosey Parker review", source: nil) : nil
        return Finding(
            ruleId: ruleID, tool: id, kind: .secret, severity: severity(), confidence: confidence(rule: record.ruleName),
            title: record.ruleName, message: "\(record.ruleName) found in \(path.isEmpty ? "the scanned input" : path)",
            location: location, secret: secret,
            fingerprint: maker.make(tool: id, ruleID: ruleID, path: path, content: secret?.sha256 ?? ""),
            commit: commit, analysis: analysis)
    }

    /// Nosey Parker has no severity levels: every match is a credential in the input, `high` in Ward.
    static func severity() -> Severity { .high }

    /// Its `Generic …` rules match keywords around any value, so `medium`; provider-format rules `high`.
    static func confidence(rule: String) -> Confidence {
        rule.lowercased().hasPrefix("generic") ? .medium : .high
    }

    /// `match_content` in older releases; the first capture group (base64) in 0.17 and later.
    static func secretValue(_ match: NoseyParkerFinding.Match, of record: NoseyParkerFinding) -> String? {
        if let content = match.matchContent ?? record.matchContent, !content.isEmpty { return content }
        guard let group = (match.groups ?? record.groups)?.first, let bytes = Data(base64Encoded: group) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
