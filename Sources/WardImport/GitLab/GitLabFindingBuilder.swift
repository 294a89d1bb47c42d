import Foundation
import WardCore

/// Maps the vulnerabilities of one GitLab report to findings; the report type decides the kind and
/// which part of the location matters.
struct GitLabFindingBuilder {
    let tool: String
    let scanType: String?
    let dependencyFiles: [GitLabReport.DependencyFile]
    var fingerprints = FingerprintMaker()

    /// Identifier types that classify rather than name the problem.
    static let classifications: Set = ["cwe", "owasp", "wasc"]

    mutating func finding(_ vulnerability: GitLabReport.Vulnerability) -> Finding {
        let type = reportType(vulnerability)
        let identifiers = vulnerability.identifiers ?? []
        let cwe = ImportSupport.cweIDs(in: identifiers.filter { $0.type?.lowercased() == "cwe" }.flatMap { ["CWE-" + ($0.value ?? ""), $0.name ?? ""] })
        let primary = identifiers.first { !Self.classifications.contains($0.type?.lowercased() ?? "") }
        let title = vulnerability.name ?? vulnerability.message ?? primary?.name ?? "GitLab \(type) finding"
        let message = vulnerability.description ?? vulnerability.message ?? title
        var finding = Finding(
            ruleId: ruleID(primary) ?? title, tool: tool, kind: .code, severity: GitLabReader.severity(vulnerability.severity),
            confidence: GitLabReader.confidence(vulnerability.confidence), title: String(title.prefix(300)), message: message,
            cwe: cwe, remediation: vulnerability.solution, tags: [type], fingerprint: "")
        let location = vulnerability.location
        switch type {
        case "dependency_scanning", "container_scanning", "cluster_image_scanning":
            finding.kind = type == "dependency_scanning" ? .dependency : .container
            finding.component = component(vulnerability, scanType: type)
            finding.advisory = advisory(vulnerability, identifiers: identifiers)
            finding.ruleId = finding.advisory?.id ?? finding.ruleId
            finding.location = location?.file.flatMap(ImportSupport.relativePath).map { Location(path: $0, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1) }
            let content = (finding.advisory?.id ?? "") + " " + ImportSupport.versionless(finding.component?.purl ?? "")
            let subject = location?.file ?? location?.image.map(GitLabEcosystem.imageName) ?? ""
            finding.fingerprint = fingerprints.make(tool: tool, ruleID: finding.ruleId, path: subject, content: content)
        case "dast", "api_fuzzing":
            finding.kind = .dynamic
            let url = (location?.hostname ?? "") + (location?.path ?? "")
            let method = (location?.method ?? "GET").uppercased()
            finding.endpoint = Endpoint(method: method, url: url)
            finding.fingerprint = fingerprints.make(tool: tool, ruleID: finding.ruleId, path: "", content: "\(method) \(url) \(location?.param ?? "")")
        default:
            finding.kind = type == "secret_detection" ? .secret : .code
            let path = ImportSupport.relativePath(location?.file)
            finding.location = path.map {
                let start = max(1, location?.startLine ?? 1)
                return Location(path: $0, startLine: start, startColumn: 1, endLine: max(start, location?.endLine ?? start), endColumn: 1)
            }
            if type == "secret_detection", let raw = vulnerability.rawSourceCodeExtract?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty {
                let secret = RedactedSecret(secret: Array(raw.utf8))
                finding.secret = secret
                // Some analyzers quote the match in their text: keep only the redacted form there.
                finding.title = finding.title.replacingOccurrences(of: raw, with: secret.redacted)
                finding.message = finding.message.replacingOccurrences(of: raw, with: secret.redacted)
            }
            let content = finding.secret?.sha256 ?? message
            finding.fingerprint = fingerprints.make(tool: tool, ruleID: finding.ruleId, path: path ?? "", content: content)
        }
        return finding
    }

