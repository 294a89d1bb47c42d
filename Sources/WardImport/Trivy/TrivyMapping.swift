import WardCore

/// Maps each of Trivy's four result lists to Ward findings.
enum TrivyMapping {
    /// Trivy result types (`Type`) → OSV ecosystem and, for OS packages, the purl namespace.
    static func ecosystem(_ type: String?) -> (ecosystem: String?, distro: String?) {
        switch type?.lowercased() {
        case "alpine", "wolfi", "chainguard": ("Alpine", type?.lowercased() == "alpine" ? "alpine" : type?.lowercased())
        case "debian": ("Debian", "debian")
        case "ubuntu": ("Ubuntu", "ubuntu")
        case "redhat", "centos", "rocky", "alma", "oracle", "amazon", "fedora": ("Red Hat", type?.lowercased())
        default: (OSVEcosystem.named(type), nil)
        }
    }

    static func vulnerability(_ vuln: TrivyReport.Vulnerability, in result: TrivyReport.Result, image: Bool) -> DependencyFinding {
        let (ecosystem, distro) = ecosystem(result.type)
        let purl = vuln.pkgIdentifier?.purl ?? OSVEcosystem.purl(ecosystem: ecosystem, name: vuln.pkgName, version: vuln.installedVersion, distro: distro)
        let isOS = result.resultClass == "os-pkgs"
        let cvss = vuln.severitySource.flatMap { vuln.cvss?[$0] } ?? vuln.cvss?["nvd"] ?? vuln.cvss?.values.first
        let fixed = (vuln.fixedVersion ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return DependencyFinding(
            tool: TrivyReader.id, ruleID: vuln.vulnerabilityID, advisoryID: vuln.vulnerabilityID,
            aliases: DependencyFinding.advisoryIDs(inURLs: vuln.references ?? []),
            component: ComponentReference(purl: purl, name: vuln.pkgName, version: vuln.installedVersion ?? "", ecosystem: ecosystem ?? OSVEcosystem.of(purl: purl)),
            severity: TrivyReader.severity(vuln.severity), title: vuln.title ?? vuln.vulnerabilityID,
            message: vuln.description ?? vuln.title ?? vuln.vulnerabilityID, summary: vuln.title, fixedVersions: fixed,
            cvssVector: cvss?.v3Vector, cvssScore: cvss?.v3Score, url: vuln.primaryURL,
            cwe: ImportSupport.cweIDs(in: vuln.cweIDs ?? []), path: isOS ? nil : result.target,
            tags: [result.type ?? ""], kind: isOS && image ? .container : .dependency)
    }

    static func misconfiguration(_ item: TrivyReport.Misconfiguration, in result: TrivyReport.Result, fingerprints: inout FingerprintMaker) -> Finding {
        let ruleID = item.avdID ?? item.id ?? "unknown"
        let cause = item.causeMetadata
        let lines = (cause?.code?.lines ?? []).filter { $0.isCause ?? false }.compactMap(\.content)
        let snippet = lines.isEmpty ? nil : String(lines.joined(separator: "\n").prefix(1000))
        let path = ImportSupport.relativePath(result.target) ?? result.target
        let start = max(1, cause?.startLine ?? 1)
        let title = item.title ?? ruleID
        let message = item.message ?? item.description ?? title
        return Finding(
            ruleId: ruleID, tool: TrivyReader.id, kind: .configuration, severity: TrivyReader.severity(item.severity),
            confidence: .high, title: String(title.prefix(300)), message: message,
            location: Location(path: path, startLine: start, startColumn: 1, endLine: max(start, cause?.endLine ?? start), endColumn: 1, snippet: snippet),
            remediation: item.resolution, tags: [item.type, cause?.resource].compactMap { $0 }.sorted(),
            fingerprint: fingerprints.make(tool: TrivyReader.id, ruleID: ruleID, path: path, content: (cause?.resource ?? "") + " " + message))
    }

    /// The matched text is redacted on read: only its hash and a short preview are kept.
    static func secret(_ item: TrivyReport.Secret, in result: TrivyReport.Result, fingerprints: inout FingerprintMaker) -> Finding {
        let path = ImportSupport.relativePath(result.target) ?? result.target
        let redacted = RedactedSecret(secret: Array((item.match ?? "").trimmingCharacters(in: .whitespaces).utf8))
        let start = max(1, item.startLine ?? 1)
        let title = item.title ?? item.ruleID
        return Finding(
            ruleId: item.ruleID, tool: TrivyReader.id, kind: .secret, severity: TrivyReader.severity(item.severity),
            confidence: .medium, title: String(title.prefix(300)), message: "\(title) found in \(path).", cwe: [798],
            location: Location(path: path, startLine: start, startColumn: 1, endLine: max(start, item.endLine ?? start), endColumn: 1),
            secret: redacted, remediation: "Revoke and rotate the secret, then remove it from the file and its history.",
            tags: [item.category].compactMap { $0 },
            fingerprint: fingerprints.make(tool: TrivyReader.id, ruleID: item.ruleID, path: path, content: redacted.sha256))
    }

    /// A license Trivy classified (forbidden, restricted, …) in a package or file.
    static func license(_ item: TrivyReport.License, in result: TrivyReport.Result, fingerprints: inout FingerprintMaker) -> Finding {
        let subject = item.pkgName ?? item.filePath ?? result.target
        let category = item.category ?? "unknown"
        // License results name their language in `Target` ("Node.js", "Python") rather than in `Type`.
        let (ecosystem, distro) = result.type == nil ? (OSVEcosystem.named(result.target), nil) : ecosystem(result.type)
        let component = item.pkgName.map { name in
            ComponentReference(purl: OSVEcosystem.purl(ecosystem: ecosystem, name: name, version: nil, distro: distro), name: name, version: "", ecosystem: ecosystem ?? "")
        }
        let path = item.filePath.flatMap(ImportSupport.relativePath)
        let confidence: Confidence = (item.confidence ?? 1) >= 0.9 ? .high : .medium
        return Finding(
            ruleId: "license/" + item.name, tool: TrivyReader.id, kind: .dependency, severity: TrivyReader.severity(item.severity),
            confidence: confidence, title: "License \(item.name) (\(category)) in \(subject)",
            message: "\(subject) is licensed under \(item.name), which the license policy classifies as \(category).",
            location: path.map { Location(path: $0, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1) },
            remediation: "Check that the license is acceptable for this use, or replace \(subject).",
            tags: ["license", category], fingerprint: fingerprints.make(tool: TrivyReader.id, ruleID: "license/" + item.name, path: path ?? result.target, content: subject),
            component: component)
    }
}
