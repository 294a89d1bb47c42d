import Foundation
import Testing
import WardComponents
import WardCore

/// Banned and approved components, license policy, and VEX statements.
@Suite struct ComponentPolicyTests {
    static func component(_ purl: String, licenses: [String] = [], line: Int = 1) throws -> Component {
        let url = try PackageURL(parsing: purl)
        let ecosystem = Ecosystem.allCases.first { $0.purlType == url.type }!
        let name = url.namespace.map { ecosystem == .maven ? "\($0):\(url.name)" : "\($0)/\(url.name)" } ?? url.name
        return Component(
            ecosystem: ecosystem.rawValue, name: name, version: url.version ?? "", purl: url, direct: true,
            location: DeclaredLocation(path: "lockfile", line: line), licenses: licenses)
    }

    static func findings(_ components: [Component], _ configure: (inout ComponentSettings) -> Void) throws -> [Finding] {
        var settings = ComponentSettings()
        configure(&settings)
        return try ComponentAnalysis(settings: settings, database: nil).analyse(components).findings
    }

    @Test(arguments: [
        ("pkg:maven/com.alibaba/fastjson@1.2.47", true),
        ("pkg:maven/com.alibaba/fastjson@1.2.83", false),
        ("pkg:maven/com.alibaba/fastjson@1.2.9", true),  // Maven ordering, not text: 1.2.9 < 1.2.83
        ("pkg:maven/com.alibaba/fastjson2/fastjson2@2.0.40", false),
    ])
    func bannedByVersionRange(purl: String, banned: Bool) throws {
        let findings = try Self.findings([Self.component(purl)]) {
            $0.banned = [ComponentRule(purl: "pkg:maven/com.alibaba/fastjson@<1.2.83", reason: "autoType RCE")]
        }
        #expect(findings.map(\.ruleId) == (banned ? ["banned-component"] : []))
        if banned {
            #expect(findings[0].severity == .high)
            #expect(findings[0].message.hasSuffix("is banned by pkg:maven/com.alibaba/fastjson@<1.2.83: autoType RCE."))
            #expect(findings[0].component?.purl == purl)
        }
    }

    @Test(arguments: [("5.0", false), ("5.1", true), ("5.3.1", true), ("5.4", false)])
    func bannedByABoundedRange(version: String, banned: Bool) throws {
        let findings = try Self.findings([Self.component("pkg:pypi/pyyaml@\(version)")]) {
            $0.banned = [ComponentRule(purl: "pkg:pypi/PyYAML@>=5.1,<5.4")]
        }
        #expect(findings.map(\.ruleId) == (banned ? ["banned-component"] : []))
    }

    @Test func approvedListReportsEverythingElse() throws {
        let findings = try Self.findings([
            Self.component("pkg:npm/left-pad@1.3.0", line: 1), Self.component("pkg:npm/lodash@4.17.21", line: 2),
            Self.component("pkg:npm/%40babel/core@7.23.0", line: 3),
        ]) {
            $0.approved = [ComponentRule(purl: "pkg:npm/lodash"), ComponentRule(purl: "pkg:npm/%40babel/core@>=7")]
        }
        #expect(findings.map(\.ruleId) == ["unapproved-component"])
        #expect(findings.first?.component?.name == "left-pad")
        #expect(findings.first?.severity == .low)
    }

