import Foundation
import Testing
import WardComponents
import WardCore

/// Advisory matching of whole projects against the real OSV fixtures: exact advisory ids for
/// vulnerable versions, none for fixed ones.
@Suite struct ComponentAnalysisTests {
    /// Runs the component scan of a scratch project made of `files`, against every OSV fixture.
    static func scan(_ files: [String: String], settings: ComponentSettings = ComponentSettings(), vex: [String] = []) throws -> ComponentAnalysisResult {
        let scratch = try OSVFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        _ = try OSVFixtures.database(in: scratch)
        let project = scratch + "/project"
        for (path, text) in files {
            let url = URL(fileURLWithPath: project + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        var scan = ComponentScan(root: project, databasePath: scratch + "/osv.db", settings: settings)
        scan.vexFiles = vex.map { project + "/" + $0 }
        return try scan.run()
    }

    static func ids(_ result: ComponentAnalysisResult, _ purl: String) -> [String] {
        result.findings.filter { $0.component?.purl == purl && $0.advisory != nil }.map(\.ruleId).sorted()
    }

    @Test func pythonRequirementsReportExactAdvisoriesAndNoneForFixedVersions() throws {
        let result = try Self.scan(["requirements.txt": """
            # pinned by pip-compile
            jinja2==2.10
            PyYAML==5.3 ; python_version >= "3.6"
            requests==2.19.1
            urllib3==1.26.5
            """, "fixed/requirements.txt": "jinja2==2.11.3\npyyaml==5.4\nrequests==2.31.0\nurllib3==1.26.18\n"])
        #expect(Self.ids(result, "pkg:pypi/jinja2@2.10") == ["PYSEC-2019-217", "PYSEC-2021-66"])
        #expect(Self.ids(result, "pkg:pypi/pyyaml@5.3") == ["PYSEC-2020-96", "PYSEC-2021-142"])
        #expect(Self.ids(result, "pkg:pypi/requests@2.19.1") == ["PYSEC-2018-28", "PYSEC-2023-74"])
        #expect(Self.ids(result, "pkg:pypi/urllib3@1.26.5") == ["PYSEC-2023-192", "PYSEC-2023-212"])
        #expect(!result.findings.contains { $0.location?.path.hasPrefix("fixed/") == true })

        let jinja = try #require(result.findings.first { $0.ruleId == "PYSEC-2019-217" })
        #expect(jinja.kind == .dependency)
        #expect(jinja.location?.path == "requirements.txt")
        #expect(jinja.location?.startLine == 2)
        #expect(jinja.advisory?.aliases == ["CVE-2019-10906", "GHSA-462w-v97r-4m45"])
        #expect(jinja.advisory?.fixedVersions.first == "2.10.1")
        #expect(jinja.message.contains("CVE-2019-10906"))
        #expect(jinja.message.hasSuffix("Upgrade jinja2 to ≥ 2.10.1."))
        #expect(jinja.component == ComponentReference(purl: "pkg:pypi/jinja2@2.10", name: "jinja2", version: "2.10", ecosystem: "PyPI"))
    }

    @Test func rustFixtureLockfile() throws {
        let text = String(decoding: try Fixtures.bytes("lockfiles/rust/Cargo.lock"), as: UTF8.self)
        let result = try Self.scan(["Cargo.lock": text])
        #expect(Self.ids(result, "pkg:cargo/time@0.1.45") == ["RUSTSEC-2020-0071"])
        #expect(Self.ids(result, "pkg:cargo/time@0.3.30") == ["RUSTSEC-2026-0009"])
        #expect(Self.ids(result, "pkg:cargo/serde@1.0.190") == [])
        let time = try #require(result.findings.first { $0.ruleId == "RUSTSEC-2026-0009" })
        #expect(time.message.hasSuffix("Upgrade time to ≥ 0.3.47."))
    }

    @Test func goPseudoVersionsAndTheVPrefixOfFixes() throws {
        let result = try Self.scan([
            "go.mod": "module example.com/x\n\ngo 1.21\n\nrequire golang.org/x/net v0.0.0-20180724234803-3673e40ba225\n",
            "fixed/go.mod": "module example.com/y\n\ngo 1.21\n\nrequire golang.org/x/net v0.0.0-20190125091013-d26f9f9a57f3\n",
        ])
        #expect(Self.ids(result, "pkg:golang/golang.org/x/net@v0.0.0-20180724234803-3673e40ba225")
            == ["GO-2020-0014", "GO-2021-0078", "GO-2022-0192", "GO-2022-0193"])
        #expect(Self.ids(result, "pkg:golang/golang.org/x/net@v0.0.0-20190125091013-d26f9f9a57f3") == [])
        let finding = try #require(result.findings.first { $0.ruleId == "GO-2021-0078" })
        #expect(finding.message.hasSuffix("Upgrade golang.org/x/net to ≥ v0.0.0-20180816102801-aaf60122140d."))
    }

    @Test func anUpgradeThatIsStillVulnerableKeepsTheFingerprint() throws {
        let before = try Self.scan(["requirements.txt": "jinja2==2.10\n"])
        let after = try Self.scan(["requirements.txt": "# upgraded\njinja2==2.11.0\n"])
        let old = try #require(before.findings.first { $0.ruleId == "PYSEC-2021-66" })
        let new = try #require(after.findings.first { $0.ruleId == "PYSEC-2021-66" })
        #expect(old.fingerprint == new.fingerprint)
        #expect(old.location?.startLine != new.location?.startLine)
        #expect(!after.findings.contains { $0.ruleId == "PYSEC-2019-217" })
    }

    @Test func ignoreDropsAnAdvisoryByIdOrAliasAndCountsIt() throws {
        var settings = ComponentSettings()
        settings.ignore = [IgnoredAdvisory(id: "cve-2019-10906", reason: "templates are ours"), IgnoredAdvisory(id: "PYSEC-2021-66", reason: "x")]
        let result = try Self.scan(["requirements.txt": "jinja2==2.10\n"], settings: settings)
        #expect(result.findings.isEmpty)
        #expect(result.suppressed == 2)
    }

    @Test func devDependenciesCanBeLeftOut() throws {
        var settings = ComponentSettings()
        settings.devDependencies = false
        let files = ["poetry.lock": """
            [[package]]
            name = "jinja2"
            version = "2.10"
            category = "dev"
            optional = false

            [[package]]
            name = "pyyaml"
            version = "5.3"
            category = "main"
            optional = false
            """]
        let all = try Self.scan(files)
        #expect(Set(all.findings.compactMap(\.component?.name)) == ["jinja2", "pyyaml"])
        let runtime = try Self.scan(files, settings: settings)
        #expect(Set(runtime.findings.compactMap(\.component?.name)) == ["pyyaml"])
    }

    @Test func noDatabaseIsAClearInputError() throws {
        let scratch = try OSVFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try Data("jinja2==2.10\n".utf8).write(to: URL(fileURLWithPath: scratch + "/requirements.txt"))
        let scan = ComponentScan(root: scratch, databasePath: scratch + "/missing.db", settings: ComponentSettings())
        #expect(throws: InputError.self) { try scan.run() }
        do {
            _ = try scan.run()
        } catch {
            #expect(error.message == "no advisory database at \(scratch)/missing.db: run `ward db update`, or pass --no-components")
        }
        // Nothing to match, nothing needed.
        let empty = ComponentScan(root: scratch + "/nothing-here", databasePath: scratch + "/missing.db", settings: ComponentSettings())
        try FileManager.default.createDirectory(atPath: scratch + "/nothing-here", withIntermediateDirectories: true)
        #expect(try empty.run().findings.isEmpty)
    }

    @Test func aStaleDatabaseIsAWarning() throws {
        let result = try { () throws -> ComponentAnalysisResult in
            let scratch = try OSVFixtures.scratch()
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            _ = try OSVFixtures.database(in: scratch)
            try Data("jinja2==2.10\n".utf8).write(to: URL(fileURLWithPath: scratch + "/requirements.txt"))
            let scan = ComponentScan(root: scratch, databasePath: scratch + "/osv.db", settings: ComponentSettings())
            return try scan.run(now: Date().addingTimeInterval(8 * 86_400))
        }()
        #expect(result.warnings.contains { $0.message == "the advisory database is 8 days old; run `ward db update`" })
    }

    @Test func sbomComponentsAreLocatedInTheSBOM() throws {
        let scratch = try OSVFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        _ = try OSVFixtures.database(in: scratch)
        let sbom = scratch + "/bom.json"
        try Data("""
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
             "components": [{"type": "library", "name": "smallvec", "version": "0.6.9", "purl": "pkg:cargo/smallvec@0.6.9"},
                            {"type": "library", "name": "smallvec", "version": "1.13.2", "purl": "pkg:cargo/smallvec@1.13.2"}]}
            """.utf8).write(to: URL(fileURLWithPath: sbom))
        var scan = ComponentScan(root: scratch, databasePath: scratch + "/osv.db", settings: ComponentSettings())
        scan.sbom = sbom
        let result = try scan.run()
        #expect(Self.ids(result, "pkg:cargo/smallvec@0.6.9") == ["RUSTSEC-2018-0018", "RUSTSEC-2019-0009", "RUSTSEC-2019-0012", "RUSTSEC-2021-0003"])
        #expect(Self.ids(result, "pkg:cargo/smallvec@1.13.2") == [])
        #expect(Set(result.findings.compactMap(\.location?.path)) == [sbom])
    }

    @Test func cweIdsComeFromTheAdvisorysDatabaseSpecificField() throws {
        let scratch = try OSVFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.createDirectory(atPath: scratch + "/advisories", withIntermediateDirectories: true)
        try Data("""
            {"id": "TEST-2024-9", "modified": "2024-01-01T00:00:00Z", "aliases": ["CVE-2024-9999"], "summary": "Path traversal in some-lib",
             "database_specific": {"cwe_ids": ["CWE-22", "CWE-23"]},
             "affected": [{"package": {"ecosystem": "npm", "name": "some-lib"},
                           "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.3.0"}]}]}]}
            """.utf8).write(to: URL(fileURLWithPath: scratch + "/advisories/TEST-2024-9.json"))
        _ = try AdvisoryDatabaseBuilder(path: scratch + "/osv.db", sources: [.directory(scratch + "/advisories")]).build()
        let database = try AdvisoryDatabase.open(at: scratch + "/osv.db")
        let component = Component(
            ecosystem: "npm", name: "some-lib", version: "1.2.0", purl: try PackageURL(parsing: "pkg:npm/some-lib@1.2.0"),
            location: DeclaredLocation(path: "package-lock.json", line: 7))
        let findings = try ComponentAnalysis(settings: ComponentSettings(), database: database).analyse([component]).findings
        #expect(findings.map(\.ruleId) == ["TEST-2024-9"])
        #expect(findings.first?.cwe == [22, 23])
        #expect(findings.first?.location == Location(path: "package-lock.json", startLine: 7, startColumn: 1, endLine: 7, endColumn: 1))
    }
}
