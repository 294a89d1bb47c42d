import Foundation
import Testing
import WardCore
import WardReport

/// Machine-read formats validated against their official JSON schemas (copies in Fixtures/schemas).
@Suite struct SchemaTests {
    static let reports = [("sample", SampleReports.sample), ("empty", SampleReports.empty), ("vex", SampleReports.vexSuppressed)]

    @Test(arguments: reports.map(\.0))
    func sarifIsValidSARIF210(report: String) throws {
        try expectValid(.sarif, report: report, schema: "sarif-schema-2.1.0.json")
    }

    @Test(arguments: reports.map(\.0))
    func jsonIsValidWardReport11(report: String) throws {
        try expectValid(.json, report: report, schema: "ward-report-1.1.schema.json")
    }

    @Test(arguments: reports.map(\.0))
    func gitlabIsValidSecretDetection1521(report: String) throws {
        try expectValid(.gitlab, report: report, schema: "gitlab-secret-detection-report-format-15.2.1.json")
    }

    @Test func vexSuppressedFindingsBecomeSARIFSuppressionsAndLeaveTheGate() throws {
        let sarif = try JSONSerialization.jsonObject(with: Data(ReportFormats.named(.sarif).render(SampleReports.vexSuppressed))) as? [String: Any]
        let results = ((sarif?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let dependency = try #require(results.first { $0["ruleId"] as? String == "GHSA-462w-v97r-4m45" })
        let suppression = try #require((dependency["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["kind"] as? String == "external")
        #expect(suppression["status"] as? String == "accepted")
        #expect(suppression["justification"] as? String == "VEX not_affected: vulnerable_code_not_in_execute_path (vex.json)")
        #expect(results.filter { $0["suppressions"] != nil }.count == 1)
        #expect(SampleReports.vexSuppressed.highestSeverity == .critical)
        let onlyDependency = ScanReport(
            target: ScanTarget(mode: .directory, root: "."), startedAt: SampleReports.started, finishedAt: SampleReports.started,
            statistics: ScanStatistics(), rules: [], findings: SampleReports.vexSuppressed.findings.filter { $0.kind == .dependency }, warnings: [])
        #expect(onlyDependency.findings.count == 1)
        #expect(onlyDependency.highestSeverity == nil)
    }

    @Test func schemaRejectsAReportMissingAField() throws {
        var bytes = try JSONFormat().renderString(SampleReports.sample)
        bytes = bytes.replacingOccurrences(of: "\"fingerprint\"", with: "\"fingerprintt\"")
        let errors = try JSONSchemaValidator.errors(in: Array(bytes.utf8), schema: Fixtures.url("schemas/ward-report-1.1.schema.json"))
        #expect(!errors.isEmpty)
    }

    @Test func wardSchemaInDocsMatchesTheFixtureCopy() throws {
        let docs = Fixtures.repositoryRoot.appendingPathComponent("docs/schemas/ward-report-1.1.schema.json")
        let published = try Data(contentsOf: docs)
        let copy = try Data(contentsOf: Fixtures.url("schemas/ward-report-1.1.schema.json"))
        #expect(published == copy, "docs/schemas/ward-report-1.1.schema.json and Tests/WardReportTests/Fixtures/schemas/ differ: copy the docs version over")
    }

    @Test func wardSchemaEnumsMatchTheSwiftEnums() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.url("schemas/ward-report-1.1.schema.json"))) as? [String: Any])
        let definitions = try #require(schema["definitions"] as? [String: Any])
        func values(_ name: String) -> [String] { ((definitions[name] as? [String: Any])?["enum"] as? [String]) ?? [] }
        #expect(values("severity") == Severity.allCases.map(\.rawValue))
        #expect(values("confidence") == Confidence.allCases.map(\.rawValue))
        #expect(values("kind") == FindingKind.allCases.map(\.rawValue))
        let version = ((schema["properties"] as? [String: Any])?["schemaVersion"] as? [String: Any])?["const"] as? String
        #expect(version == ScanReport.currentSchemaVersion, "schemaVersion changed: publish a new schema file")
    }

    private func expectValid(_ format: ReportFormatName, report name: String, schema: String) throws {
        let report = try #require(Self.reports.first { $0.0 == name }?.1)
        let bytes = try ReportFormats.named(format).render(report)
        let errors = try JSONSchemaValidator.errors(in: bytes, schema: Fixtures.url("schemas/\(schema)"))
        #expect(errors.isEmpty, "\(format.rawValue) output for the \(name) report breaks \(schema):\n\(errors.joined(separator: "\n"))")
    }
}

/// Runs Python's `jsonschema` (the validator for the schema's declared draft, format checks off).
enum JSONSchemaValidator {
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    private static let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            sys.exit(3)
        with open(sys.argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        with open(sys.argv[2], encoding="utf-8") as f:
            instance = json.load(f)
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        for error in sorted(cls(schema).iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
            print("/" + "/".join(map(str, error.absolute_path)) + ": " + error.message[:300])
        """

    /// Validation errors (`/json/pointer: message`), empty when `document` is valid. Throws when
    /// python3 or its jsonschema package is missing, so the test fails instead of passing vacuously.
    static func errors(in document: [UInt8], schema: URL) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ward-report-\(UUID().uuidString).json")
        try Data(document).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path, file.path]
        let output = Pipe()
        let errorOutput = Pipe()
        process.standardOutput = output
        process.standardError = errorOutput
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errorOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0:
            return text.split(separator: "\n").map(String.init)
        case 3:
            throw Unavailable(description: "the Python package jsonschema is missing: run `pip install jsonschema` (make test does)")
        case 127:
            throw Unavailable(description: "python3 is not installed; schema validation needs python3 with jsonschema")
        default:
            throw Unavailable(description: "python3 jsonschema failed (status \(process.terminationStatus)): \(stderr)")
        }
    }
}
