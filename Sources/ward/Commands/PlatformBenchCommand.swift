import ArgumentParser
import Foundation
import Synchronization
import WardCore
import WardStore

/// `ward bench-platform`: seeds a store through `PlatformStore.ingest` and times its import and read
/// paths (Benchmarks/platform/run.sh). Not a test: it measures and reports.
struct PlatformBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-platform",
        abstract: "Seed a platform store with synthetic scans and time imports, finding lists and dashboards.",
        shouldDisplay: false)

    @Option(name: .long, help: "sqlite:///path/ward.db or postgres://… (default: a new SQLite file in a temporary directory).")
    var database: String?

    @Option(name: .long, help: "Projects to seed.")
    var projects = 1_000

    @Option(name: .long, help: "Findings to seed, spread evenly over the projects.")
    var findings = 1_000_000

    @Option(name: .long, help: "Findings in the single scan whose import is timed (0 skips it).")
    var importFindings = 100_000

    @Option(name: .long, help: "Timed runs of each read path, after 3 untimed ones.")
    var iterations = 200

    @Option(name: .long, help: "Stop timing a read path after this many seconds (at least 10 runs are kept).")
    var maxSeconds = 60.0

    @Option(name: .long, help: "Seed of the finding generator.")
    var seed: UInt64 = 1

    @Flag(name: .long, help: "Keep the findings already in the store when its bench projects are all there.")
    var reuse = false

    @Flag(name: .long, help: "Print the results as JSON on standard output.")
    var json = false

    func validate() throws {
        guard projects > 0, findings >= projects else { throw ValidationError("--findings must be at least --projects, which must be positive") }
        guard iterations > 0, importFindings >= 0 else { throw ValidationError("--iterations must be positive, --import-findings not negative") }
    }

    func run() throws {
        let location: StoreLocation
        var temporary: URL?
        if let database {
            location = try StoreLocation(parsing: database)
        } else {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ward-bench-\(getpid())")
            location = .sqlite(path: directory.appendingPathComponent("ward.db").path)
            temporary = directory
        }
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        let bench = PlatformBench(
            location: location, projects: projects, findings: findings, importFindings: importFindings, iterations: iterations,
            maxSeconds: maxSeconds, generator: SyntheticFindings(seed: seed), reuse: reuse)
        let report = try runBlocking { try await bench.run() }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(report.text)
        }
    }
}

/// What `ward bench-platform` measured.
struct PlatformBenchReport: Codable, Sendable {
    struct Seeding: Codable, Sendable {
        var projects: Int
        var scans: Int
        var findingsStored: Int
        var seconds: Double
        /// Findings of the uploaded scans per second, counting every finding of every scan.
        var uploadedFindingsPerSecond: Double
        var reused: Bool
    }

    struct Import: Codable, Sendable {
        var name: String
        var findings: Int
        var seconds: Double
    }

    struct Latency: Codable, Sendable {
        var name: String
        var runs: Int
        var p50: Double
        var p95: Double
        var p99: Double
        var max: Double
        var rows: Int
    }

    var engine: String
    var database: String
    var seeding: Seeding
    var imports: [Import]
    /// Milliseconds.
    var reads: [Latency]

    var text: String {
        var lines = [
            "engine: \(engine) (\(database))",
            String(format: "seeded: %d projects, %d scans, %d findings stored in %.1f s (%.0f uploaded findings/s)%@",
                   seeding.projects, seeding.scans, seeding.findingsStored, seeding.seconds, seeding.uploadedFindingsPerSecond,
                   seeding.reused ? ", reused" : ""),
        ]
        for item in imports { lines.append(String(format: "import: %@: %d findings in %.2f s", item.name, item.findings, item.seconds)) }
        lines.append("read path | runs | p50 ms | p95 ms | p99 ms | max ms | rows")
        for read in reads {
            lines.append(String(format: "%@ | %d | %.1f | %.1f | %.1f | %.1f | %d", read.name, read.runs, read.p50, read.p95, read.p99, read.max, read.rows))
        }
        return lines.joined(separator: "\n")
    }
}

/// The clock the store reads while seeding: each project's scans are dated weeks apart, so the
/// dashboard's weekly chart, SLAs and time to remediate have history to compute.
final class BenchClock: Sendable {
    private let date = Mutex(Date())
    var now: Date {
        get { date.withLock { $0 } }
        set { date.withLock { $0 = newValue } }
    }
}

struct PlatformBench: Sendable {
    let location: StoreLocation
    let projects: Int
    let findings: Int
    let importFindings: Int
    let iterations: Int
    let maxSeconds: Double
    let generator: SyntheticFindings
    let reuse: Bool

    static let actor = Actor(name: "ward bench-platform", role: .admin)
    static let teams = 20

    static func key(_ project: Int) -> String { String(format: "bench-%04d", project) }

    /// A seeded project, not one a timed import created.
    static func isSeeded(_ project: ProjectRecord) -> Bool { project.key.hasPrefix("bench-") && !project.key.hasPrefix("bench-import") }

    func run() async throws -> PlatformBenchReport {
        let clock = BenchClock()
        let store = try await PlatformStore.open(location, clock: { clock.now })
        do {
            let seeding = try await seed(store, clock: clock)
            clock.now = Date()
            let reads = try await timeReads(store)
            let imports = try await timeImports(store)
            await store.close()
            return PlatformBenchReport(
                engine: store.database.engine.rawValue, database: location.description, seeding: seeding, imports: imports, reads: reads)
        } catch {
            await store.close()
            throw error
        }
    }

    // MARK: - Seeding

