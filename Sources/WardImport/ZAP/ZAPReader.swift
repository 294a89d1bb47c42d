import Foundation
import WardCore

/// OWASP ZAP reports, XML (`OWASPZAPReport`) and JSON (the "traditional-json" report). One finding
/// per alert, method and URL: what a triager fixes and retests. Instances of one alert on the same
/// URL with other parameters fold into the first; alerts ZAP marks as false positives are skipped.
public enum ZAPReader: ReportReader {
    public static let id = "zap"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data, limit: 8192)
        if text.contains("<OWASPZAPReport") { return true }
        let compact = String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        return compact.contains("\"site\":") && (compact.contains("\"@programName\":\"ZAP\"") || (compact.contains("\"@version\"") && compact.contains("\"riskcode\"")))
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report: ZAPReport
        if data.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) == UInt8(ascii: "<") {
            do {
                let root = try XMLElementNode.parse(Array(data), path: path)
                guard root.name == "OWASPZAPReport" else { throw ReportReadError(path: path, reader: id, reason: "root element is <\(root.name)>, not <OWASPZAPReport>") }
                report = ZAPReport(xml: root)
            } catch let error as InputError {
                throw ReportReadError(path: path, reader: id, reason: "line \(error.line ?? 1): \(error.message)")
            }
        } else {
            report = try ImportSupport.decode(ZAPReport.self, from: data, path: path, reader: id)
        }
        var fingerprints = FingerprintMaker()
        var findings: [Finding] = []
        for site in report.sites {
            for alert in site.alerts ?? [] where alert.confidence != "0" {
                var seen: Set<String> = []
                // An alert without instances still happened somewhere: on the site itself.
                let instances = alert.instances.flatMap { $0.isEmpty ? nil : $0 } ?? [ZAPReport.Instance(uri: site.name)]
                for instance in instances {
                    let method = (instance.method ?? "GET").uppercased()
                    let url = instance.uri ?? site.name ?? ""
                    guard seen.insert(method + " " + url).inserted else { continue }
                    findings.append(finding(alert, method: method, url: url, parameter: instance.param, fingerprints: &fingerprints))
                }
            }
        }
        let info = ToolInfo(name: "zap", version: report.version ?? "", informationUri: "https://www.zaproxy.org")
        return ImportedReport(tools: [info], findings: findings)
    }

    static func finding(_ alert: ZAPReport.Alert, method: String, url: String, parameter: String?, fingerprints: inout FingerprintMaker) -> Finding {
        let ruleID = alert.alertRef ?? alert.pluginid ?? "unknown"
        let title = alert.alert ?? alert.name ?? "ZAP alert \(ruleID)"
        var message = HTMLText.plain(alert.desc ?? title)
        if let parameter, !parameter.isEmpty { message += "\nParameter: \(parameter)" }
        let cwe = alert.cweid.flatMap(Int.init).map { $0 > 0 ? [$0] : [] } ?? []
        let wasc = alert.wascid.flatMap(Int.init).flatMap { $0 > 0 ? "wasc-\($0)" : nil }
        return Finding(
            ruleId: ruleID, tool: "zap", kind: .dynamic, severity: severity(alert.riskcode), confidence: confidence(alert.confidence),
            title: String(title.prefix(300)), message: message, cwe: cwe, remediation: alert.solution.map(HTMLText.plain).flatMap { $0.isEmpty ? nil : $0 },
            tags: [wasc].compactMap { $0 },
            fingerprint: fingerprints.make(tool: "zap", ruleID: ruleID, path: "", content: "\(method) \(url)"),
            endpoint: Endpoint(method: method, url: url))
    }

    /// ZAP risk codes: 3 (High) → high, 2 (Medium) → medium, 1 (Low) → low, 0 (Informational) → info.
    static func severity(_ riskcode: String?) -> Severity {
        switch riskcode {
        case "3": .high
        case "2": .medium
        case "1": .low
        default: .info
        }
    }

    /// ZAP confidences: 3 (High) and 4 (Confirmed) → high, 2 (Medium) → medium, 1 (Low) → low.
    static func confidence(_ code: String?) -> Confidence {
        switch code {
        case "3", "4": .high
        case "1": .low
        default: .medium
        }
    }
}
