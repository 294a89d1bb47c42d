import Foundation
import Testing
import WardCore
@testable import WardGovern

@Suite struct ThreatAnalyzerTests {
    static func demo() throws -> ThreatModel { try ThreatModelParser.load(path: ThreatModelParserTests.fixture) }

    @Test func demoModelThreatsInReportOrder() throws {
        let threats = ThreatAnalyzer.analyze(try Self.demo())
        #expect(threats.count == 14)
        #expect(threats.filter { $0.severity == .high }.count == 6)
        #expect(threats.filter { $0.severity == .medium }.count == 6)
        #expect(threats.filter { $0.severity == .low }.count == 2)
        #expect(threats.map(\.ruleId) == [
            "tm-unauthenticated-boundary-flow", "tm-plaintext-boundary-flow", "tm-basic-auth-over-plaintext",
            "tm-bearer-token-over-plaintext", "tm-plaintext-sensitive-flow", "tm-plaintext-sensitive-flow",
            "tm-weak-authentication-across-boundary", "tm-plaintext-data-store-connection", "tm-authentication-not-logged",
            "tm-financial-transaction-not-logged", "tm-financial-transaction-not-logged", "tm-third-party-receives-personal-data",
            "tm-data-store-not-logged", "tm-third-party-dependency",
        ])
        let plaintext = threats[4]
        #expect(plaintext.category == .informationDisclosure && plaintext.cwe == [319])
        #expect(plaintext.affected == [ModelElementReference(kind: .flow, id: "api-queries-db", line: 79)])
        #expect(plaintext.message == "Flow 'api-queries-db' carries Account balances and transactions, Customer profile (name, phone, address) over unencrypted sql.")
        #expect(plaintext.requirements == ["WARD-COMMS-01", "WARD-DATA-01"])
        #expect(plaintext.mitigations.count == 2)
    }

    @Test func threatsBecomeDesignFindingsAtTheFirstAffectedElement() throws {
        let model = try Self.demo()
        let findings = ThreatAnalyzer().findings(for: model)
        #expect(findings.count == 14)
        #expect(findings.allSatisfy { $0.kind == .design && $0.tool == "ward" })
        let webhook = try #require(findings.first { $0.ruleId == "tm-weak-authentication-across-boundary" })
        #expect(webhook.location == Location(path: model.path, startLine: 91, startColumn: 1, endLine: 91, endColumn: 1))
        #expect(webhook.severity == .medium && webhook.cwe == [1390])
        #expect(webhook.tags == ["stride:spoofing", "requirement:WARD-API-05", "requirement:WARD-SECRETS-02"])
        #expect(Set(findings.map(\.fingerprint)).count == 14)
    }

    @Test func fingerprintsSurviveLineMoves() throws {
        let text = try String(contentsOfFile: ThreatModelParserTests.fixture, encoding: .utf8)
        let original = try ThreatModelParser.parse(text, path: "threatmodel.yml")
        let moved = try ThreatModelParser.parse("# a new comment\n\n\n" + text, path: "threatmodel.yml")
        let before = ThreatAnalyzer().findings(for: original)
        let after = ThreatAnalyzer().findings(for: moved)
        #expect(before.map(\.fingerprint) == after.map(\.fingerprint))
        #expect(zip(before, after).allSatisfy { ($0.location?.startLine ?? 0) + 3 == $1.location?.startLine })
    }

    @Test func flatModelIsReportedOnLineOne() throws {
        let model = try ThreatModelParser.parse("title: flat\ncomponents: [{id: a, type: process}, {id: b, type: data-store}]\n")
        let threats = ThreatAnalyzer(rules: [FlatModelRule()]).analyze(model)
        #expect(threats.count == 1)
        #expect(threats.first?.finding(path: "tm.yml").location?.startLine == 1)
        #expect(threats.first?.message == "All 2 components of 'flat' sit in one trust zone.")
    }
}
