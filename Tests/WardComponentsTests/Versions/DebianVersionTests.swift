import Testing
import WardComponents

@Suite struct DebianVersionTests {
    /// Debian Policy §5.6.12 and dpkg's behaviour.
    static let chains = [
        VersionChain("1.0~~ < 1.0~~a < 1.0~ < 1.0 < 1.0a"),
        VersionChain("1.0~rc1 < 1.0~rc2 < 1.0 < 1.0.1"),
        VersionChain("2.0 < 1:0.9 < 1:1.0 < 2:0.1"),
        VersionChain("1.0 = 0:1.0 = 1.0-0"),
        VersionChain("1.0-1 < 1.0-2 < 1.0-10"),
        VersionChain("2.30-1 < 2.30-1+deb10u1 < 2.30-1+deb10u2 < 2.30-2"),
        VersionChain("1.2.3 < 1.2.10"),
        VersionChain("1.001 = 1.1"),
        VersionChain("1.0a < 1.0b < 1.0+ < 1.0."),
        VersionChain("1.2-3-4 < 1.2-3-5 < 1.2-4-1"),
        VersionChain("1.1.1n-0+deb11u3 < 1.1.1n-0+deb11u4 < 1.1.1w-0+deb11u1"),
    ]

    @Test(arguments: chains) func orders(_ chain: VersionChain) {
        expectOrdering(chain, scheme: DebianScheme())
    }

    @Test func garbageNeverCrashes() {
        for text in garbageVersions { #expect(DebianScheme().compare(text, text) == .orderedSame) }
    }
}
