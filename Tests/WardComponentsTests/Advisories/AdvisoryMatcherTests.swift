import Testing
import WardComponents

@Suite struct AdvisoryMatcherTests {
    static func advisory(_ ranges: [OSVAdvisory.Range], versions: [String]? = nil, ecosystem: String = "npm", name: String = "pkg") -> OSVAdvisory {
        OSVAdvisory(id: "TEST-1", summary: "test", aliases: ["GHSA-b", "CVE-1", "GHSA-b", "TEST-1"], affected: [
            OSVAdvisory.Affected(package: .init(ecosystem: ecosystem, name: name), ranges: ranges, versions: versions),
        ])
    }

    static func affected(_ advisory: OSVAdvisory, _ version: String, ecosystem: Ecosystem = .npm, name: String = "pkg") -> Bool {
        AdvisoryMatcher.match(advisory, ecosystem: ecosystem, name: name, version: version) != nil
    }

    @Test func introducedFixedPairsAcrossBranches() {
        let advisory = Self.advisory([.init(type: "SEMVER", events: [
            .introduced("1.0.0"), .fixed("1.0.2"), .introduced("3.0.0"), .fixed("3.2.5"),
        ])])
        for version in ["1.0.0", "1.0.1", "3.0.0", "3.2.4", "3.2.5-rc.1"] { #expect(Self.affected(advisory, version), "\(version)") }
        for version in ["0.9.9", "1.0.2", "2.0.0", "3.2.5", "4.0.0", "1.0.0-rc.1"] { #expect(!Self.affected(advisory, version), "\(version)") }
    }

    @Test func eventsAreSortedBeforeTheyAreReplayed() {
        let advisory = Self.advisory([.init(type: "SEMVER", events: [.fixed("3.2.5"), .introduced("3.0.0"), .fixed("1.0.2"), .introduced("0")])])
        #expect(Self.affected(advisory, "0.0.1"))
        #expect(!Self.affected(advisory, "2.0.0"))
        #expect(Self.affected(advisory, "3.1.0"))
    }

    @Test func introducedZeroAndLastAffected() {
        let advisory = Self.advisory([.init(type: "ECOSYSTEM", events: [.introduced("0"), .lastAffected("2.1.214")])])
        #expect(Self.affected(advisory, "0.0.0-alpha"))
        #expect(Self.affected(advisory, "2.1.214"), "last_affected is inclusive")
        #expect(!Self.affected(advisory, "2.1.215"))
        let match = AdvisoryMatcher.match(advisory, ecosystem: .npm, name: "pkg", version: "1.0.0")
        #expect(match?.smallestFix == nil, "last_affected names no fix")
    }

    @Test func limitsBoundARange() {
        let limited = Self.advisory([.init(type: "SEMVER", events: [.introduced("1.0.0"), .limit("2.0.0")])])
        #expect(Self.affected(limited, "1.5.0"))
        #expect(!Self.affected(limited, "2.0.0"))
        let star = Self.advisory([.init(type: "SEMVER", events: [.introduced("1.0.0"), .limit("*")])])
        #expect(Self.affected(star, "99.0.0"))
        let two = Self.advisory([.init(type: "SEMVER", events: [.introduced("1.0.0"), .limit("1.5.0"), .limit("3.0.0")])])
        #expect(Self.affected(two, "2.0.0"), "below one of the limits is enough")
    }

    @Test func versionsListAndGitRanges() {
        let advisory = Self.advisory(
            [.init(type: "GIT", events: [.introduced("0"), .fixed("abc123")])], versions: ["1.0.0", "1.0.1"])
        #expect(Self.affected(advisory, "1.0.1"))
        #expect(Self.affected(advisory, "v1.0.1"), "a leading v is the same version")
        #expect(!Self.affected(advisory, "1.0.2"), "GIT ranges are not evaluated")
    }

    @Test func withdrawnAdvisoriesNeverMatch() {
        var advisory = Self.advisory([.init(type: "SEMVER", events: [.introduced("0")])])
        #expect(Self.affected(advisory, "1.0.0"))
        advisory.withdrawn = "2024-01-01T00:00:00Z"
        #expect(!Self.affected(advisory, "1.0.0"))
    }

    @Test func ecosystemAndNameMustMatchAfterNormalisation() {
        let advisory = Self.advisory([.init(type: "ECOSYSTEM", events: [.introduced("0"), .fixed("2.0")])], ecosystem: "PyPI", name: "zope.interface")
        #expect(Self.affected(advisory, "1.0", ecosystem: .pypi, name: "Zope_Interface"))
        #expect(Self.affected(advisory, "1.0", ecosystem: .pypi, name: "zope-interface"))
        #expect(!Self.affected(advisory, "1.0", ecosystem: .npm, name: "zope.interface"))
        #expect(!Self.affected(advisory, "2.0", ecosystem: .pypi, name: "zope.interface"))
    }

    @Test func resultCarriesSortedAliasesAndTheSmallestFixAboveTheInstalledVersion() throws {
        let advisory = Self.advisory([.init(type: "ECOSYSTEM", events: [
            .introduced("0"), .fixed("1.2.9"), .introduced("2.0.0"), .fixed("2.17.1"), .introduced("2.18.0"), .fixed("2.18.3"),
        ])])
        let match = try #require(AdvisoryMatcher.match(advisory, ecosystem: .npm, name: "pkg", version: "2.5.0"))
        #expect(match.aliases == ["CVE-1", "GHSA-b"])
        #expect(match.fixedVersions == ["1.2.9", "2.17.1", "2.18.3"])
        #expect(match.smallestFix == "2.17.1")
        #expect(match.advisoryReference.fixedVersions == ["2.17.1", "2.18.3"])
        #expect(match.advisoryReference.url == "https://osv.dev/vulnerability/TEST-1")
    }

    @Test func ecosystemRangesUseTheEcosystemOrdering() {
        let advisory = Self.advisory([.init(type: "ECOSYSTEM", events: [.introduced("0"), .fixed("1.0.0rc2")])], ecosystem: "PyPI")
        #expect(Self.affected(advisory, "1.0.0rc1", ecosystem: .pypi))
        #expect(Self.affected(advisory, "1.0.0.dev3", ecosystem: .pypi))
        #expect(!Self.affected(advisory, "1.0.0", ecosystem: .pypi))
        let maven = Self.advisory([.init(type: "ECOSYSTEM", events: [.introduced("2.0-beta9"), .fixed("2.15.0")])], ecosystem: "Maven", name: "org.apache.logging.log4j:log4j-core")
        #expect(Self.affected(maven, "2.14.1", ecosystem: .maven, name: "org.apache.logging.log4j:log4j-core"))
        #expect(Self.affected(maven, "2.0-rc1", ecosystem: .maven, name: "org.apache.logging.log4j:log4j-core"))
        #expect(!Self.affected(maven, "2.0-beta8", ecosystem: .maven, name: "org.apache.logging.log4j:log4j-core"))
        #expect(!Self.affected(maven, "2.15.0", ecosystem: .maven, name: "org.apache.logging.log4j:log4j-core"))
    }

    @Test func compactFormRoundTrips() {
        let entry = AffectedVersions(ranges: [
            .init(type: "SEMVER", events: [.introduced("0"), .fixed("1.0.0"), .lastAffected("2.0"), .limit("*")]),
            .init(type: "GIT", events: [.introduced("abc")]),
        ], versions: ["0.9", "0.9.1"])
        #expect(AffectedVersions(encoded: entry.encoded) == entry)
        #expect(AffectedVersions(encoded: "garbage\nq nothing\ni 1.0") == AffectedVersions(ranges: []))
    }
}