    /// `scan.type`, else the old per-vulnerability `category`, else guessed from the location's shape.
    func reportType(_ vulnerability: GitLabReport.Vulnerability) -> String {
        if let type = scanType ?? vulnerability.category { return type.lowercased() }
        if vulnerability.location?.dependency != nil { return vulnerability.location?.image == nil ? "dependency_scanning" : "container_scanning" }
        if vulnerability.location?.hostname != nil { return "dast" }
        return "sast"
    }

    /// A rule id is the analyzer's own identifier: its `value` when that is an id, its `name` when the value is prose.
    func ruleID(_ identifier: GitLabReport.Identifier?) -> String? {
        guard let identifier else { return nil }
        if let value = identifier.value, !value.isEmpty, !value.contains(" ") { return value }
        return identifier.name ?? identifier.value
    }

    func advisory(_ vulnerability: GitLabReport.Vulnerability, identifiers: [GitLabReport.Identifier]) -> AdvisoryReference {
        let names = identifiers.filter { !Self.classifications.contains($0.type?.lowercased() ?? "") }
            .compactMap { identifier -> String? in
                let type = identifier.type?.lowercased() ?? ""
                return ["cve", "ghsa", "osvdb", "gemnasium"].contains(type) || identifier.value == nil ? identifier.name : identifier.value
            }
        let preferred = identifiers.first { ["cve", "ghsa"].contains($0.type?.lowercased() ?? "") }?.name
        let id = preferred ?? names.first ?? vulnerability.name ?? "unknown"
        let url = identifiers.first { $0.name == id }?.url ?? vulnerability.links?.first?.url
        return AdvisoryReference(
            id: id, aliases: Array(Set(names.filter { $0 != id })).sorted(), summary: vulnerability.name,
            fixedVersions: vulnerability.solution.map(Self.fixedVersions) ?? [], url: url)
    }

    func component(_ vulnerability: GitLabReport.Vulnerability, scanType: String) -> ComponentReference {
        let location = vulnerability.location
        let parts = vulnerability.cve?.split(separator: ":").map(String.init) ?? []
        // Older reports leave the package empty but keep it in `cve` (`file:package:scanner:uuid`).
        let name = location?.dependency?.package?.name.flatMap { $0.isEmpty ? nil : $0 } ?? (parts.count >= 3 ? parts[1] : "")
        let version = location?.dependency?.version ?? ""
        if scanType != "dependency_scanning" {
            let (system, namespace) = GitLabEcosystem.operatingSystem(location?.operatingSystem)
            let purl = GitLabEcosystem.purl(type: system.purlType, namespace: namespace, name: name, version: version)
            return ImportSupport.component(purl: purl, name: name, version: version, ecosystem: system.ecosystem)
        }
        let file = location?.file ?? ""
        let manager = dependencyFiles.first { $0.path == file }?.packageManager ?? GitLabEcosystem.manager(forFile: file)
        let ecosystem = GitLabEcosystem(manager: manager)
        let osvName = ecosystem.ecosystem == "Maven" ? name.replacingOccurrences(of: "/", with: ":") : name
        return ImportSupport.component(
            purl: GitLabEcosystem.purl(type: ecosystem.purlType, name: name, version: version), name: osvName, version: version,
            ecosystem: ecosystem.ecosystem, direct: location?.dependency?.direct)
    }

    /// Versions named in the analyzers' advice: "Upgrade to versions 2.2.3, 3.0.1 or above."
    /// (gemnasium), "Upgrade libssl3 to 3.0.12-r1" (container scanning).
    static func fixedVersions(_ solution: String) -> [String] {
        guard let range = solution.range(of: "version ") ?? solution.range(of: "versions ") ?? solution.range(of: " to ", options: .backwards) else { return [] }
        var rest = solution[range.upperBound...]
        if let end = rest.range(of: " or ") { rest = rest[..<end.lowerBound] }
        return rest.split(whereSeparator: { $0 == "," || $0 == " " })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .filter { ($0.first?.isNumber ?? false) || ($0.first == "v" && $0.dropFirst().first?.isNumber == true) }
    }
}
