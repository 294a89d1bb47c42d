import Testing
import WardCore
import WardReport

/// Every format, rendered from the fixed sample and empty reports, must match its golden file byte
/// for byte. Regenerate with `WARD_UPDATE_GOLDEN=1 swift test --filter WardReportTests` and review the diff.
@Suite struct GoldenTests {
    @Test(arguments: ReportFormatName.allCases)
    func sampleReportMatchesGolden(format: ReportFormatName) throws {
        let bytes = try ReportFormats.named(format).render(SampleReports.sample)
        try Fixtures.checkGolden(bytes, "\(format.rawValue).\(format.fileExtension)")
    }

    @Test(arguments: ReportFormatName.allCases)
    func emptyReportMatchesGolden(format: ReportFormatName) throws {
        let bytes = try ReportFormats.named(format).render(SampleReports.empty)
        try Fixtures.checkGolden(bytes, "\(format.rawValue)-empty.\(format.fileExtension)")
    }

    @Test func colouredTableMatchesGolden() throws {
        let bytes = try ReportFormats.named(.table, options: ReportOptions(colour: true)).render(SampleReports.sample)
        try Fixtures.checkGolden(bytes, "table-colour.txt")
    }

    @Test(arguments: ReportFormatName.allCases)
    func outputIsValidUTF8EndingInANewline(format: ReportFormatName) throws {
        for report in [SampleReports.sample, SampleReports.empty] {
            let bytes = try ReportFormats.named(format).render(report)
            #expect(String(validating: bytes, as: UTF8.self) != nil)
            #expect(bytes.last == UInt8(ascii: "\n"))
        }
    }
}
