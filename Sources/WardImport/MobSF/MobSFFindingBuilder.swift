import Foundation
import WardCore

/// Turns each finding-bearing section of a MobSF report into findings. Findings about the app as a
/// whole carry no location; their fingerprint path is the analysed app's file name.
struct MobSFFindingBuilder {
    let app: String
    var findings: [Finding] = []
    var fingerprints = FingerprintMaker()

    mutating func add(_ report: MobSFReport) {
        for (rule, code) in report.codeAnalysis.sorted(by: { $0.key < $1.key }) { addCode(rule, code) }
        for item in report.manifestFindings {
            let title = HTMLText.plain(item.title ?? item.name ?? "Manifest issue").replacingOccurrences(of: "\n", with: " ")
            let message = HTMLText.plain(item.description ?? item.desc ?? title)
            add(rule: "manifest-" + (item.rule ?? slug(title)), level: item.severity ?? item.stat, kind: .configuration, title: title, message: message, content: title + " " + (item.name ?? ""))
        }
        for (title, item) in report.binaryFindings.sorted(by: { $0.key < $1.key }) {
            let tags = [item.owaspMobile, item.masvs].compactMap { $0 }.filter { !$0.isEmpty }
            add(rule: slug(title), level: item.severity, kind: .code, title: title, message: item.detailedDesc ?? title, cwe: item.cwe, tags: tags, content: title)
        }
        for binary in report.binaryProtections {
            for (key, check) in binary.checks where ["high", "warning"].contains(check.severity?.lowercased() ?? "") {
                let description = check.description ?? key
                let name = binary.name ?? app
                add(rule: "binary-" + slug(key), level: check.severity, kind: .configuration, title: "\(name): \(description)", message: description, content: name + " " + key)
            }
        }
        for (name, permission) in report.permissions.sorted(by: { $0.key < $1.key }) where permission.status?.lowercased() == "dangerous" {
            let message = [permission.info, permission.description ?? permission.reason].compactMap { $0 }.joined(separator: ": ")
            add(rule: "permission-dangerous", level: "dangerous", kind: .configuration, title: "Dangerous permission \(name)", message: message.isEmpty ? name : message, content: name)
        }
        for item in report.certificateFindings where item.count >= 3 && ["high", "warning"].contains(item[0].lowercased()) {
            add(rule: "certificate-" + slug(item[2]), level: item[0], kind: .configuration, title: item[2], message: item[1], content: item[2])
        }
        for item in report.networkFindings where ["high", "warning"].contains(item.severity?.lowercased() ?? "") {
            let description = item.description ?? "Network security configuration issue"
            let scope = (item.scope ?? []).joined(separator: ", ")
            add(rule: "network-" + slug(description.prefix(60)), level: item.severity, kind: .configuration, title: String(description.prefix(300)),
                message: scope.isEmpty ? description : "\(description) Scope: \(scope).", content: description + " " + scope)
        }
        for item in report.atsFindings where ["high", "warning"].contains((item.severity ?? item.status)?.lowercased() ?? "") {
            let title = item.issue ?? "App Transport Security issue"
            add(rule: "ats-" + slug(title), level: item.severity ?? item.status, kind: .configuration, title: title, message: item.description ?? title, content: title)
        }
        for entry in report.secrets { addSecret(entry) }
    }

    mutating func addCode(_ rule: String, _ code: MobSFReport.CodeRule) {
        let metadata = code.metadata
        let description = metadata?.description ?? rule
        let tags = [metadata?.owaspMobile, metadata?.masvs].compactMap { $0 }.filter { !$0.isEmpty }
        guard let severity = MobSFReader.severity(metadata?.severity) else { return }
        for (file, lines) in (code.files ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let path = ImportSupport.relativePath(file) else { continue }
            let numbers = lines.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 > 0 }
            for line in numbers.isEmpty ? [1] : numbers {
                findings.append(Finding(
                    ruleId: rule, tool: "mobsf", kind: .code, severity: severity, confidence: .medium, title: String(description.prefix(300)),
                    message: description, cwe: ImportSupport.cweIDs(in: [metadata?.cwe ?? ""]),
                    location: Location(path: path, startLine: line, startColumn: 1, endLine: line, endColumn: 1), remediation: metadata?.ref,
                    tags: tags.sorted(), fingerprint: fingerprints.make(tool: "mobsf", ruleID: rule, path: path, content: description)))
            }
        }
    }

    mutating func addSecret(_ entry: String) {
        // `"google_api_key" : "AIza…"`: the key names the secret, the value is the secret.
        let parts = entry.split(separator: ":", maxSplits: 1)
        let unquote: (Substring) -> String = { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")) }
        let name = parts.count == 2 ? unquote(parts[0]) : "value"
        let value = parts.count == 2 ? unquote(parts[1]) : unquote(Substring(entry))
        guard !value.isEmpty else { return }
        let secret = RedactedSecret(secret: Array(value.utf8))
        findings.append(Finding(
            ruleId: "hardcoded-secret", tool: "mobsf", kind: .secret, severity: .medium, confidence: .low,
            title: "Possible hardcoded secret: \(name.prefix(100))", message: "MobSF found a possible hardcoded secret named \(name.prefix(100)) (\(secret.redacted)).",
            cwe: [798], secret: secret, fingerprint: fingerprints.make(tool: "mobsf", ruleID: "hardcoded-secret", path: app, content: secret.sha256)))
    }

    mutating func add(rule: String, level: String?, kind: FindingKind, title: String, message: String, cwe: String? = nil, tags: [String] = [], content: String) {
        guard let severity = MobSFReader.severity(level) else { return }
        findings.append(Finding(
            ruleId: rule, tool: "mobsf", kind: kind, severity: severity, confidence: .medium, title: String(title.prefix(300)), message: message,
            cwe: ImportSupport.cweIDs(in: [cwe ?? ""]), tags: tags.sorted(), fingerprint: fingerprints.make(tool: "mobsf", ruleID: rule, path: app, content: content)))
    }

    func slug<S: StringProtocol>(_ text: S) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }).split(separator: "-").joined(separator: "-")
    }
}
