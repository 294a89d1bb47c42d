import Foundation
import WardCore

/// Trivy's JSON report (`trivy … --format json`, schema 2): vulnerabilities, misconfigurations,
/// secrets and licenses of every result become findings.
public enum TrivyReader: ReportReader {
    public static let id = "trivy"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        return text.contains("\"SchemaVersion\"") && (text.contains("\"ArtifactName\"") || text.contains("\"Results\""))
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try ImportSupport.decode(TrivyReport.self, from: data, path: path, reader: id)
        if let version = report.schemaVersion, version != 2 {
            throw ReportReadError(path: path, reader: id, reason: "schema version \(version) is not supported (2 is)")
        }
        var fingerprints = FingerprintMaker()
        var findings: [Finding] = []
        let isImage = report.artifactType == "container_image"
        for result in report.results ?? [] {
            for vulnerability in result.vulnerabilities ?? [] {
                findings.append(TrivyMapping.vulnerability(vulnerability, in: result, image: isImage).make(&fingerprints))
            }
            for misconfiguration in result.misconfigurations ?? [] where (misconfiguration.status ?? "FAIL") == "FAIL" {
                findings.append(TrivyMapping.misconfiguration(misconfiguration, in: result, fingerprints: &fingerprints))
            }
            for secret in result.secrets ?? [] {
                findings.append(TrivyMapping.secret(secret, in: result, fingerprints: &fingerprints))
            }
            for license in result.licenses ?? [] {
                findings.append(TrivyMapping.license(license, in: result, fingerprints: &fingerprints))
            }
        }
        return ImportedReport(tools: [ToolInfo(name: id, version: "", informationUri: "https://trivy.dev")], findings: findings)
    }

    /// Trivy's levels: CRITICAL → critical, HIGH → high, MEDIUM → medium, LOW → low, UNKNOWN (no
    /// vendor rating) → medium, so that an unrated problem is neither hidden nor inflated.
    static func severity(_ level: String?) -> Severity {
        switch level?.uppercased() {
        case "CRITICAL": .critical
        case "HIGH": .high
        case "LOW": .low
        default: .medium
        }
    }
}
