import Testing
import WardComponents

@Suite struct MavenVersionTests {
    /// The Maven version order specification and the orderings Maven's own ComparableVersion is tested with.
    static let chains = [
        VersionChain("1-alpha2snapshot < 1-alpha2 < 1-alpha-123 < 1-beta-2 < 1-beta123 < 1-m2 < 1-m11 < 1-rc < 1-cr2 < 1-rc123 < 1-SNAPSHOT < 1 < 1-sp < 1-sp2 < 1-sp123 < 1-abc < 1-def < 1-pom-1 < 1-1-snapshot < 1-1 < 1-2 < 1-123"),
        VersionChain("2.0 < 2-1 < 2.0.a < 2.0.2 < 2.0.123 < 2.1.0 < 2.1-a < 2.1b < 2.1-c < 2.1-1 < 2.1.0.1 < 2.2 < 2.123 < 11.a2 < 11.a11 < 11.b2 < 11.b11 < 11.m2 < 11.m11 < 11 < 11.a < 11b < 11c < 11m"),
        VersionChain("1 = 1.0 = 1.0.0 = 1-0 = 1.0-0 = 1.ga = 1-ga = 1-final = 1.0.0-GA = 1-release"),
        VersionChain("1a = 1-a = 1.0-a = 1.0.0-a"),
        VersionChain("1-a1 = 1-alpha-1 = 1alpha1 = 1-ALPHA-1"),
        VersionChain("1cr = 1rc = 1-CR = 1.0-rc"),
        VersionChain("1m3 = 1milestone3 = 1-milestone-3"),
        VersionChain("1-snapshot < 1 < 1-sp"),
        VersionChain("1-foo2 < 1-foo10"),
        VersionChain("1-ga.1 < 1-sp.1"),
        VersionChain("2.17.0 < 2.17.1 < 2.17.2-rc1 < 2.17.2"),
        VersionChain("1.2.83 > 1.2.80 > 1.2.9"),
        VersionChain("5.3.0.RELEASE < 5.3.18 = 5.3.18.RELEASE < 5.3.18.SP1"),
    ]

    @Test(arguments: chains) func orders(_ chain: VersionChain) {
        expectOrdering(chain, scheme: MavenVersionScheme())
    }

    @Test func garbageNeverCrashes() {
        for text in garbageVersions { #expect(MavenVersionScheme().compare(text, text) == .orderedSame) }
        #expect(Ecosystem.maven.versionScheme.name == "Maven ComparableVersion")
    }
}
