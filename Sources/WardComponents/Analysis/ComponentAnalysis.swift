import Foundation
import WardCore

/// Turns a project's components into findings: advisories that affect them, banned and unapproved
/// components, and licenses outside the policy; then applies `components.ignore` and VEX statements.
public struct ComponentAnalysis: Sendable {
    public let settings: ComponentSettings
    public let database: AdvisoryDatabase?
    public let vex: [VEXStatement]
    let banned: [ComponentRuleMatcher]
    let approved: [ComponentRuleMatcher]
    let licenses: LicensePolicy

    /// Prepares the policy of `settings`; a malformed banned or approved purl is an `InputError`.
    public init(settings: ComponentSettings, database: AdvisoryDatabase?, vex: [VEXStatement] = []) throws(InputError) {
        self.settings = settings
        self.database = database
        self.vex = vex
        var banned: [ComponentRuleMatcher] = []
        for rule in settings.banned { banned.append(try ComponentRuleMatcher(rule)) }
        var approved: [ComponentRuleMatcher] = []
        for rule in settings.approved { approved.append(try ComponentRuleMatcher(rule)) }
        self.banned = banned
        self.approved = approved
        licenses = LicensePolicy(settings.licenses)
    }

    /// The components a scan looks at: development and test ones only when `dev-dependencies` is on.
    public func inScope(_ components: [Component]) -> [Component] {
        settings.devDependencies ? components : components.filter { $0.scope != .development && $0.scope != .test }
    }

    /// Findings for `components` (already in scope), in report order. `sbomPath` locates components
    /// that came from an SBOM and so have no declared location.
    public func analyse(_ components: [Component], sbomPath: String? = nil) throws(InputError) -> ComponentAnalysisResult {
        var result = ComponentAnalysisResult(findings: [], components: components, warnings: [], suppressed: 0)
        let ignored = Set(settings.ignore.map { $0.id.uppercased() })
        for component in components {
            let place = ComponentPlace(component: component, sbomPath: sbomPath)
            if let database, let ecosystem = Ecosystem(osvName: component.ecosystem) {
                let matches: [VulnerabilityMatch]
                do {
                    matches = try database.vulnerabilities(ecosystem: ecosystem, name: component.name, version: component.version)
                } catch {
                    throw InputError(path: database.path, "cannot read the advisory database: \(error)")
                }
                for match in matches {
                    if ([match.id] + match.aliases).contains(where: { ignored.contains($0.uppercased()) }) {
                        result.suppressed += 1
                        continue
                    }
                    var finding = ComponentFindings.vulnerability(match, component: component, place: place, cwe: match.cweIDs)
                    if let statement = vex.last(where: { $0.applies(to: finding.advisory!, component: component.purl) }) {
                        finding.analysis = statement.analysis
                    }
                    result.findings.append(finding)
                }
            }
            result.findings += policyFindings(component, place: place)
        }
        result.findings = ComponentFindings.disambiguated(result.findings).sorted(by: Finding.reportOrder)
        return result
    }

    private func policyFindings(_ component: Component, place: ComponentPlace) -> [Finding] {
        var findings: [Finding] = []
        if let rule = banned.first(where: { $0.matches(component) }) {
            findings.append(ComponentFindings.banned(component, rule: rule.rule, place: place))
        } else if !approved.isEmpty, !approved.contains(where: { $0.matches(component) }) {
            findings.append(ComponentFindings.unapproved(component, place: place))
        }
        if !licenses.isEmpty {
            switch licenses.verdict(for: component.licenses) {
            case .acceptable: break
            case .denied(let ids): findings.append(ComponentFindings.deniedLicense(component, ids: ids, place: place))
            case .unlisted(let expressions): findings.append(ComponentFindings.unlistedLicense(component, licenses: expressions, place: place))
            case .unknown: findings.append(ComponentFindings.unknownLicense(component, place: place))
            }
        }
        return findings
    }
}

/// What the component analysis of a scan found.
public struct ComponentAnalysisResult: Sendable {
    public var findings: [Finding]
    /// The components analysed (in scope), in inventory order.
    public var components: [Component]
    public var warnings: [ScanWarning]
    /// Advisories left out by `components.ignore`.
    public var suppressed: Int

    public init(findings: [Finding], components: [Component], warnings: [ScanWarning], suppressed: Int) {
        self.findings = findings
        self.components = components
        self.warnings = warnings
        self.suppressed = suppressed
    }
}

/// Where a component's findings point: the lockfile line that declares it, or the SBOM it came from.
struct ComponentPlace {
    var path: String
    var line: Int

    init(component: Component, sbomPath: String?) {
        path = component.location?.path ?? sbomPath ?? "."
        line = component.location?.line ?? 1
    }

    var location: Location { Location(path: path, startLine: line, startColumn: 1, endLine: line, endColumn: 1) }
}
