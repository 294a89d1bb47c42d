import Testing
import WardCore
@testable import WardGovern

@Suite struct BaselineCatalogTests {
    let catalog: BaselineCatalog

    init() throws { catalog = try BaselineCatalog.builtIn() }

    @Test func picksByTierAndPlatform() throws {
        let banking = ProjectProfile(exposure: .internet, dataClassification: .financial, platform: .mobile, criticality: .critical)
        #expect(try catalog.baseline(for: banking)?.reference == "mobile-banking@1")
        let api = ProjectProfile(exposure: .internet, dataClassification: .personal, platform: .api, criticality: .high)
        #expect(try catalog.baseline(for: api)?.reference == "public-api@2")
        let service = ProjectProfile(exposure: .internal, dataClassification: .internal, platform: .api, criticality: .medium)
        #expect(try catalog.baseline(for: service)?.reference == "internal-service@1")
        let batch = ProjectProfile(exposure: .internal, dataClassification: .financial, platform: .batch, criticality: .critical)
        #expect(try catalog.baseline(for: batch)?.reference == "batch-job@1")
        // A tier-4 mobile app has no built-in template.
        let toy = ProjectProfile(exposure: .internal, dataClassification: .public, platform: .mobile, criticality: .low)
        #expect(try catalog.baseline(for: toy) == nil)
    }

    @Test func explicitChoiceWinsAndHigherVersionsAreChosen() throws {
        let newer = SecurityBaseline(id: "public-api", version: 3, title: "Stricter API", tiers: [.tier2], platforms: [.api])
        let extended = try BaselineCatalog.builtIn(adding: [newer])
        let api = ProjectProfile(exposure: .internet, dataClassification: .personal, platform: .api, criticality: .high)
        #expect(try extended.baseline(for: api)?.reference == "public-api@3")
        #expect(try extended.baseline(for: api, choice: "public-api@2")?.reference == "public-api@2")
        #expect(try extended.baseline(for: api, choice: "batch-job")?.reference == "batch-job@1")
        #expect(throws: InputError.self) { try extended.baseline(for: api, choice: "public-api@9") }
        #expect(throws: InputError.self) { try BaselineCatalog.builtIn(adding: [SecurityBaseline(id: "batch-job", version: 1, title: "dup")]) }
    }

    @Test func versionRanges() throws {
        let log4j = try #require(VersionRange(parsing: ">=2.0-beta9,<2.17.1"))
        #expect(log4j.contains(LooseVersion("2.0-beta9")))
        #expect(log4j.contains(LooseVersion("2.0")))
        #expect(log4j.contains(LooseVersion("2.14.1")))
        #expect(!log4j.contains(LooseVersion("2.17.1")))
        #expect(!log4j.contains(LooseVersion("2.0-alpha1")))
        #expect(!log4j.contains(LooseVersion("1.2.17")))
        #expect(LooseVersion("1.10") > LooseVersion("1.9"))
        #expect(LooseVersion("2.0") == LooseVersion("2.0.0"))
        #expect(LooseVersion("5.3.18.RELEASE") > LooseVersion("5.3.18"))
        #expect(LooseVersion("1.0.0-rc1") < LooseVersion("1.0.0"))
        #expect(try #require(VersionRange(parsing: "*")).contains(LooseVersion("0.1")))
        #expect(try #require(VersionRange(parsing: "!=1.0")).contains(LooseVersion("1.1")))
        #expect(VersionRange(parsing: "<") == nil)
        #expect(VersionRange(parsing: "~>1.0") == nil)
    }

    @Test func bannedComponentMatching() throws {
        let banned = try BannedComponent(pattern: "pkg:npm/%40scope/pkg", reason: "all versions")
        #expect(banned.matches(try PackageURL(parsing: "pkg:npm/%40scope/pkg@1.0.0")))
        #expect(banned.matches(try PackageURL(parsing: "pkg:npm/%40scope/pkg")))
        #expect(!banned.matches(try PackageURL(parsing: "pkg:npm/pkg@1.0.0")))
        let ranged = try BannedComponent(pattern: "pkg:pypi/PyYAML@<5.4", reason: "unsafe load")
        #expect(ranged.matches(try PackageURL(parsing: "pkg:pypi/pyyaml@5.3.1")))
        #expect(!ranged.matches(try PackageURL(parsing: "pkg:pypi/pyyaml")))
        #expect(!ranged.matches(try PackageURL(parsing: "pkg:pypi/pyyaml@5.4")))
    }
}
