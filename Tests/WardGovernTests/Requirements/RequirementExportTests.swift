import Foundation
import Testing
import WardCore
@testable import WardGovern

@Suite struct RequirementExportTests {
    static func sample() throws -> [EffectiveRequirementStatus] {
        let tricky = SecurityRequirement(
            id: "WARD-TEST-01", title: "=HYPERLINK(\"http://x\")", text: "t", rationale: "r", verification: .review,
            asvs: ["V1.2.3"], masvs: [], cwe: [79], appliesTo: RequirementApplicability(platforms: [.web, .api]))
        let plain = SecurityRequirement(
            id: "WARD-TEST-02", title: "Keys | in vault", text: "t", rationale: "r", verification: .automatedScan,
            asvs: ["V13.3.1"], masvs: ["MASVS-STORAGE-1"], cwe: [798, 259], appliesTo: .all, evidence: EvidenceRule(scan: .secret))
        return [
            EffectiveRequirementStatus(requirement: tricky, status: .notStarted, reason: "-1 day, then \"done\"\nlater", record: nil),
            EffectiveRequirementStatus(requirement: plain, status: .verified, reason: "verified: secret scan 2026-11-20 covered the project", record: nil),
        ]
    }

    @Test func csvQuotesAndNeutralisesFormulas() throws {
        let expected = "id,area,title,verification,asvs,masvs,cwe,applies to,status,reason\r\n"
            + "WARD-TEST-01,TEST,\"'=HYPERLINK(\"\"http://x\"\")\",review,V1.2.3,,CWE-79,api/web,not-started,\"'-1 day, then \"\"done\"\"\nlater\"\r\n"
            + "WARD-TEST-02,TEST,Keys | in vault,automated-scan,V13.3.1,MASVS-STORAGE-1,CWE-798 CWE-259,all projects,verified,verified: secret scan 2026-11-20 covered the project\r\n"
        #expect(RequirementCSVFormat.render(try Self.sample()) == expected)
    }

    @Test func csvCellRules() {
        #expect(CSVCell.escape("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVCell.escape("+1") == "'+1")
        #expect(CSVCell.escape("a,b") == "\"a,b\"")
        #expect(CSVCell.escape("plain") == "plain")
    }

    @Test func markdownTable() throws {
        let expected = """
            # Security requirements

            2 requirements: 1 not-started, 0 implemented, 1 verified, 0 not-applicable.

            | id | title | verification | status | reason |
            |---|---|---|---|---|
            | WARD-TEST-01 | =HYPERLINK("http://x") | review | not-started | -1 day, then "done" later |
            | WARD-TEST-02 | Keys \\| in vault | automated-scan | verified | verified: secret scan 2026-11-20 covered the project |

            """
        #expect(RequirementMarkdownFormat.render(try Self.sample()) == expected)
    }
}
