import Testing
import WardComponents

@Suite struct GoVersionTests {
    /// https://go.dev/ref/mod#versions and #pseudo-versions.
    static let chains = [
        VersionChain("v0.0.0-20170915032832-14c0d48ead0c < v0.0.0-20191109021931-daa7c04131f5 < v0.0.1"),
        VersionChain("v1.2.3 < v1.2.4-0.20191109021931-daa7c04131f5 < v1.2.4"),
        VersionChain("v1.2.4-pre < v1.2.4-pre.0.20191109021931-daa7c04131f5 < v1.2.4"),
        VersionChain("v2.0.0+incompatible = v2.0.0 < v2.0.1+incompatible"),
        VersionChain("v1.21.0 = 1.21.0 = go1.21.0 < go1.21.3"),
        VersionChain("0.0.0-20190125091013-d26f9f9a57f3 < v0.0.0-20190311183353-d8887717615a < v0.1.0"),
        VersionChain("v1.0.0-rc.1 < v1.0.0"),
    ]

    @Test(arguments: chains) func orders(_ chain: VersionChain) {
        expectOrdering(chain, scheme: GoVersionScheme())
    }

    @Test func recognisesPseudoVersions() {
        #expect(GoVersion("v0.0.0-20191109021931-daa7c04131f5").isPseudoVersion)
        #expect(GoVersion("v1.2.4-0.20191109021931-daa7c04131f5").isPseudoVersion)
        #expect(!GoVersion("v1.2.4-rc.1").isPseudoVersion)
        #expect(Ecosystem.go.versionScheme.name == "Go module versions")
    }

    @Test func garbageNeverCrashes() {
        for text in garbageVersions { #expect(GoVersionScheme().compare(text, text) == .orderedSame) }
    }
}
