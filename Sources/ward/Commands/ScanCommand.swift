import ArgumentParser
import Foundation
import WardCore
import WardReport

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan a directory for secrets, sensitive data and vulnerable or banned dependencies (or git history / staged changes for secrets).",
        discussion: """
            Exit status: 0 when nothing at or above --fail-on remains, 1 when something does, 2 for a usage \
            or input error. Suppress a finding with `ward:ignore` (or `ward:ignore <rule-id>`) on its line or the line above. \
            Dependencies are matched against the offline advisory database (`ward db update`); findings that a VEX \
            statement marks not_affected or fixed stay in the report but do not count for --fail-on.
            """
    )

    @OptionGroup var scan: ScanOptions

    @Option(name: [.short, .long], help: "Output format: table, json, sarif, junit, csv, gitlab (default: table).")
    var format: String = "table"

    @Option(name: [.short, .long], help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Exit 1 when a finding at or above this severity remains (critical, high, medium, low, info).")
    var failOn: String?

    @Option(name: .long, help: "Report only findings whose fingerprints are not in this baseline file.")
    var baseline: String?

    @Flag(name: [.short, .long], help: "No progress and no warnings on standard error.")
    var quiet = false

    @Flag(name: .long, help: "Never colour the table output (also: NO_COLOR).")
    var noColor = false

    @Option(name: .long, help: "Also send the scan to this Ward server (token in WARD_TOKEN), e.g. https://ward.example.")
    var upload: String?

    @Option(name: .long, help: "With --upload: the project key on the server.")
    var project: String?

    @Option(name: .long, help: "With --upload: the branch scanned (default: the work tree's branch, else main).")
    var branch: String?

    func validate() throws {
        guard ReportFormatName(rawValue: format.lowercased()) != nil else {
            throw ValidationError("unknown format '\(format)'; expected one of: \(ReportFormatName.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if upload != nil && project == nil { throw ValidationError("--upload needs --project KEY") }
        if let failOn, Severity(parsing: failOn) == nil {
            throw ValidationError("--fail-on must be one of: critical, high, medium, low, info")
        }
    }

    func run() throws {
        var pipeline = ScanPipeline(options: scan)
        pipeline.showProgress = !quiet && Terminal.standardErrorIsTTY
        let outcome = try pipeline.run(baselinePath: baseline)
        let report = outcome.report
        if !quiet { report.warnings.forEach(Terminal.warning) }

        let colour = output == nil && !noColor && Terminal.standardOutputIsTTY && Terminal.colourAllowed
        // Paths in the report are relative to the root directory (the file's own directory when one file is scanned).
        var root = URL(fileURLWithPath: scan.path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        if !FileSystem.isDirectory(root.path) { root.deleteLastPathComponent() }
        let renderer = try ReportFormats.named(format, options: ReportOptions(colour: colour, sourceRoot: root.path))
        let bytes: [UInt8]
        do { bytes = try renderer.render(report) } catch { throw InputError("cannot render the \(format) report: \(error)") }
        if let output {
            try FileSystem.writeAtomically(bytes, to: output)
            if !quiet { Terminal.standardError("ward: wrote \(report.findings.count) finding(s) to \(output)\n") }
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }

        if let upload, let project {
            try send(report, to: upload, project: project, kinds: outcome.kinds.sorted { $0.rawValue < $1.rawValue }, tools: outcome.tools)
        }

        let threshold = failOn.flatMap(Severity.init(parsing:)) ?? outcome.configuration.scan.failOn
        if let threshold, let worst = report.highestSeverity, worst >= threshold {
            throw ExitCode(1)
        }
    }

    /// Uploads the scan as Ward JSON and prints where to see it.
    func send(_ report: ScanReport, to server: String, project: String, kinds: [FindingKind], tools: [String]) throws {
        let token = try ScanUploader.token()
        let git = ScanUploader.gitState(at: scan.path)
        let uploader = ScanUploader(
            server: server, project: project, token: token, branch: branch ?? git.branch ?? "main", commit: git.commit,
            kinds: kinds, tools: tools)
        let body = try ReportFormats.named("json", options: ReportOptions(colour: false, sourceRoot: nil)).render(report)
        let outcome = try uploader.upload(body, format: "ward")
        Terminal.standardError(
            "ward: uploaded scan \(outcome.scan.id): \(outcome.new) new, \(outcome.reopened) reopened, \(outcome.fixed) fixed; "
                + "platform gate \(outcome.gate.pass ? "passed" : "failed")\n")
        print(outcome.url)
    }
}
