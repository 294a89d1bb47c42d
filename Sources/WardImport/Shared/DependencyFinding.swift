import WardCore

/// The parts of a dependency finding, gathered by each SCA reader and turned into a `Finding` the
/// same way for all of them, so that the correlator can merge on advisory alias + versionless purl.
struct DependencyFinding {
    var tool: String
    var ruleID: String
    var advisoryID: String
    var aliases: [String] = []
    var component: ComponentReference
    var severity: Severity
    var confidence: Confidence = .high
    var title: String
    var message: String
    var summary: String?
    var fixedVersions: [String] = []
    var cvssVector: String?
    var cvssScore: Double?
    var url: String?
    var cwe: [Int] = []
    /// The manifest, lockfile or file the component was found in, relative to the project.
    var path: String?
    /// The line in `path` when the tool names one (a call site, a manifest entry).
    var line: Int?
    var remediation: String?
    var tags: [String] = []
    var kind: FindingKind = .dependency
    var analysis: FindingAnalysis?

    /// The finding, with an identity made of the advisory and the versionless purl, so that an
    /// upgrade that stays vulnerable keeps the same fingerprint.
    func make(_ fingerprints: inout FingerprintMaker) -> Finding {
        let path = path.flatMap(ImportSupport.relativePath)
        let aliases = Set(aliases.filter { !$0.isEmpty && $0 != advisoryID }).sorted()
        let identity = component.purl.isEmpty ? component.ecosystem + "/" + component.name : ImportSupport.versionless(component.purl)
        var fixes: [String] = []
        for version in fixedVersions where !version.isEmpty && !fixes.contains(version) { fixes.append(version) }
        let advice = remediation ?? (fixes.isEmpty ? nil : "Upgrade \(component.name) to \(fixes.joined(separator: ", ")) or later.")
        return Finding(
            ruleId: ruleID, tool: tool, kind: kind, severity: severity, confidence: confidence,
            title: String(title.prefix(300)), message: message.isEmpty ? title : message, cwe: cwe,
            location: path.map { Location(path: $0, startLine: max(1, line ?? 1), startColumn: 1, endLine: max(1, line ?? 1), endColumn: 1) },
            remediation: advice, tags: Set(tags.filter { !$0.isEmpty }).sorted(),
            fingerprint: fingerprints.make(tool: tool, ruleID: ruleID, path: path ?? "", content: advisoryID + " " + identity),
            component: canonical(component),
            advisory: AdvisoryReference(
                id: advisoryID, aliases: aliases, summary: summary, fixedVersions: fixes,
                cvssVector: cvssVector, cvssScore: cvssScore, url: url),
            analysis: analysis)
    }

    /// The component with its purl in canonical form (lowercase PyPI names, sorted qualifiers).
    private func canonical(_ component: ComponentReference) -> ComponentReference {
        var component = component
        component.purl = PackageURL(component.purl)?.description ?? component.purl
        return component
    }

    /// CVE and GHSA ids named by advisory URLs (`nvd.nist.gov/vuln/detail/CVE-…`,
    /// `github.com/advisories/GHSA-…`), for tools that list aliases only as references.
    static func advisoryIDs(inURLs urls: [String]) -> [String] {
        var ids: [String] = []
        for url in urls {
            guard let last = url.split(separator: "/").last.map(String.init) else { continue }
            let isCVE = url.contains("nvd.nist.gov/vuln/detail/") && last.hasPrefix("CVE-")
            let isGHSA = url.contains("github.com/advisories/") && last.hasPrefix("GHSA-")
            if (isCVE || isGHSA), !ids.contains(last) { ids.append(last) }
        }
        return ids
    }
}
