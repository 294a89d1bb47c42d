import ArgumentParser
import Foundation
import WardCore
import WardImport
import WardReport

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read other tools' reports (SARIF, semgrep, trivy, ZAP, ... see `ward tools`) and print, write or upload them as one Ward report.",
        discussion: "Findings that several reports agree on (same secret, same advisory in the same package, same CWE on overlapping lines) become one finding listing every source."
    )

    @Argument(help: "Report files to read.")
    var files: [String]

    @Option(name: .long, help: "The reader to use for every file, or auto to recognise each file's format (default: auto).")
    var tool = "auto"

    @Option(name: [.short, .long], help: "Output format: table, json, sarif, junit, csv, gitlab (default: table).")
    var format = "table"

    @Option(name: [.short, .long], help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Exit 1 when a finding at or above this severity remains (critical, high, medium, low, info).")
    var failOn: String?

    @Option(name: .long, help: "Also send the merged report to this Ward server (token in WARD_TOKEN).")
    var upload: String?

    @Option(name: .long, help: "With --upload: the project key on the server.")
    var project: String?

    @Option(name: .long, help: "With --upload: the branch the reports are about (default main).")
    var branch: String?

    @Option(name: .long, help: "With --upload: the commit the reports are about.")
    var commit: String?

    @Flag(name: [.short, .long], help: "No messages on standard error.")
    var quiet = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one report file") }
        guard ReportFormatName(rawValue: format.lowercased()) != nil else {
            throw ValidationError("unknown format '\(format)'; expected one of: \(ReportFormatName.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if tool != "auto" && ReportReaders.named(tool) == nil {
            throw ValidationError("--tool: '\(tool)' is not a format Ward reads; one of auto, \(ReportReaders.all.map { $0.id }.joined(separator: ", "))")
        }
        if upload != nil && project == nil { throw ValidationError("--upload needs --project KEY") }
        if let failOn, Severity(parsing: failOn) == nil { throw ValidationError("--fail-on must be one of: critical, high, medium, low, info") }
    }

    func run() throws {
        let started = Date()
        var findings: [Finding] = []
        var tools = Set<String>(), kinds = Set<FindingKind>()
        for file in files {
            let imported = try Self.read(file, tool: tool)
            findings += imported.report.findings
            tools.formUnion(imported.report.tools.map(\.name))
            tools.formUnion(imported.report.findings.map(\.tool))
            kinds.formUnion(imported.report.findings.map(\.kind))
            kinds.formUnion(ExternalTools.named(imported.reader)?.kinds ?? [])
            if !quiet { Terminal.standardError("ward: \(file): \(imported.report.findings.count) finding(s) read as \(imported.reader)\n") }
        }
        let merged = FindingCorrelator.merge(findings).sorted(by: Finding.reportOrder)
        var report = ScanReport(
            target: ScanTarget(mode: .imported, root: files.joined(separator: ", ")), startedAt: started, finishedAt: Date(),
            statistics: ScanStatistics(durationSeconds: Date().timeIntervalSince(started)), rules: [], findings: merged, warnings: [])
        report.kindsScanned = kinds.sorted { $0.rawValue < $1.rawValue }
        let colour = output == nil && Terminal.standardOutputIsTTY && Terminal.colourAllowed
        let renderer = try ReportFormats.named(format, options: ReportOptions(colour: colour, sourceRoot: nil))
        let bytes: [UInt8]
        do { bytes = try renderer.render(report) } catch { throw InputError("cannot render the \(format) report: \(error)") }
        if let output {
            try FileSystem.writeAtomically(bytes, to: output)
            if !quiet { Terminal.standardError("ward: wrote \(merged.count) finding(s) to \(output)\n") }
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
        if let upload, let project {
            let uploader = ScanUploader(
                server: upload, project: project, token: try ScanUploader.token(), branch: branch ?? "main", commit: commit,
                kinds: kinds.sorted { $0.rawValue < $1.rawValue }, tools: tools.sorted())
            let body = try ReportFormats.named("json", options: ReportOptions(colour: false, sourceRoot: nil)).render(report)
            let outcome = try uploader.upload(body, format: "ward")
            Terminal.standardError("ward: uploaded scan \(outcome.scan.id): \(outcome.new) new, \(outcome.reopened) reopened, \(outcome.fixed) fixed\n")
            print(outcome.url)
        }
        if let threshold = failOn.flatMap(Severity.init(parsing:)), let worst = report.highestSeverity, worst >= threshold {
            throw ExitCode(1)
        }
    }

    /// Reads one report with the named reader, or the one its content matches.
    static func read(_ file: String, tool: String) throws(InputError) -> (report: ImportedReport, reader: String) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file), options: .mappedIfSafe)
        } catch {
            throw InputError(path: file, "cannot read: \((error as NSError).localizedDescription)")
        }
        let reader: (any ReportReader.Type)?
        if tool == "auto" {
            reader = ReportReaders.detect(data)
            guard reader != nil else {
                throw InputError(path: file, "not a report format Ward recognises; name it with --tool (one of \(ReportReaders.all.map { $0.id }.joined(separator: ", ")))")
            }
        } else {
            reader = ReportReaders.named(tool)
        }
        guard let reader else { throw InputError(path: file, "no reader '\(tool)'") }
        do {
            if reader == WardJSONReader.self {
                let report = try WardJSONReader.readReport(data, path: file)
                return (ImportedReport(tools: [report.tool], findings: report.findings), reader.id)
            }
            return (try reader.read(data, path: file), reader.id)
        } catch let error as ReportReadError {
            throw InputError(error.description)
        } catch {
            throw InputError(path: file, String(describing: error))
        }
    }
}
