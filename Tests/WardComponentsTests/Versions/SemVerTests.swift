import Testing
import WardComponents

@Suite struct SemVerTests {
    /// From SemVer 2.0 §11 and the precedence examples of the specification.
    static let chains = [
        VersionChain("1.0.0 < 2.0.0 < 2.1.0 < 2.1.1"),
        VersionChain("1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-alpha.beta < 1.0.0-beta < 1.0.0-beta.2 < 1.0.0-beta.11 < 1.0.0-rc.1 < 1.0.0"),
        VersionChain("1.0.0-1 < 1.0.0-2 < 1.0.0-10 < 1.0.0-a"),
        VersionChain("1.0.0+build.1 = 1.0.0+other = 1.0.0 < 1.0.1"),
        VersionChain("v1.2.3 = 1.2.3 = 1.2.3+exp.sha.5114f85"),
        VersionChain("1.2 = 1.2.0 < 1.10.0"),
        VersionChain("0.0.0-0 < 0.0.0 < 0.0.1-alpha < 0.0.1"),
        VersionChain("1.0.0-alpha.1 < 1.0.0-alpha.1.1 < 1.0.0-alpha.2"),
        VersionChain("1.0.0-0A < 1.0.0-0a"),
        VersionChain("10.0.0 > 9.99.99"),
        VersionChain("1.0.0rc1 = 1.0.0-rc1 < 1.0.0"),
        VersionChain("18446744073709551615.0.0 < 99999999999999999999999.0.1"),
    ]

    @Test(arguments: chains) func orders(_ chain: VersionChain) {
        expectOrdering(chain, scheme: SemVerScheme())
    }

    @Test func garbageNeverCrashesAndStillOrders() {
        let scheme = SemVerScheme()
        for a in garbageVersions {
            #expect(scheme.compare(a, a) == .orderedSame)
            for b in garbageVersions where scheme.compare(a, b) == .orderedAscending {
                #expect(scheme.compare(b, a) == .orderedDescending, "\(a) < \(b) must mirror")
            }
        }
    }

    @Test func ecosystemsUsingSemVer() {
        for ecosystem in [Ecosystem.npm, .cratesIO, .pub, .swiftURL, .carthage] {
            #expect(ecosystem.versionScheme.name == "SemVer 2.0")
            #expect(ecosystem.compareVersions("1.0.0-rc.1", "1.0.0") == .orderedAscending)
        }
    }
}