    /// Two scans per project, both through `ingest`: the first reports 90% of the project's findings,
    /// the second, 1 to 4 weeks later, drops the first 5% (fixed) and adds the last 10% (new). A few
    /// findings per project are then triaged (confirmed, false positive, accepted risk).
    func seed(_ store: PlatformStore, clock: BenchClock) async throws -> PlatformBenchReport.Seeding {
        let existing = try await store.projects(visibility: .everything).filter(Self.isSeeded)
        if reuse && existing.count >= projects {
            let stored = try await store.countFindings(FindingFilter(), visibility: .everything)
            return .init(projects: existing.count, scans: 0, findingsStored: stored, seconds: 0, uploadedFindingsPerSecond: 0, reused: true)
        }
        guard existing.isEmpty else { throw InputError("the store already has bench projects: use a new database, or --reuse") }
        for team in 1...Self.teams where try await store.team(named: Self.team(team)) == nil {
            try await store.createTeam(Self.team(team), actor: Self.actor)
        }
        let perProject = findings / projects
        let start = DispatchTime.now().uptimeNanoseconds
        let today = Date()
        var uploaded = 0, scans = 0
        var triage = SplitMix64(seed: generator.seed)
        for project in 1...projects {
            let count = perProject + (project <= findings % projects ? 1 : 0)
            let first = generator.findings(project: project, 0..<(count * 9 / 10))
            let second = generator.findings(project: project, (count / 20)..<count)
            // First scans spread over the dashboard's 12 weeks; rescans 1 to 4 weeks later, before today.
            let firstDate = today.addingTimeInterval(-84 * 86_400 + Double(project % 50) * 86_400)
            clock.now = firstDate
            _ = try await store.ingest(
                Self.upload(first, at: firstDate), project: Self.key(project), createProject: true,
                team: Self.team(project % Self.teams + 1), actor: Self.actor)
            clock.now = firstDate.addingTimeInterval(Double(7 + project % 22) * 86_400)
            let result = try await store.ingest(Self.upload(second, at: clock.now), project: Self.key(project), actor: Self.actor)
            uploaded += first.count + second.count
            scans += 2
            try await triageSome(store, projectID: result.scan.projectID, random: &triage, clock: clock)
            if project % 50 == 0 || project == projects {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                Terminal.standardError(String(format: "bench: seeded %d/%d projects, %d findings uploaded, %.0f findings/s\n",
                                              project, projects, uploaded, Double(uploaded) / seconds))
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let stored = try await store.countFindings(FindingFilter(), visibility: .everything)
        return .init(projects: projects, scans: scans, findingsStored: stored, seconds: seconds,
                     uploadedFindingsPerSecond: Double(uploaded) / seconds, reused: false)
    }

    /// Triages one in 25 of a project's first 500 open findings: half confirmed, a quarter false positive, a quarter accepted risk.
    func triageSome(_ store: PlatformStore, projectID: Int, random: inout SplitMix64, clock: BenchClock) async throws {
        var filter = FindingFilter()
        filter.projectID = projectID
        filter.states = [.open]
        filter.sort = .id
        filter.limit = 500
        let ids = try await store.findings(filter, visibility: .everything).items.map(\.id).filter { _ in random.next() % 25 == 0 }
        guard !ids.isEmpty else { return }
        let half = ids.count / 2, threeQuarters = ids.count * 3 / 4
        try await store.transition(findings: Array(ids[..<half]), to: .confirmed, reason: "reproduced", actor: Self.actor, visibility: .everything)
        if threeQuarters > half {
            try await store.transition(findings: Array(ids[half..<threeQuarters]), to: .falsePositive, reason: "test fixture",
                                       actor: Self.actor, visibility: .everything)
        }
        if ids.count > threeQuarters {
            try await store.transition(findings: Array(ids[threeQuarters...]), to: .acceptedRisk, reason: "compensating control",
                                       acceptedUntil: clock.now.addingTimeInterval(180 * 86_400), actor: Self.actor, visibility: .everything)
        }
    }

    static func team(_ number: Int) -> String { String(format: "team-%02d", number) }

    static func upload(_ findings: [Finding], at date: Date) -> ScanUpload {
        ScanUpload(
            branch: "main", commit: String(format: "%040x", Int(date.timeIntervalSince1970)),
            tools: Array(Set(SyntheticFindings.tools.values)).sorted(), kinds: [.secret, .code, .dependency, .configuration, .container],
            startedAt: date.addingTimeInterval(-60), finishedAt: date, format: "ward", findings: findings)
    }

    // MARK: - Imports

    /// One large scan into a new project, then the same scan again (every finding known: the common rescan).
    func timeImports(_ store: PlatformStore) async throws -> [PlatformBenchReport.Import] {
        guard importFindings > 0 else { return [] }
        let scan = generator.findings(project: projects + 1, 0..<importFindings)
        // A project of its own on every run, so that a rerun on the same store (--reuse) imports new findings again.
        let key = "bench-import-\(Int(Date().timeIntervalSince1970))"
        var results: [PlatformBenchReport.Import] = []
        for (name, create) in [("new project, all findings new", true), ("same scan again, all findings known", false)] {
            let upload = Self.upload(scan, at: Date())
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try await store.ingest(upload, project: key, createProject: create, actor: Self.actor)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            guard result.scan.totalCount == importFindings else {
                throw InputError("the import stored \(result.scan.totalCount) of \(importFindings) findings")
            }
            Terminal.standardError(String(format: "bench: import (%@): %d findings in %.2f s\n", name, importFindings, seconds))
            results.append(.init(name: name, findings: importFindings, seconds: seconds))
        }
        return results
    }
}