    @Test func licensePolicy() throws {
        let components = [
            try Self.component("pkg:npm/a@1.0.0", licenses: ["MIT"], line: 1),
            try Self.component("pkg:npm/b@1.0.0", licenses: ["GPL-3.0-only"], line: 2),
            try Self.component("pkg:npm/c@1.0.0", licenses: ["GPL-3.0-only OR MIT"], line: 3),
            try Self.component("pkg:npm/d@1.0.0", licenses: ["BSD-3-Clause"], line: 4),
            try Self.component("pkg:npm/e@1.0.0", line: 5),
        ]
        let findings = try Self.findings(components) {
            $0.licenses.allow = ["MIT", "Apache-2.0"]
            $0.licenses.deny = ["GPL-3.0-only"]
            $0.licenses.reportUnknown = true
        }
        #expect(findings.map { "\($0.component!.name) \($0.ruleId) \($0.severity.rawValue)" } == [
            "b denied-license medium", "d unlisted-license low", "e unknown-license low",
        ])
    }

    @Test func malformedBannedPurlIsAnInputError() {
        var settings = ComponentSettings()
        settings.banned = [ComponentRule(purl: "pkg:maven/com.alibaba/fastjson@<")]
        #expect(throws: InputError.self) { try ComponentAnalysis(settings: settings, database: nil) }
    }

    // MARK: - VEX

    static let advisory = AdvisoryReference(id: "PYSEC-2019-217", aliases: ["CVE-2019-10906", "GHSA-462w-v97r-4m45"])

    @Test func openVEXStatementsMatchByAliasAndProduct() throws {
        let document = """
            {"@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://example.com/vex/1", "author": "AppSec",
             "timestamp": "2024-05-01T12:00:00Z", "version": 1,
             "statements": [
               {"vulnerability": {"name": "CVE-2019-10906"}, "status": "not_affected",
                "justification": "vulnerable_code_not_in_execute_path", "impact_statement": "the sandbox is not used",
                "products": [{"@id": "pkg:github/lumen/backend", "subcomponents": [{"@id": "pkg:pypi/jinja2@2.10"}]}]},
               {"vulnerability": {"name": "CVE-2020-28493"}, "status": "under_investigation", "products": [{"@id": "pkg:pypi/jinja2"}]}
             ]}
            """
        let statements = try VEXDocument.read(Array(document.utf8), path: "vex/openvex.json")
        #expect(statements.count == 2)
        let jinja = try PackageURL(parsing: "pkg:pypi/jinja2@2.10")
        #expect(statements[0].applies(to: Self.advisory, component: jinja))
        #expect(!statements[0].applies(to: Self.advisory, component: try PackageURL(parsing: "pkg:pypi/jinja2@2.10.1")))
        #expect(!statements[0].applies(to: AdvisoryReference(id: "PYSEC-2021-66", aliases: ["CVE-2020-28493"]), component: jinja))
        #expect(statements[0].analysis == FindingAnalysis(
            state: .notAffected, justification: "vulnerable_code_not_in_execute_path: the sandbox is not used", source: "vex/openvex.json"))
        #expect(statements[1].applies(to: AdvisoryReference(id: "PYSEC-2021-66", aliases: ["CVE-2020-28493"]), component: jinja))
        #expect(statements[1].analysis.suppresses == false)
    }

    @Test func cycloneDXVEXResolvesBomRefs() throws {
        let document = """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
             "components": [{"type": "library", "bom-ref": "jinja", "name": "jinja2", "version": "2.10", "purl": "pkg:pypi/jinja2@2.10"}],
             "vulnerabilities": [
               {"id": "CVE-2019-10906", "analysis": {"state": "resolved", "detail": "patched in our fork"}, "affects": [{"ref": "jinja"}]},
               {"id": "GHSA-x", "affects": [{"ref": "jinja"}]}
             ]}
            """
        let statements = try VEXDocument.read(Array(document.utf8), path: "bom.vex.json")
        #expect(statements.count == 1)
        #expect(statements[0].state == .fixed)
        #expect(statements[0].applies(to: Self.advisory, component: try PackageURL(parsing: "pkg:pypi/jinja2@2.10")))
    }

    @Test(arguments: ["{\"statements\": [{\"status\": \"not_affected\"}]}", "{\"vulnerabilities\": [{\"id\": \"CVE-1\", \"analysis\": {\"state\": \"maybe\"}}]}", "[1, 2", "{}"])
    func malformedVEXNamesTheFile(document: String) {
        do {
            _ = try VEXDocument.read(Array(document.utf8), path: "broken.vex.json")
            Issue.record("accepted \(document)")
        } catch {
            #expect(error.path == "broken.vex.json")
        }
    }

    @Test func vexSuppressedFindingsStayInTheReportButOutOfTheGate() throws {
        let result = try ComponentAnalysisTests.scan([
            "requirements.txt": "jinja2==2.10\n",
            "openvex.json": """
                {"@context": "https://openvex.dev/ns/v0.2.0", "statements": [
                  {"vulnerability": {"name": "GHSA-462w-v97r-4m45"}, "status": "not_affected", "justification": "inline_mitigations_already_exist",
                   "products": [{"@id": "pkg:pypi/jinja2"}]},
                  {"vulnerability": {"name": "PYSEC-2021-66"}, "status": "fixed", "products": [{"@id": "pkg:pypi/jinja2@2.10"}]}]}
                """,
        ], vex: ["openvex.json"])
        #expect(result.findings.map(\.ruleId) == ["PYSEC-2019-217", "PYSEC-2021-66"])
        #expect(result.findings.map { $0.analysis?.state } == [.notAffected, .fixed])
        #expect(result.findings[0].analysis?.justification == "inline_mitigations_already_exist")
        let report = ScanReport(
            target: ScanTarget(mode: .directory, root: "."), startedAt: Date(), finishedAt: Date(), statistics: ScanStatistics(),
            rules: [], findings: result.findings, warnings: [])
        #expect(report.highestSeverity == nil)
    }
}
