/// What makes two tools' findings the same problem: the same secret, the same advisory (by any of
/// its ids) in the same package, or the same weakness (CWE) in the same file on overlapping lines.
public enum CorrelationKey {
    /// Equality keys, plus `cwe:` keys whose findings must also overlap in lines.
    public static func keys(for finding: Finding) -> [String] {
        var keys: [String] = []
        if let secret = finding.secret { keys.append("sec:" + secret.sha256) }
        if let component = finding.component, let advisory = finding.advisory, !component.purl.isEmpty {
            let purl = component.purl.split(separator: "?").first.map(String.init) ?? component.purl
            keys += advisory.allIDs.map { "adv:\($0)|\(purl)" }
        }
        if let location = finding.location, finding.secret == nil {
            keys += finding.cwe.map { "cwe:\($0)|\(location.path)" }
        }
        return keys
    }

    public static func needsOverlap(_ key: String) -> Bool { key.hasPrefix("cwe:") }

    public static func overlaps(_ a: Location?, start: Int?, end: Int?) -> Bool {
        guard let a, let start, let end else { return false }
        return a.startLine <= end && start <= a.endLine
    }
}

/// Merges the findings of several tools in one report: each group of findings that correlate
/// becomes one finding that lists every source, as the platform does across scans.
public enum FindingCorrelator {
    /// Findings of one tool never merge with each other (a tool's two reports are two problems).
    /// The first finding of a group (report order puts Ward's own first when callers list it first)
    /// stays the primary; the group's severity is the highest any source gave.
    public static func merge(_ findings: [Finding]) -> [Finding] {
        var merged: [Finding] = []
        var groupTools: [Set<String>] = []
        var index: [String: [Int]] = [:]
        for finding in findings {
            let keys = CorrelationKey.keys(for: finding)
            let target = keys.lazy.compactMap { key in
                (index[key] ?? []).first { group in
                    !groupTools[group].contains(finding.tool)
                        && (!CorrelationKey.needsOverlap(key)
                            || CorrelationKey.overlaps(merged[group].location, start: finding.location?.startLine, end: finding.location?.endLine))
                }
            }.first
            if let group = target {
                absorb(finding, into: &merged[group])
                groupTools[group].insert(finding.tool)
                for key in keys where !(index[key] ?? []).contains(group) { index[key, default: []].append(group) }
            } else {
                for key in keys { index[key, default: []].append(merged.count) }
                merged.append(finding)
                groupTools.append([finding.tool])
            }
        }
        return merged
    }

    static func absorb(_ other: Finding, into primary: inout Finding) {
        var sources = primary.sources ?? [FindingSource(tool: primary.tool, ruleId: primary.ruleId, severity: primary.severity, title: primary.title)]
        sources.append(FindingSource(tool: other.tool, ruleId: other.ruleId, severity: other.severity, title: other.title))
        primary.sources = sources
        primary.severity = max(primary.severity, other.severity)
        primary.cwe = Array(Set(primary.cwe).union(other.cwe)).sorted()
        if primary.remediation == nil { primary.remediation = other.remediation }
        if let advisory = other.advisory, var mine = primary.advisory {
            mine.aliases = Set(mine.aliases).union(advisory.allIDs).subtracting([mine.id]).sorted()
            if mine.fixedVersions.isEmpty { mine.fixedVersions = advisory.fixedVersions }
            primary.advisory = mine
        }
    }
}
