import Foundation
import Testing

@Suite struct BaselineTests {
    @Test func baselineHidesKnownFindingsEvenAfterLinesMove() throws {
        let box = try Sandbox()
        let old = "aws_access_key_id = \(Secrets.awsKeyID())\n"
        try box.write("app.env", old)
        let create = try Ward.run(["baseline", "create", ".", "--output", "baseline.json"], in: box.path)
        #expect(create.status == 0, "\(create.stderr)")
        #expect(create.stdout.contains("1 fingerprint"))
        let baselineText = try box.read("baseline.json")
        #expect(!baselineText.contains(String(old.dropFirst(24).prefix(10))), "no secret material in the baseline")

        try box.write("app.env", "# a comment pushes the old key down\n\n" + old + "aws_access_key_id = \(Secrets.awsKeyID())\n")
        let run = try Ward.run(["scan", ".", "--format", "json", "--baseline", "baseline.json"], in: box.path)
        let report = try JSONReport.parse(run)
        #expect(report.findings.compactMap(\.location?.startLine) == [4])
        #expect(report.statistics.findingsInBaseline == 1)
    }

    @Test func aJSONReportServesAsABaselineAndGarbageIsAnError() throws {
        let box = try Sandbox()
        try box.write("app.env", "aws_access_key_id = \(Secrets.awsKeyID())\n")
        try box.write("previous.json", try Ward.run(["scan", "app.env", "--format", "json"], in: box.path).stdout)
        let report = try JSONReport.parse(try Ward.run(["scan", "app.env", "--format", "json", "--baseline", "previous.json"], in: box.path))
        #expect(report.findings.isEmpty)

        try box.write("broken.json", "{\"baselineVersion\": 1, \"entr")
        let broken = try Ward.run(["scan", "app.env", "--baseline", "broken.json"], in: box.path)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("broken.json"))
    }
}
