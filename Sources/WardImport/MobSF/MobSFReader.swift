import Foundation
import WardCore

/// MobSF static analysis reports (JSON, Android and iOS). Sections that are findings: code analysis
/// (one finding per rule, file and line), manifest, binary (insecure APIs; missing hardening),
/// dangerous permissions, certificate, network security, App Transport Security, hardcoded secrets.
/// Summaries (`appsec`), inventories (files, URLs, domains, libraries) and passed checks are not findings.
public enum MobSFReader: ReportReader {
    public static let id = "mobsf"

    public static func detect(_ data: Data) -> Bool {
        // Sections come after the embedded Info.plist and strings, often past the first 64 KiB, and
        // key order differs between the web export and the API: search the whole report.
        let contains = { (key: String) in data.range(of: Data("\"\(key)\"".utf8)) != nil }
        guard contains("file_name") || contains("app_name") else { return false }
        return ["code_analysis", "manifest_analysis", "macho_analysis", "binary_analysis"].filter(contains).count >= 2
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try ImportSupport.decode(MobSFReport.self, from: data, path: path, reader: id)
        var builder = MobSFFindingBuilder(app: report.fileName ?? report.appName ?? path)
        builder.add(report)
        var version = report.version ?? ""
        if version.hasPrefix("v") { version.removeFirst() }
        return ImportedReport(tools: [ToolInfo(name: "mobsf", version: version, informationUri: "https://github.com/MobSF/Mobile-Security-Framework-MobSF")], findings: builder.findings)
    }

    /// MobSF levels: high → high; warning → medium; hotspot → low; info → info; a `dangerous`
    /// permission → low (it widens the attack surface, it is no flaw by itself). secure and good are
    /// passed checks: nil, not a finding.
    static func severity(_ level: String?) -> Severity? {
        switch level?.lowercased() {
        case "critical": .critical
        case "high": .high
        case "warning", "medium": .medium
        case "hotspot", "dangerous", "low": .low
        case "info": .info
        default: nil
        }
    }
}
