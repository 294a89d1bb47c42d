import Testing
@testable import WardComponents

@Suite struct EcosystemTests {
    @Test(arguments: [
        ("PyPI", Ecosystem.pypi), ("Debian:12", .debian), ("Alpine:v3.18", .alpine), ("crates.io", .cratesIO),
        ("maven", .maven), ("Go", .go),
    ])
    func parsesOSVNames(name: String, expected: Ecosystem) {
        #expect(Ecosystem(osvName: name) == expected)
    }

    @Test func rejectsUnknownNames() {
        #expect(Ecosystem(osvName: "Hackage-unknown") == nil)
    }

    @Test func purlTypesAreTheSpecsNames() {
        #expect(Ecosystem.go.purlType == "golang")
        #expect(Ecosystem.cratesIO.purlType == "cargo")
        #expect(Ecosystem.rubyGems.purlType == "gem")
    }
}
