import ArgumentParser
import Foundation
import WardComponents
import WardCore
import WardGovern
import WardImport

struct GateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Decide whether a pipeline may go on, by the security baseline that applies to the project.",
        discussion: """
            Locally: judges a Ward JSON report (`ward scan -f json -o scan.json`) against the baseline chosen in \
            ward.yml's profile (or the one its risk tier selects). With --server: asks the platform, which knows \
            what is new and how old every finding is. Exit status 0 pass, 1 fail, 2 error.
            """
    )

    @Option(name: .long, help: "The Ward JSON report of this pipeline's scan.")
    var report: String?

    @Option(name: .long, help: "ward.yml with the project's profile (default: ./ward.yml).")
    var config: String?

    @Option(name: .long, parsing: .singleValue, help: "A baseline file of your own (repeatable); ward.yml's profile.baseline may name it.")
    var baselineFile: [String] = []

    @Option(name: .long, help: "Findings whose fingerprints are in this Ward baseline file are known, not new.")
    var known: String?

    @Option(name: .long, help: "A CycloneDX or SPDX SBOM of what ships, for the baseline's banned components.")
    var sbom: String?

    @Flag(name: .long, help: "This pipeline makes a release (activities required each release are checked).")
    var release = false

    @Option(name: .long, parsing: .singleValue, help: "An activity this pipeline performed, e.g. sbom (repeatable).")
    var activity: [String] = []

    @Option(name: .long, help: "Ask this Ward server instead (token in WARD_TOKEN).")
    var server: String?

    @Option(name: .long, help: "With --server: the project key.")
    var project: String?

    @Option(name: .long, help: "With --server: the scan to judge (default: the project's latest).")
    var scan: Int?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func validate() throws {
        if server != nil && project == nil { throw ValidationError("--server needs --project KEY") }
        if server == nil && report == nil { throw ValidationError("name the scan to judge: --report scan.json, or --server URL --project KEY") }
    }

    struct Outcome: Codable {
        var baseline: String?
        var pass: Bool
        var reasons: [String]
    }

    func run() throws {
        let outcome = try server == nil ? local() : remote()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(outcome), as: UTF8.self))
        } else {
            print("gate \(outcome.pass ? "passed" : "FAILED")" + (outcome.baseline.map { " (baseline \($0))" } ?? ""))
            for reason in outcome.reasons { print("  - \(reason)") }
        }
        if !outcome.pass { throw ExitCode(1) }
    }

    func local() throws -> Outcome {
        let configPath = config ?? ProjectConfiguration.fileName
        let governance = FileManager.default.fileExists(atPath: configPath) ? try ProjectGovernance.load(path: configPath) : ProjectGovernance()
        let own = try baselineFile.map { path throws(InputError) in try BaselineParser.load(path: path) }
        let catalog = try BaselineCatalog.builtIn(adding: own)
        guard let baseline = try catalog.baseline(for: governance.profile, choice: governance.baselineChoice) else {
            throw InputError(path: configPath, "no baseline fits this project's profile (tier \(governance.profile.riskTier.rawValue), \(governance.profile.platform.rawValue)); name one with profile.baseline")
        }
        guard let report, let data = FileManager.default.contents(atPath: report) else { throw InputError(path: self.report, "cannot read the report") }
        let scanReport: ScanReport
        do { scanReport = try WardJSONReader.readReport(data, path: report) } catch { throw InputError(String(describing: error)) }
        let knownFingerprints = try known.map { path throws(InputError) in try Baseline.load(path: path).fingerprints } ?? []
        let findings = scanReport.findings.filter { $0.analysis?.suppresses != true }.map {
            GovernanceFinding($0, firstSeen: scanReport.startedAt, isNew: !knownFingerprints.contains($0.fingerprint))
        }
        var components = scanReport.findings.compactMap { finding in
            finding.component.map { BaselineEvidence.Component(purl: $0.purl, path: finding.location?.path ?? "") }
        }
        if let sbom {
            guard let bytes = FileManager.default.contents(atPath: sbom) else { throw InputError(path: sbom, "cannot read") }
            components += try SBOMReader.read(Array(bytes), path: sbom).map { BaselineEvidence.Component(purl: $0.purl.description, path: sbom) }
        }
        let kinds = Set(scanReport.kindsScanned ?? Array(Set(scanReport.findings.map(\.kind))))
        let evidence = BaselineEvidence(
            findings: findings, kindsScanned: kinds, components: components, isRelease: release,
            activitiesThisRun: Set(activity), now: Date())
        let decision = BaselineEvaluator.evaluate(baseline, evidence)
        return Outcome(baseline: baseline.reference, pass: decision.pass, reasons: decision.reasons)
    }

    func remote() throws -> Outcome {
        guard let server, let project else { throw InputError("--server needs --project") }
        let client = PlatformClient(server: server, token: try ScanUploader.token())
        let response = try client.send(
            method: "GET", path: "/api/v1/projects/\(PlatformClient.escape(project))/gate",
            query: scan.map { [URLQueryItem(name: "scan", value: String($0))] } ?? [])
        struct Answer: Decodable { var pass: Bool; var reasons: [String]; var baseline: String? }
        guard let answer = try? JSONDecoder().decode(Answer.self, from: response.body) else {
            throw InputError("the server's gate answer is not what Ward expects: \(String(decoding: response.body.prefix(200), as: UTF8.self))")
        }
        return Outcome(baseline: answer.baseline, pass: answer.pass, reasons: answer.reasons)
    }
}
