import Testing
@testable import WardImport

@Suite struct ReportReadErrorTests {
    @Test func namesTheFileAndTheReader() {
        let error = ReportReadError(path: "out/semgrep.json", reader: "sarif", reason: "missing runs")
        #expect(error.description == "out/semgrep.json: not a valid sarif report: missing runs")
    }
}
