import ArgumentParser
import Foundation
import WardCore
import WardGovern
import WardImport

struct MaturityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maturity",
        abstract: "Show a project's security maturity per dimension and what to do to reach the next level.",
        discussion: """
            With --server, the platform's assessment from everything it recorded (scans, gates, SLAs, fixes, \
            attestations). Without it, a partial assessment from local files: ward.yml's profile and requirement \
            statuses, the threat model, and a Ward JSON report; what only the platform knows counts as not met.
            """
    )

    @Option(name: .long, help: "Ask this Ward server (token in WARD_TOKEN).")
    var server: String?

    @Option(name: .long, help: "With --server: the project key.")
    var project: String?

    @Option(name: .long, help: "Locally: ward.yml with the profile and requirement statuses (default: ./ward.yml).")
    var config: String?

    @Option(name: .long, help: "Locally: the threat model (default: ./threatmodel.yml when present).")
    var model: String?

    @Option(name: .long, help: "Locally: a Ward JSON report of the latest scan.")
    var report: String?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func validate() throws {
        if server != nil && project == nil { throw ValidationError("--server needs --project KEY") }
    }

    struct Summary: Codable {
        struct Step: Codable { var title: String; var howToSatisfy: String }
        struct Dimension: Codable { var title: String; var level: Int; var nextSteps: [Step] }
        var project: String
        var overallLevel: Int
        var dimensions: [Dimension]
        var partial: Bool?
    }

    func run() throws {
        let summary = try server == nil ? local() : remote()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
            return
        }
        print("\(summary.project): overall level \(summary.overallLevel) of 5" + (summary.partial == true ? " (from local files only)" : ""))
        let width = summary.dimensions.map(\.title.count).max() ?? 20
        for dimension in summary.dimensions {
            let bar = String(repeating: "█", count: dimension.level) + String(repeating: "·", count: 5 - dimension.level)
            print("  \(dimension.title.padding(toLength: width, withPad: " ", startingAt: 0))  \(bar)  \(dimension.level)")
        }
        let steps = summary.dimensions.filter { !$0.nextSteps.isEmpty && $0.level < 5 }
        if !steps.isEmpty { print("\nTo reach the next level:") }
        for dimension in steps {
            print("  \(dimension.title) → \(dimension.level + 1):")
            for step in dimension.nextSteps { print("    - \(step.title): \(step.howToSatisfy)") }
        }
    }

    func remote() throws -> Summary {
        guard let server, let project else { throw InputError("--server needs --project") }
        let response = try PlatformClient(server: server, token: try ScanUploader.token())
            .send(method: "GET", path: "/api/v1/projects/\(PlatformClient.escape(project))/maturity")
        guard let summary = try? JSONDecoder().decode(Summary.self, from: response.body) else {
            throw InputError("the server's maturity answer is not what Ward expects: \(String(decoding: response.body.prefix(200), as: UTF8.self))")
        }
        return summary
    }

    /// What local files can tell: requirement coverage, the threat model's age and review, and one scan.
    func local() throws -> Summary {
        let configPath = config ?? ProjectConfiguration.fileName
        let governance = FileManager.default.fileExists(atPath: configPath) ? try ProjectGovernance.load(path: configPath) : ProjectGovernance()
        var scanKinds: [FindingKind: Int] = [:]
        var lastScan: [FindingKind: Date] = [:]
        var open: [GovernanceFinding] = []
        var openFindings: [FindingKind: [Severity: Int]] = [:]
        if let report {
            guard let data = FileManager.default.contents(atPath: report) else { throw InputError(path: report, "cannot read") }
            let scan: ScanReport
            do { scan = try WardJSONReader.readReport(data, path: report) } catch { throw InputError(String(describing: error)) }
            for kind in scan.kindsScanned ?? Array(Set(scan.findings.map(\.kind))) {
                scanKinds[kind] = 1
                lastScan[kind] = scan.finishedAt
            }
            open = scan.findings.map { GovernanceFinding($0, firstSeen: scan.startedAt, isNew: false) }
            for finding in scan.findings { openFindings[finding.kind, default: [:]][finding.severity, default: 0] += 1 }
        }
        let statuses = RequirementStatusEvaluator().evaluate(
            profile: governance.profile, records: governance.requirementStatuses,
            evidence: RequirementEvidence(lastScan: lastScan, openFindings: open, now: Date()))
        let modelPath = model ?? (FileManager.default.fileExists(atPath: ThreatModelParser.fileName) ? ThreatModelParser.fileName : nil)
        let threatModel = try modelPath.map { path throws(InputError) in try ThreatModelParser.load(path: path) }
        let threats = threatModel.map(ThreatAnalyzer.analyze) ?? []
        let modified = modelPath.flatMap { try? FileManager.default.attributesOfItem(atPath: $0)[.modificationDate] as? Date }
        let evidence = MaturityEvidence(
            project: (FileManager.default.currentDirectoryPath as NSString).lastPathComponent,
            scansLast30Days: scanKinds, scansLast90Days: scanKinds,
            threatModelUpdatedAt: modified, threatModelReviewedAt: threatModel?.reviewed,
            openHighDesignThreats: threats.filter { $0.severity >= .high }.count,
            requirementsApplicable: statuses.filter { $0.status != .notApplicable }.count,
            requirementsVerified: statuses.filter { $0.status == .verified }.count,
            openFindings: openFindings)
        let assessment = MaturityAssessor.assess(evidence, attestations: [], at: Date())
        return Summary(
            project: assessment.project, overallLevel: assessment.overallLevel,
            dimensions: assessment.dimensions.map { dimension in
                Summary.Dimension(
                    title: dimension.dimension.title, level: dimension.level,
                    nextSteps: dimension.toReachNextLevel.map { Summary.Step(title: $0.title, howToSatisfy: $0.howToSatisfy) })
            }, partial: true)
    }
}
