import Foundation
import Testing

/// `ward scan` with dependency scanning, on the real binary with a database built from the demo's
/// real advisories (examples/advisories).
@Suite struct ScanComponentsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A sandbox with a built advisory database at `osv.db` and WARD_DB pointing to it.
    static func sandbox() throws -> (Sandbox, [String: String]) {
        let box = try Sandbox()
        let source = repository.appendingPathComponent("examples/advisories").path
        let update = try Ward.run(["db", "update", "--quiet", "--source", source, "--db", box.file("osv.db")], in: box.path)
        try #require(update.status == 0, "\(update.stderr)")
        return (box, ["WARD_DB": box.file("osv.db")])
    }

    static func json(_ run: WardRun) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr)")
    }

    static func findings(_ run: WardRun) throws -> [[String: Any]] { try json(run)["findings"] as? [[String: Any]] ?? [] }

    @Test func reportsAdvisoriesOfALockfileWithFixesAndFailsOnThem() throws {
        let (box, environment) = try Self.sandbox()
        try box.write("app/requirements.txt", "flask==1.0\njinja2==2.10.1\nrequests==2.31.0\n")
        let run = try Ward.run(["scan", "app", "--format", "json", "--fail-on", "low"], in: box.path, environment: environment)
        #expect(run.status == 1, "\(run.stderr)")
        let report = try Self.json(run)
        #expect(report["schemaVersion"] as? String == "1.1")
        let findings = try Self.findings(run)
        #expect(findings.compactMap { $0["ruleId"] as? String } == ["PYSEC-2023-62", "PYSEC-2021-66"])
        let first = try #require(findings.first)
        #expect(first["kind"] as? String == "dependency")
        #expect((first["location"] as? [String: Any])?["path"] as? String == "requirements.txt")
        #expect((first["location"] as? [String: Any])?["startLine"] as? Int == 1)
        #expect((first["component"] as? [String: Any])?["purl"] as? String == "pkg:pypi/flask@1.0")
        #expect((first["advisory"] as? [String: Any])?["fixedVersions"] as? [String] == ["2.2.5", "2.3.2"])
        #expect(first["fingerprint"] as? String != nil)
        #expect((report["statistics"] as? [String: Any])?["componentsScanned"] as? Int == 3)

        let table = try Ward.run(["scan", "app"], in: box.path, environment: environment)
        #expect(table.stdout.contains("jinja2 2.10.1 is affected by PYSEC-2021-66"))
        #expect(table.stdout.contains("Upgrade jinja2 to ≥ 2.11.3."))
        #expect(table.stdout.contains(" and 3 components in "))
    }

    @Test func noDatabaseIsExitTwoUnlessComponentsAreOff() throws {
        let box = try Sandbox()
        try box.write("requirements.txt", "jinja2==2.10\n")
        let environment = ["WARD_DB": box.file("none/osv.db")]
        let run = try Ward.run(["scan", "."], in: box.path, environment: environment)
        #expect(run.status == 2)
        #expect(run.stderr.contains("no advisory database at \(box.file("none/osv.db")): run `ward db update`, or pass --no-components"))
        let off = try Ward.run(["scan", ".", "--no-components"], in: box.path, environment: environment)
        #expect(off.status == 0, "\(off.stderr)")
        let empty = try Sandbox()
        try empty.write("README.md", "nothing to depend on\n")
        #expect(try Ward.run(["scan", "."], in: empty.path, environment: environment).status == 0)
    }

    @Test func bannedComponentGatesTheBuild() throws {
        let (box, environment) = try Self.sandbox()
        try box.write("ward.yml", """
            components:
              banned:
                - purl: pkg:maven/com.alibaba/fastjson@<1.2.83
                  reason: autoType remote code execution
            """)
        try box.write("pom.xml", """
            <project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>y</artifactId><version>1</version>
              <dependencies>
                <dependency><groupId>com.alibaba</groupId><artifactId>fastjson</artifactId><version>1.2.47</version></dependency>
              </dependencies>
            </project>
            """)
        let run = try Ward.run(["scan", ".", "--format", "json", "--fail-on", "high"], in: box.path, environment: environment)
        #expect(run.status == 1)
        let findings = try Self.findings(run)
        #expect(findings.compactMap { $0["ruleId"] as? String } == ["banned-component"])
        #expect((findings.first?["message"] as? String)?.contains("autoType remote code execution") == true)
    }

    @Test func vexStatementsKeepFindingsVisibleButOutOfTheGate() throws {
        let (box, environment) = try Self.sandbox()
        try box.write("app/requirements.txt", "jinja2==2.10.1\n")
        try box.write("openvex.json", """
            {"@context": "https://openvex.dev/ns/v0.2.0", "statements": [
              {"vulnerability": {"name": "CVE-2020-28493"}, "status": "not_affected",
               "justification": "vulnerable_code_not_in_execute_path", "products": [{"@id": "pkg:pypi/jinja2@2.10.1"}]}]}
            """)
        try box.write("cdx.json", """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "vulnerabilities": [
              {"id": "PYSEC-2021-66", "analysis": {"state": "exploitable"}, "affects": [{"ref": "pkg:pypi/jinja2@2.10.1"}]}]}
            """)
        let without = try Ward.run(["scan", "app", "--fail-on", "low"], in: box.path, environment: environment)
        #expect(without.status == 1)
        let suppressed = try Ward.run(["scan", "app", "--format", "json", "--fail-on", "low", "--vex", "openvex.json"], in: box.path, environment: environment)
        #expect(suppressed.status == 0, "\(suppressed.stderr)")
        let finding = try #require(try Self.findings(suppressed).first)
        #expect(finding["ruleId"] as? String == "PYSEC-2021-66")
        let analysis = finding["analysis"] as? [String: Any]
        #expect(analysis?["state"] as? String == "not_affected")
        #expect(analysis?["justification"] as? String == "vulnerable_code_not_in_execute_path")
        #expect(analysis?["source"] as? String == "openvex.json")
        // A later statement that says affected wins and the gate counts the finding again.
        let affected = try Ward.run(["scan", "app", "--fail-on", "low", "--vex", "openvex.json", "--vex", "cdx.json"], in: box.path, environment: environment)
        #expect(affected.status == 1)
        #expect(affected.stdout.contains("VEX affected"))

        try box.write("bad.json", "{\"statements\": [{\"status\": \"not_affected\"}]}")
        let bad = try Ward.run(["scan", "app", "--vex", "bad.json"], in: box.path, environment: environment)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("bad.json"))
    }

    @Test func scansTheComponentsOfAnSBOM() throws {
        let (box, environment) = try Self.sandbox()
        try box.write("bom.spdx.json", """
            {"spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT", "name": "x",
             "documentNamespace": "https://example.com/x", "creationInfo": {"created": "2024-05-01T12:00:00Z", "creators": ["Tool: other"]},
             "packages": [{"SPDXID": "SPDXRef-1", "name": "time", "versionInfo": "0.1.43", "downloadLocation": "NOASSERTION",
                           "externalRefs": [{"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": "pkg:cargo/time@0.1.43"}]}]}
            """)
        try box.write("empty/README.md", "hello\n")
        let run = try Ward.run(["scan", "empty", "--sbom", "bom.spdx.json", "--format", "json"], in: box.path, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let findings = try Self.findings(run)
        #expect(findings.compactMap { $0["ruleId"] as? String } == ["RUSTSEC-2020-0071"])
        #expect((findings.first?["location"] as? [String: Any])?["path"] as? String == "bom.spdx.json")
    }

    @Test func theDemoProjectShowsEveryEcosystem() throws {
        let (box, environment) = try Self.sandbox()
        let demo = Self.repository.appendingPathComponent("examples/demo-app").path
        let run = try Ward.run(["scan", demo, "--format", "json"], in: box.path, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let dependency = try Self.findings(run).filter { $0["kind"] as? String == "dependency" }
        let ids = Set(dependency.compactMap { $0["ruleId"] as? String })
        #expect(ids.isSuperset(of: ["PYSEC-2019-217", "PYSEC-2023-74", "GO-2021-0052", "RUSTSEC-2019-0009", "banned-component"]))
    }
}
