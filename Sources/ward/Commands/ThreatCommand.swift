import ArgumentParser
import Foundation
import WardCore
import WardGovern
import WardReport

struct ThreatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "threat",
        abstract: "Apply the STRIDE-per-element rules to a threat model (threatmodel.yml) and write its threats and data-flow diagram.",
        discussion: """
            Formats: markdown (default), html, dot (Graphviz data-flow diagram), svg (needs Graphviz `dot` on PATH), \
            json (the threats), or any scan report format (sarif, table, …) for the threats as design findings.
            """
    )

    @Argument(help: "The threat model (default: threatmodel.yml).")
    var model = "threatmodel.yml"

    @Option(name: [.short, .long], help: "markdown, html, dot, svg, json, or a report format: table, sarif, junit, csv, gitlab.")
    var format = "markdown"

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Exit 1 when a threat at or above this severity is found.")
    var failOn: String?

    @Option(name: .long, help: "Also upload the model to this Ward server (token in WARD_TOKEN): its threats become design findings of the project.")
    var upload: String?

    @Option(name: .long, help: "With --upload: the project key on the server.")
    var project: String?

    func validate() throws {
        let known = ["markdown", "html", "dot", "svg", "json"] + ReportFormatName.allCases.map(\.rawValue)
        guard known.contains(format.lowercased()) else { throw ValidationError("unknown format '\(format)'; expected one of: \(known.joined(separator: ", "))") }
        if let failOn, Severity(parsing: failOn) == nil { throw ValidationError("--fail-on must be one of: critical, high, medium, low, info") }
        if upload != nil && project == nil { throw ValidationError("--upload needs --project KEY") }
    }

    func run() throws {
        let threatModel = try ThreatModelParser.load(path: model)
        let threats = ThreatAnalyzer.analyze(threatModel)
        let bytes: [UInt8]
        switch format.lowercased() {
        case "markdown": bytes = Array(ThreatModelMarkdownReport.render(threatModel, threats: threats).utf8)
        case "html": bytes = Array(ThreatModelHTMLReport.render(threatModel, threats: threats).utf8)
        case "dot": bytes = Array(ThreatModelDOTDiagram.render(threatModel, threats: threats).utf8)
        case "svg": bytes = try Self.svg(ThreatModelDOTDiagram.render(threatModel, threats: threats))
        case "json":
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            bytes = Array(try encoder.encode(ThreatAnalyzer().findings(for: threatModel))) + [0x0A]
        default:
            let findings = ThreatAnalyzer().findings(for: threatModel)
            let report = ScanReport(
                target: ScanTarget(mode: .directory, root: model), startedAt: Date(), finishedAt: Date(),
                statistics: ScanStatistics(filesScanned: 1), rules: [], findings: findings, warnings: [])
            bytes = try ReportFormats.named(format, options: ReportOptions(colour: false, sourceRoot: nil)).render(report)
        }
        if let output {
            try FileSystem.writeAtomically(bytes, to: output)
            Terminal.standardError("ward: \(threats.count) threat(s) in \(model); wrote \(output)\n")
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
        if let upload, let project { try send(model: model, to: upload, project: project) }
        if let threshold = failOn.flatMap(Severity.init(parsing:)), threats.contains(where: { $0.severity >= threshold }) {
            throw ExitCode(1)
        }
    }

    /// Renders DOT with Graphviz; a clear error when it is not installed.
    static func svg(_ dot: String) throws -> [UInt8] {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/dot" }
        guard let executable = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw InputError("--format svg needs Graphviz's `dot` (apt-get install graphviz / brew install graphviz); --format dot writes the diagram's source")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Write from another thread: dot may fill its output pipe before it has read all its input.
        let writer = Thread { input.fileHandleForWriting.write(Data(dot.utf8)); try? input.fileHandleForWriting.close() }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw InputError("dot failed with exit status \(process.terminationStatus)") }
        return Array(data)
    }

    /// Sends the model as YAML to `PUT /api/v1/projects/{key}/threat-model`.
    func send(model path: String, to server: String, project: String) throws {
        let token = try ScanUploader.token()
        guard let body = FileManager.default.contents(atPath: path) else { throw InputError(path: path, "cannot read") }
        let response = try PlatformClient(server: server, token: token).send(
            method: "PUT", path: "/api/v1/projects/\(PlatformClient.escape(project))/threat-model", body: body, contentType: "application/yaml")
        Terminal.standardError("ward: uploaded the threat model of \(project) (HTTP \(response.status))\n")
    }
}
