import WardCore

/// Builds the findings of the component analysis.
///
/// Fingerprints hash the rule id, the lockfile path and the package URL *without* its version: a
/// finding keeps its identity when the lockfile moves lines or when the component is upgraded to a
/// version that is still affected, and disappears (is fixed) once no affected version remains.
enum ComponentFindings {
    /// Policy rule ids, never renamed.
    static let bannedRule = "banned-component"
    static let unapprovedRule = "unapproved-component"
    static let deniedLicenseRule = "denied-license"
    static let unlistedLicenseRule = "unlisted-license"
    static let unknownLicenseRule = "unknown-license"

    static func vulnerability(_ match: VulnerabilityMatch, component: Component, place: ComponentPlace, cwe: [Int]) -> Finding {
        let name = component.name, version = component.version
        let aliases = match.aliases.isEmpty ? "" : " (\(match.aliases.joined(separator: ", ")))"
        var summary = match.summary.map { ": \($0.trimmingCharacters(in: .whitespacesAndNewlines))" } ?? ""
        if !summary.hasSuffix(".") { summary += "." }
        let smallestFix = match.smallestFix.map { spelled($0, like: version) }
        let fix = smallestFix.map { "Upgrade \(name) to ≥ \($0)." } ?? "No fixed version of \(name) is published."
        let remediation = smallestFix.map {
            "Upgrade \(name) to \($0) or later in \(place.path) (the smallest release above \(version) that fixes \(match.id))."
        } ?? "No release of \(name) fixes \(match.id) yet: replace or remove the dependency, or record why it does not apply "
            + "with a VEX statement or `components.ignore` in ward.yml."
        return Finding(
            ruleId: match.id, kind: .dependency, severity: match.effectiveSeverity,
            title: "\(name) \(version) is affected by \(match.id)",
            message: "\(name) \(version) is affected by \(match.id)\(aliases)\(summary) \(fix)",
            cwe: cwe, location: place.location, remediation: remediation, tags: tags(component, "vulnerability"),
            fingerprint: fingerprint(match.id, place: place, component: component),
            component: component.reference, advisory: match.advisoryReference)
    }

    /// A fixed version spelled as the lockfile spells versions: Go modules write `v1.7.7` where OSV has `1.7.7`.
    static func spelled(_ fix: String, like installed: String) -> String {
        installed.hasPrefix("v") && fix.first?.isNumber == true ? "v" + fix : fix
    }

    static func banned(_ component: Component, rule: ComponentRule, place: ComponentPlace) -> Finding {
        let reason = rule.reason.map { ": \($0)" } ?? ""
        return policy(
            bannedRule, component, place: place, severity: .high,
            title: "Banned component \(component.name) \(component.version)",
            message: "\(component.name) \(component.version) is banned by \(rule.purl)\(reason).",
            remediation: "Replace \(component.name), or move to a version outside \(rule.purl), as `components.banned` in ward.yml requires.")
    }

    static func unapproved(_ component: Component, place: ComponentPlace) -> Finding {
        policy(
            unapprovedRule, component, place: place, severity: .low,
            title: "Unapproved component \(component.name) \(component.version)",
            message: "\(component.name) \(component.version) is not on the approved component list.",
            remediation: "Use an approved component instead, or have \(component.purl.versionless) added to `components.approved` in ward.yml.")
    }

    static func deniedLicense(_ component: Component, ids: [String], place: ComponentPlace) -> Finding {
        policy(
            deniedLicenseRule, component, place: place, severity: .medium,
            title: "Denied license \(ids.joined(separator: ", ")) in \(component.name)",
            message: "\(component.name) \(component.version) is licensed under \(component.licenses.joined(separator: "; ")), which the license policy denies (\(ids.joined(separator: ", "))).",
            remediation: "Replace \(component.name) with a component under an allowed license, or obtain another license for it.")
    }

    static func unlistedLicense(_ component: Component, licenses: [String], place: ComponentPlace) -> Finding {
        policy(
            unlistedLicenseRule, component, place: place, severity: .low,
            title: "License \(licenses.joined(separator: ", ")) of \(component.name) is not on the allow list",
            message: "\(component.name) \(component.version) is licensed under \(licenses.joined(separator: "; ")), which `components.licenses.allow` does not list.",
            remediation: "Check the license with your legal team and add it to the allow list, or replace \(component.name).")
    }

    static func unknownLicense(_ component: Component, place: ComponentPlace) -> Finding {
        policy(
            unknownLicenseRule, component, place: place, severity: .low,
            title: "Unknown license of \(component.name)",
            message: "No license is declared or detected for \(component.name) \(component.version).",
            remediation: "Find the license of \(component.name) and record it, or replace the component.")
    }

    private static func policy(
        _ ruleId: String, _ component: Component, place: ComponentPlace, severity: Severity, title: String, message: String, remediation: String
    ) -> Finding {
        Finding(
            ruleId: ruleId, kind: .dependency, severity: severity, title: title, message: message, location: place.location,
            remediation: remediation, tags: tags(component, "policy"), fingerprint: fingerprint(ruleId, place: place, component: component),
            component: component.reference)
    }

    private static func tags(_ component: Component, _ category: String) -> [String] {
        var tags = ["sca", category, component.ecosystem.lowercased()]
        if component.scope != .runtime { tags.append(component.scope.rawValue) }
        if component.direct == false { tags.append("transitive") }
        return tags
    }

    static func fingerprint(_ ruleId: String, place: ComponentPlace, component: Component) -> String {
        Fingerprint.make(ruleId: ruleId, path: place.path, content: component.purl.versionless.description)
    }

    /// Gives a repeated fingerprint (the same package twice in one lockfile, at two versions) an occurrence number.
    static func disambiguated(_ findings: [Finding]) -> [Finding] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let count = seen[finding.fingerprint, default: 0]
            seen[finding.fingerprint] = count + 1
            guard count > 0, let location = finding.location, let purl = finding.component.flatMap({ PackageURL($0.purl) }) else { return finding }
            var copy = finding
            copy.fingerprint = Fingerprint.make(ruleId: finding.ruleId, path: location.path, content: purl.versionless.description, occurrence: count)
            return copy
        }
    }
}
