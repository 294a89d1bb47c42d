import Testing
import WardComponents

@Suite struct PackageNameTests {
    @Test func normalisesWhereTheEcosystemDoes() {
        #expect(Ecosystem.pypi.normalizedPackageName("Friendly-Bard") == "friendly-bard")
        #expect(Ecosystem.pypi.normalizedPackageName("FRIENDLY._-bard") == "friendly-bard")
        #expect(Ecosystem.pypi.normalizedPackageName("zope.interface") == "zope-interface")
        #expect(Ecosystem.cratesIO.normalizedPackageName("Lock_API") == "lock-api")
        #expect(Ecosystem.nuget.normalizedPackageName("Newtonsoft.Json") == "newtonsoft.json")
        #expect(Ecosystem.go.normalizedPackageName(" github.com/BurntSushi/toml/ ") == "github.com/BurntSushi/toml")
        #expect(Ecosystem.swiftURL.normalizedPackageName("https://github.com/Vapor/Vapor.git") == "github.com/vapor/vapor")
        #expect(Ecosystem.swiftURL.normalizedPackageName("git@github.com:vapor/vapor.git") == "github.com/vapor/vapor")
        #expect(Ecosystem.maven.normalizedPackageName("org.Apache:Log4j") == "org.Apache:Log4j")
    }
}
