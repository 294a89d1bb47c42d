import Foundation
import Testing
import WardComponents
import WardCore

/// Matching against the real advisories of `Fixtures/osv`: exact ids for vulnerable versions, none for fixed ones.
@Suite struct AdvisoryMatchingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var ecosystem: Ecosystem
        var name: String
        var version: String
        var ids: [String]
        var testDescription: String { "\(ecosystem.rawValue) \(name)@\(version) → \(ids.isEmpty ? "none" : ids.joined(separator: " "))" }

        init(_ ecosystem: Ecosystem, _ name: String, _ version: String, _ ids: [String]) {
            self.ecosystem = ecosystem
            self.name = name
            self.version = version
            self.ids = ids
        }
    }

    static let cases = [
        Case(.pypi, "Jinja2", "2.7.1", ["PYSEC-2014-8", "PYSEC-2014-82", "PYSEC-2019-217", "PYSEC-2019-220", "PYSEC-2021-66"]),
        Case(.pypi, "jinja2", "2.10", ["PYSEC-2019-217", "PYSEC-2021-66"]),
        Case(.pypi, "jinja2", "2.11.3", []),
        Case(.pypi, "requests", "2.19.1", ["PYSEC-2018-28", "PYSEC-2023-74"]),
        Case(.pypi, "requests", "2.5.0", ["PYSEC-2015-17", "PYSEC-2018-28", "PYSEC-2023-74"]),
        Case(.pypi, "requests", "2.31.0", []),
        Case(.pypi, "PyYAML", "5.1", ["PYSEC-2020-176", "PYSEC-2020-96", "PYSEC-2021-142"]),
        Case(.pypi, "pyyaml", "5.4", []),
        Case(.pypi, "urllib3", "1.26.4", ["PYSEC-2021-108", "PYSEC-2023-192", "PYSEC-2023-212"]),
        Case(.pypi, "urllib3", "2.0.6", ["PYSEC-2023-212"]),
        Case(.pypi, "urllib3", "2.0.7", []),
        Case(.go, "golang.org/x/net", "v0.0.0-20180921000000-abcdefabcdef", ["GO-2020-0014", "GO-2022-0192", "GO-2022-0193"]),
        Case(.go, "golang.org/x/net", "v0.1.0", []),
        Case(.go, "github.com/coder/coder/v2", "v2.15.1", ["GO-2024-3228"]),
        Case(.go, "github.com/coder/coder/v2", "v2.15.3", []),
        Case(.go, "github.com/coder/coder", "v0.27.0", ["GO-2024-3228"]),
        Case(.cratesIO, "smallvec", "0.6.9", ["RUSTSEC-2018-0018", "RUSTSEC-2019-0009", "RUSTSEC-2019-0012", "RUSTSEC-2021-0003"]),
        Case(.cratesIO, "smallvec", "1.6.0", ["RUSTSEC-2021-0003"]),
        Case(.cratesIO, "smallvec", "1.6.1", []),
        Case(.cratesIO, "time", "0.1.43", ["RUSTSEC-2020-0071"]),
        Case(.cratesIO, "time", "0.3.20", ["RUSTSEC-2026-0009"]),
        Case(.cratesIO, "time", "0.3.47", []),
        Case(.cratesIO, "lock_api", "0.4.1", ["RUSTSEC-2020-0070"]),
        Case(.cratesIO, "lock_api", "0.4.2", []),
        Case(.cratesIO, "dirs", "1.0.0", []),
        Case(.npm, "smallvec", "0.6.9", []),
    ]

    @Test(arguments: cases) func matchesExactAdvisories(_ test: Case) throws {
        let scratch = try OSVFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let database = try OSVFixtures.database(in: scratch)
        let matches = try database.vulnerabilities(ecosystem: test.ecosystem, name: test.name, version: test.version)
        #expect(matches.map(\.id) == test.ids)
        // The matcher over the published documents agrees with the database's precomputed path.
        let direct = try database.advisories(ecosystem: test.ecosystem, name: test.name).compactMap {
            AdvisoryMatcher.match($0, ecosystem: test.ecosystem, name: test.name, version: test.version)
        }
        #expect(direct == matches)
    }

    @Test func aMatchSaysWhatAFindingNeeds() throws {
        let scratch = try OSVFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let database = try OSVFixtures.database(in: scratch)

        let urllib3 = try #require(try database.vulnerabilities(ecosystem: .pypi, name: "urllib3", version: "2.0.6").first)
        #expect(urllib3.aliases == ["CVE-2023-45803", "GHSA-g4mx-q9vg-27p4"])
        #expect(urllib3.smallestFix == "2.0.7")
        #expect(urllib3.fixedVersions == ["1.26.18", "2.0.7"])
        #expect(urllib3.cvssVector == "CVSS:3.1/AV:A/AC:H/PR:H/UI:N/S:U/C:H/I:N/A:N")
        #expect(urllib3.cvssScore == 4.2)
        #expect(urllib3.severity == .medium)
        #expect(urllib3.advisoryReference.fixedVersions == ["2.0.7"])

        let smallvec = try database.vulnerabilities(ecosystem: .cratesIO, name: "smallvec", version: "1.6.0")
        #expect(smallvec.first?.severity == .critical)
        #expect(smallvec.first?.smallestFix == "1.6.1")
        #expect(smallvec.first?.summary == "Buffer overflow in SmallVec::insert_many")

        let time = try #require(try database.vulnerabilities(ecosystem: .cratesIO, name: "time", version: "0.3.20").first)
        #expect(time.cvssVector?.hasPrefix("CVSS:4.0/") == true)
        #expect(time.cvssScore == CVSSv4.score(time.cvssVector ?? ""))

        let jinja = try #require(try database.vulnerabilities(ecosystem: .pypi, name: "jinja2", version: "2.10").first)
        #expect(jinja.summary?.isEmpty == false, "PYSEC advisories without a summary use their details' first line")
        #expect(jinja.url == "https://osv.dev/vulnerability/PYSEC-2019-217")
    }

    @Test func publishedDocumentsComeBackWhole() throws {
        let scratch = try OSVFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let database = try OSVFixtures.database(in: scratch)
        let advisories = try database.advisories(ecosystem: .pypi, name: "PyYAML")
        #expect(advisories.map(\.id) == ["PYSEC-2018-49", "PYSEC-2020-176", "PYSEC-2020-96", "PYSEC-2021-142"])
        #expect(advisories.allSatisfy { $0.affected?.first?.package?.name == "pyyaml" })
        #expect(try database.advisories(ecosystem: .cratesIO, name: "dirs").isEmpty, "withdrawn advisories are not stored")
    }
}
