import Testing
import WardComponents
import WardCore

@Suite struct CVSSTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var vector: String
        var score: Double?
        var testDescription: String { "\(vector) → \(score.map { "\($0)" } ?? "invalid")" }
        init(_ vector: String, _ score: Double?) {
            self.vector = vector
            self.score = score
        }
    }

    /// v3.x scores as the FIRST calculator gives them (the specification's Roundup included).
    static let v3 = [
        Case("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8),
        Case("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8),
        Case("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0),
        Case("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:N/A:N", 6.8),
        Case("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1),
        Case("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8),
        Case("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", 7.5),
        Case("CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", 6.2),
        Case("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 1.6),
        Case("CVSS:3.1/AV:N/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:L", 4.6),
        Case("CVSS:3.1/AV:N/AC:H/PR:L/UI:R/S:C/C:L/I:L/A:L", 5.5),
        Case("CVSS:3.1/AV:A/AC:H/PR:N/UI:R/S:C/C:H/I:L/A:L", 7.0),
        Case("CVSS:3.1/AV:A/AC:H/PR:H/UI:N/S:U/C:H/I:N/A:N", 4.2),
        Case("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0),
        Case("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:R", 9.8),
        Case("CVSS:3.1/AV:N", nil),
        Case("CVSS:3.1/AV:J/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:L", nil),
        Case("CVSS:3.1/AV:N/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:L/XX:X", nil),
        Case("CVSS:3.1/AV:N/AV:N/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:L", nil),
        Case("AV:N/AC:L/Au:N/C:P/I:P/A:P", nil),
    ]

    @Test(arguments: v3) func cvss3(_ test: Case) {
        #expect(CVSSv3.baseScore(test.vector) == test.score)
    }

    /// v4.0 scores as the FIRST v4.0 calculator gives them.
    static let v4 = [
        Case("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", 10.0),
        Case("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N", 0.0),
        Case("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3),
        Case("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:H/SI:H/SA:H", 7.9),
        Case("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N", 6.9),
        Case("CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N", 5.3),
        Case("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U", 9.1),
        Case("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/MVI:L/MSA:S", 9.8),
        Case("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N", 1.0),
        Case("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:P/VC:N/VI:H/VA:H/SC:N/SI:L/SA:L", 5.2),
        Case("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:P/VC:N/VI:H/VA:H/SC:N/SI:L/SA:L/E:P/CR:H/IR:M/AR:H/MAV:A/MAT:P/MPR:N/MVI:H/MVA:N/MSI:H/MSA:N/S:N/V:C/U:Amber", 4.7),
        Case("CVSS:4.0/AV:N/AC:H/AT:N/PR:H/UI:N/VC:N/VI:N/VA:H/SC:H/SI:H/SA:H/CR:L/IR:L/AR:L", 5.8),
        Case("CVSS:4.0/AV:F/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N", nil),
        Case("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/ui:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N", nil),
        Case("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/SC:N/SI:N/SA:N", nil),
    ]

    @Test(arguments: v4) func cvss4(_ test: Case) {
        #expect(CVSSv4.score(test.vector) == test.score)
    }

    @Test func scoreBands() {
        let bands: [(Double, Severity)] = [(0, .info), (0.1, .low), (3.9, .low), (4.0, .medium), (6.9, .medium), (7.0, .high), (8.9, .high), (9.0, .critical), (10, .critical)]
        for (score, severity) in bands { #expect(AdvisorySeverity.severity(forScore: score) == severity, "\(score)") }
    }

    @Test func prefersV4ThenV3ThenTheDatabaseRating() {
        var advisory = OSVAdvisory(id: "TEST-1")
        advisory.severity = [
            .init(type: "CVSS_V3", score: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
            .init(type: "CVSS_V4", score: "CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N"),
        ]
        #expect(AdvisorySeverity(advisory: advisory) == AdvisorySeverity(
            severity: .medium, cvssVector: "CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N", cvssScore: 5.3))
        advisory.severity = [.init(type: "CVSS_V3", score: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")]
        #expect(AdvisorySeverity(advisory: advisory).severity == .critical)
        advisory.severity = nil
        advisory.databaseSpecific = .object(["severity": .string("MODERATE")])
        #expect(AdvisorySeverity(advisory: advisory) == AdvisorySeverity(severity: .medium))
        advisory.databaseSpecific = nil
        #expect(AdvisorySeverity(advisory: advisory).severity == nil)
    }
}
