import Foundation
import Testing
import WardCore
@testable import WardGovern

@Suite struct ThreatModelParserTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/demo-threatmodel.yml").path

    static func error(_ text: String) -> InputError? {
        do {
            _ = try ThreatModelParser.parse(text, path: "tm.yml")
            return nil
        } catch {
            return error
        }
    }

    @Test func readsTheDemoModelWithLines() throws {
        let model = try ThreatModelParser.load(path: Self.fixture)
        #expect(model.title == "Demo mobile banking")
        #expect(model.version == "1.4")
        #expect(model.reviewed == Date(timeIntervalSince1970: 1_790_812_800))
        #expect(model.path == Self.fixture)
        #expect((model.assets.count, model.components.count, model.flows.count, model.boundaries.count) == (6, 6, 6, 3))
        let gateway = try #require(model.component("api-gateway"))
        #expect(gateway.name == "API gateway" && gateway.type == .process && gateway.line == 35)
        #expect(gateway.internetFacing && gateway.authenticates == ["users"] && gateway.rateLimited && !gateway.privileged)
        let query = try #require(model.flows.first { $0.id == "api-queries-db" })
        #expect(query.line == 79 && query.transport == "sql" && query.authentication == .basic && !query.encrypted)
        #expect(query.carries == ["transactions", "customer-profile"])
        #expect(model.asset("card-data")?.classification == .financial)
        #expect(model.boundaries.map(\.line) == [99, 102, 105])
        #expect(model.crossesBoundary(try #require(model.flows.first { $0.id == "gateway-calls-api" })))
        #expect(!model.crossesBoundary(query))
    }

    @Test func encryptionIsDerivedFromTheProtocolUnlessGiven() throws {
        let model = try ThreatModelParser.parse("""
            title: t
            components: [{id: a, type: process}, {id: b, type: process}]
            flows:
              - {id: f1, from: a, to: b, protocol: HTTPS}
              - {id: f2, from: a, to: b, protocol: http}
              - {id: f3, from: a, to: b, protocol: http, encrypted: true}
            """)
        #expect(model.flows.map(\.encrypted) == [true, false, true])
        #expect(model.flows[0].transport == "https")
    }

    @Test func runsAsRootAndPrivilegedBothMarkPrivilege() throws {
        let model = try ThreatModelParser.parse("title: t\ncomponents: [{id: a, type: process, runs-as-root: true}, {id: b, type: process, privileged: true}, {id: c, type: process}]")
        #expect(model.components.map(\.privileged) == [true, true, false])
    }

    @Test(arguments: [
        ("title: t\ncomponents:\n  - id: a\n    type: process\n    internet-facin: true\n", 5, "unknown key 'internet-facin' in a component"),
        ("title: t\ncomponents:\n  - id: a\n    type: lambda\n", 4, "unknown component type 'lambda'"),
        ("title: t\ncomponents: [{id: a, type: process}]\nflows:\n  - {id: f, from: a, to: ghost, protocol: https}\n", 4, "flow 'f' refers to unknown component 'ghost'"),
        ("title: t\nassets: [{id: x, classification: secret}]\n", 2, "unknown classification 'secret'"),
        ("title: t\ncomponents: [{id: a, type: process, stores: [nope]}]\n", 2, "component 'a' stores unknown asset 'nope'"),
        ("title: t\ncomponents: [{id: a, type: process}]\nflows: [{id: f, from: a, to: a, protocol: x, crosses: [dmz]}]\n", 3, "flow 'f' crosses unknown boundary 'dmz'"),
        ("title: t\ncomponents: [{id: a, type: process}]\nflows: [{id: f, from: a, to: a, protocol: x, carries: [gold]}]\n", 3, "flow 'f' carries unknown asset 'gold'"),
        ("title: t\nboundaries:\n  - id: dmz\n    members: [ghost]\n", 3, "boundary 'dmz' has unknown member 'ghost'"),
        ("title: t\ncomponents:\n  - {id: a, type: process}\n  - {id: a, type: data-store}\n", 4, "duplicate id 'a' (component); first declared on line 3"),
        ("title: t\ncomponents: [{id: a, type: process, authorizes: maybe}]\n", 2, "'authorizes' must be true or false"),
        ("title: t\nflows: [{id: f, from: a, to: b}]\n", 2, "missing required key 'protocol'"),
        ("version: 1\n", 1, "missing required key 'title'"),
        ("title: t\nreviewed: soon\n", 2, "'reviewed' must be a date like 2026-03-31"),
        ("title: t\nreviewed: 2026-02-30\n", 2, "'reviewed' is not a calendar date: 2026-02-30"),
        ("title: t\ncomponents: [{id: a, type: process\n", 3, "invalid YAML"),
        ("title: t\nx: &a [1]\ny: *a\n", 3, "YAML aliases (*name) are not supported"),
        ("title: t\nx: &a [1]\nl:\n  - d: |\n      text\n    e: *a\n", 6, "YAML aliases (*name) are not supported"),
        ("title: t\ncomponents:\n  - id: a\n    type: process\n    # a comment\n\n    id: b\n  - id: c\n    type: process\n", 7, "duplicate key 'id'"),
        ("title: t\ncomponents:\n  - {id: a, type: process, id: b}\n  - id: c\n    type: process\n", 3, "duplicate key 'id'"),
    ])
    func errorsNameTheFileAndLine(text: String, line: Int, message: String) throws {
        let error = try #require(Self.error(text))
        #expect(error.path == "tm.yml")
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func aliasLookalikesInStringsAndCommentsAreAccepted() throws {
        let model = try ThreatModelParser.parse("""
            title: "*not an alias"  # *nor this
            description: |
              *emphasis* in a block
            components: [{id: a, name: 'x *y', type: process}]
            """)
        #expect(model.title == "*not an alias")
        #expect(model.components.first?.name == "x *y")
    }

    @Test func hostileInputFailsCleanly() throws {
        let billionLaughs = "title: t\na: &a [x, x, x, x, x, x, x, x, x]\n" + (1...9).map { "l\($0): &l\($0) [" + Array(repeating: $0 == 1 ? "*a" : "*l\($0 - 1)", count: 9).joined(separator: ", ") + "]" }.joined(separator: "\n")
        #expect(Self.error(billionLaughs)?.message.contains("aliases") == true)
        let deep = "title: t\ncomponents: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
        #expect(Self.error(deep) != nil)
        let huge = "title: t\n# " + String(repeating: "x", count: ThreatModelParser.maximumFileSize) + "\n"
        #expect(Self.error(huge)?.message == "threat model is larger than 1 MB")
        #expect(Self.error("")?.message == "empty threat model")
        #expect(Self.error("- just\n- a list\n")?.message == "the threat model must be a mapping")
        #expect(Self.error("title: t\ncomponents: {a: b}\n")?.message == "'components' must be a list")
        let tooMany = "title: t\ncomponents: [" + (0...YAMLNodeReader.maximumListLength).map { "{id: c\($0), type: process}" }.joined(separator: ", ") + "]\n"
        #expect(Self.error(tooMany)?.message == "'components' has more than 10000 entries")
        #expect(Self.error(tooMany)?.line == 2)
    }
}
