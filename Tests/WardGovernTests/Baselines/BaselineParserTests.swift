import Foundation
import Testing
import WardCore
@testable import WardGovern

@Suite struct BaselineParserTests {
    @Test(arguments: BuiltInBaselines.templates.map(\.name))
    func everyBuiltInParsesWithTheRequiredFields(name: String) throws {
        let template = try #require(BuiltInBaselines.templates.first { $0.name == name })
        let baseline = try BaselineParser.parse(yaml: template.yaml, path: template.name)
        #expect("built-in:" + baseline.id == name)
        #expect(baseline.version >= 1)
        #expect(!baseline.title.isEmpty)
        #expect(!baseline.platforms.isEmpty)
        #expect(baseline.gate.failOnNew != nil)
        #expect(baseline.gate.maxAge[.critical] != nil)
        #expect(baseline.requiredScans.starts(with: [.secret, .code, .dependency]))
        #expect(baseline.sla.critical <= 14)
        #expect(baseline.activities.contains(RequiredActivity(name: "sbom", cadence: .eachRelease)))
        #expect(baseline.bannedComponents.count == 7)
    }

    @Test func publicAPIBaselineHasItsExactValues() throws {
        let catalog = try BaselineCatalog.builtIn()
        let api = try #require(catalog.baseline(named: "public-api"))
        #expect(api.reference == "public-api@2")
        #expect(api.tiers == [.tier1, .tier2, .tier3])
        #expect(api.platforms == [.api, .web])
        #expect(api.gate == BaselineGate(failOnNew: .high, maxAge: [.critical: 7, .high: 30]))
        #expect(api.gate.gatePolicy == GatePolicy(failOnNew: .high, failOnOverdue: .high))
        #expect(api.requiredScans == [.secret, .code, .dependency, .configuration, .container, .dynamic])
        #expect(api.sla == SLAPolicy(critical: 7, high: 30, medium: 90, low: 180))
        #expect(api.activities == [
            RequiredActivity(name: "sbom", cadence: .eachRelease), RequiredActivity(name: "dast", cadence: .withinDays(7)),
            RequiredActivity(name: "threat-model-review", cadence: .withinDays(180)),
            RequiredActivity(name: "penetration-test", cadence: .withinDays(366)),
        ])
        let fastjson = try #require(api.bannedComponents.first { $0.package.name == "fastjson" })
        #expect(fastjson.pattern == "pkg:maven/com.alibaba/fastjson@<1.2.83")
        #expect(fastjson.package.namespace == "com.alibaba")
    }

    @Test func readsATeamBaselineFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ward-baseline-\(UUID().uuidString).yml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let yaml = """
            id: cards-core
            version: 3
            title: Card processing core
            applies-to: {tiers: [tier-1]}
            gate: {fail-on-new: never, max-age: {high: 2w}}
            required-scans: [secret, dependency, secret]
            activities: {pci-scan: quarterly}
            """
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let baseline = try BaselineParser.load(path: path)
        #expect(baseline.reference == "cards-core@3")
        #expect(baseline.tiers == [.tier1] && baseline.platforms.isEmpty)
        #expect(baseline.gate == BaselineGate(failOnNew: nil, maxAge: [.high: 14]))
        #expect(baseline.requiredScans == [.secret, .dependency])
        #expect(baseline.sla == .default)
        #expect(baseline.activities == [RequiredActivity(name: "pci-scan", cadence: .withinDays(92))])
        #expect(baseline.bannedComponents.isEmpty)
    }

    @Test(arguments: [
        ("version: 1\ntitle: x\n", 1, "a baseline needs an id"),
        ("id: Team_Base\nversion: 1\ntitle: x\n", 1, "baseline id 'Team_Base' must be kebab-case (lowercase letters, digits, single hyphens)"),
        ("id: a\nversion: 0\ntitle: x\n", 2, "version must be a whole number from 1 to 100000"),
        ("id: a\nversion: 1\ntitle: x\nowner: me\n", 4, "unknown key 'owner' in the baseline; expected one of: id, version, title, applies-to, gate, required-scans, sla, activities, banned-components"),
        ("id: a\nversion: 1\ntitle: x\napplies-to:\n  tiers: [0]\n", 5, "applies-to.tiers: '0' is not a tier from 1 to 4"),
        ("id: a\nversion: 1\ntitle: x\ngate:\n  fail-on-new: severe\n", 5, "gate.fail-on-new must be one of: critical, high, medium, low, info"),
        ("id: a\nversion: 1\ntitle: x\ngate:\n  max-age: {urgent: 3}\n", 5, "gate.max-age: 'urgent' is not one of: critical, high, medium, low, info"),
        ("id: a\nversion: 1\ntitle: x\nrequired-scans: [secret, fuzz]\n", 4, "required-scans 'fuzz' is not one of: secret, code, dependency, configuration, container, dynamic, design"),
        ("id: a\nversion: 1\ntitle: x\nactivities:\n  dast: sometimes\n", 5, "activities.dast 'sometimes' must be a number of days such as 7d or 2w, or daily, weekly, monthly, quarterly, yearly"),
        ("id: a\nversion: 1\ntitle: x\nbanned-components:\n  - purl: \"pkg:npm/left-pad@>>1\"\n", 5, "banned component 'pkg:npm/left-pad@>>1': version range '>>1' must be constraints such as <1.2.83 or >=2.0,<2.17.1"),
        ("id: a\nversion: 1\ntitle: x\nbanned-components:\n  - reason: old\n", 5, "each banned component needs a purl, e.g. pkg:npm/event-stream@3.3.6"),
    ] as [(String, Int, String)])
    func badBaselineFilesNameFileAndLine(yaml: String, line: Int, message: String) {
        #expect {
            try BaselineParser.parse(yaml: yaml, path: "policies/team.yml")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.path == "policies/team.yml" && error.line == line && error.message == message
        }
    }

    @Test func invalidPurlAndYAMLAreReported() {
        #expect(throws: InputError.self) { try BaselineParser.parse(yaml: "id: a\nversion: 1\ntitle: x\nbanned-components:\n  - purl: \"npm:left-pad\"\n", path: "p.yml") }
        #expect(throws: InputError.self) { try BaselineParser.parse(yaml: "id: [a\n", path: "p.yml") }
        #expect(throws: InputError.self) { try BaselineParser.parse(yaml: "", path: "p.yml") }
    }
}
