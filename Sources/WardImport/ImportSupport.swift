import Foundation
import WardCore

/// Mappings every reader shares.
enum ImportSupport {
    /// CVSS base score → severity, by the CVSS v3 qualitative scale.
    static func severity(cvss score: Double) -> Severity {
        switch score {
        case 9...: .critical
        case 7..<9: .high
        case 4..<7: .medium
        case 0.1..<4: .low
        default: .info
        }
    }

    /// CWE numbers in tags such as `CWE-79`, `cwe-079: …` or `external/cwe/cwe-079`.
    static func cweIDs(in tags: [String]) -> [Int] {
        var ids: [Int] = []
        for tag in tags {
            let lower = tag.lowercased()
            guard let range = lower.range(of: "cwe-") ?? lower.range(of: "cwe/") else { continue }
            let digits = lower[range.upperBound...].prefix { $0.isNumber }
            if let id = Int(digits), id > 0, !ids.contains(id) { ids.append(id) }
        }
        return ids.sorted()
    }

    static func kind(tool: String, tags: [String]) -> FindingKind {
        let secretTools: Set = ["gitleaks", "trufflehog", "detect-secrets", "ggshield", "noseyparker"]
        if secretTools.contains(tool) || tags.contains(where: { $0.lowercased() == "secret" || $0.lowercased() == "secrets" }) { return .secret }
        if tags.contains(where: { ["dependency", "vulnerability", "sca"].contains($0.lowercased()) }) { return .dependency }
        if tags.contains(where: { ["iac", "misconfiguration", "configuration"].contains($0.lowercased()) }) { return .configuration }
        return .code
    }

    /// A report's file URI as a path relative to the project: `file:///src/app/x.py` keeps `src/app/x.py`.
    static func relativePath(_ uri: String?) -> String? {
        guard var path = uri, !path.isEmpty else { return nil }
        if path.hasPrefix("file://") { path = String(path.dropFirst(7)) }
        path = path.removingPercentEncoding ?? path
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.hasPrefix("/") { path.removeFirst() }
        return path
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            return "not JSON (\(context.debugDescription))"
        case DecodingError.keyNotFound(let key, let context):
            return "missing '\(key.stringValue)' at \(codingPath(context.codingPath))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "unexpected value at \(codingPath(context.codingPath)): \(context.debugDescription)"
        default:
            return String(describing: error)
        }
    }

    static func codingPath(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
    }
}
