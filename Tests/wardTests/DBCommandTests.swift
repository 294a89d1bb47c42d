import Foundation
import Testing

@Suite struct DBCommandTests {
    /// Two small advisories of our own in the OSV format: one for npm, one for PyPI (as YAML).
    static func writeAdvisories(_ box: Sandbox) throws {
        try box.write("advisories/TEST-2024-1.json", """
            {"id": "TEST-2024-1", "modified": "2024-01-01T00:00:00Z", "aliases": ["CVE-2024-0001"],
             "summary": "Prototype pollution in left-pad-ish",
             "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
             "affected": [{"package": {"ecosystem": "npm", "name": "left-pad-ish"},
                           "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.3.0"}]}]}]}
            """)
        try box.write("advisories/pypi/TEST-2024-2.yaml", """
            id: TEST-2024-2
            modified: 2024-02-01T00:00:00Z
            summary: Path traversal in some_tool
            affected:
            - package:
                ecosystem: PyPI
                name: some_tool
              ranges:
              - type: ECOSYSTEM
                events:
                - introduced: "2.0"
                - fixed: 2.4.1
            """)
    }

    @Test func updateFromADirectoryThenStatus() throws {
        let box = try Sandbox()
        try Self.writeAdvisories(box)
        let update = try Ward.run(["db", "update", "--source", "advisories", "--db", "cache/osv.db"], in: box.path)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.hasPrefix("Built cache/osv.db: 2 advisories (PyPI 1, npm 1) from 1 source(s)"))

        let status = try Ward.run(["db", "status", "--json"], in: box.path, environment: ["WARD_DB": box.file("cache/osv.db")])
        #expect(status.status == 0, "\(status.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        #expect(json["advisories"] as? Int == 2)
        #expect(json["stale"] as? Bool == false)
        let ecosystems = try #require(json["ecosystems"] as? [[String: Any]])
        #expect(ecosystems.compactMap { $0["ecosystem"] as? String } == ["PyPI", "npm"])

        let text = try Ward.run(["db", "status", "--db", "cache/osv.db"], in: box.path)
        #expect(text.stdout.contains("Advisories: 2"))
        #expect(text.stdout.contains("npm                 1         1"))
    }

    @Test func aCorruptZipIsExitTwoAndKeepsTheDatabase() throws {
        let box = try Sandbox()
        try Self.writeAdvisories(box)
        #expect(try Ward.run(["db", "update", "--source", "advisories", "--db", "osv.db"], in: box.path).status == 0)
        try box.write("all.zip", "PK\u{3}\u{4} truncated archive")
        let broken = try Ward.run(["db", "update", "--source", "all.zip", "--db", "osv.db"], in: box.path)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("all.zip"))
        let status = try Ward.run(["db", "status", "--db", "osv.db", "--json"], in: box.path)
        #expect(status.status == 0)
        #expect(status.stdout.contains("\"advisories\" : 2"))
    }

    @Test func noDatabaseAndUnknownEcosystemAreExitTwo() throws {
        let box = try Sandbox()
        let missing = try Ward.run(["db", "status", "--db", "nothing.db"], in: box.path)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nothing.db: no advisory database; build one with `ward db update`"))
        let unknown = try Ward.run(["db", "update", "--ecosystem", "Cobol", "--db", "x.db"], in: box.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown ecosystem Cobol"))
    }
}
