import Testing
import WardComponents

@Suite struct PEP440Tests {
    /// The ordering and normalisation examples of PEP 440.
    static let chains = [
        VersionChain("1.0.dev456 < 1.0a1 < 1.0a2.dev456 < 1.0a12.dev456 < 1.0a12 < 1.0b1.dev456 < 1.0b2 < 1.0b2.post345.dev456 < 1.0b2.post345 < 1.0rc1.dev456 < 1.0rc1 < 1.0 < 1.0+abc.5 < 1.0+abc.7 < 1.0+5 < 1.0.post456.dev34 < 1.0.post456 < 1.0.15 < 1.1.dev1"),
        VersionChain("1.0 = 1.0.0 = 1 = v1.0 = 1.0.0.0"),
        VersionChain("1.0a1 = 1.0alpha1 = 1.0.a1 = 1.0-a1 = 1.0_a.1 = 1.0A1"),
        VersionChain("1.0b1 = 1.0beta1 < 1.0c1 = 1.0rc1 = 1.0pre1 = 1.0preview1"),
        VersionChain("1.0.post1 = 1.0-1 = 1.0post1 = 1.0-post1 = 1.0.rev1 = 1.0r1"),
        VersionChain("1.0.dev0 = 1.0.dev = 1.0-dev0 < 1.0a"),
        VersionChain("1.0a = 1.0a0 < 1.0a1"),
        VersionChain("1.0 < 1!0.1 < 1!1.0 < 2!0.0.1"),
        VersionChain("1.0+ubuntu-1 = 1.0+ubuntu.1 = 1.0+ubuntu_1 < 1.0+ubuntu.2"),
        VersionChain("1.0+1 > 1.0+abc"),
        VersionChain("2.7.2 < 2.7.3 < 2.10.1 < 2.11.3"),
        VersionChain("5.1 < 5.2b1 < 5.2 < 5.3.1"),
        VersionChain("not-a-version < 0.0.dev0 < 0"),
    ]

    @Test(arguments: chains) func orders(_ chain: VersionChain) {
        expectOrdering(chain, scheme: PEP440Scheme())
    }

    @Test func prereleases() {
        #expect(PEP440Version("1.0rc1").isPrerelease)
        #expect(PEP440Version("1.0.dev1").isPrerelease)
        #expect(!PEP440Version("1.0.post1").isPrerelease)
        #expect(Ecosystem.pypi.versionScheme.name == "PEP 440")
    }

    @Test func garbageNeverCrashes() {
        for text in garbageVersions { #expect(PEP440Scheme().compare(text, text) == .orderedSame) }
    }
}
