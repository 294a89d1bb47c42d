import Foundation
import WardCore
import WardStore

extension PlatformBench {
    /// Times each read path the API and web UI serve, in process, on random projects of the seeded store.
    func timeReads(_ store: PlatformStore) async throws -> [PlatformBenchReport.Latency] {
        let projectIDs = try await store.projects(visibility: .everything)
            .filter(Self.isSeeded).map(\.id)
        guard !projectIDs.isEmpty else { throw InputError("the store has no bench projects to read") }
        guard let team = try await store.team(named: Self.team(1)) else { throw InputError("the store has no team \(Self.team(1))") }
        let developer = Visibility(allProjects: false, teamIDs: [team.id])
        let everything = Visibility.everything
        func project(_ draw: UInt64) -> Int { projectIDs[Int(draw % UInt64(projectIDs.count))] }

        var bySeverity = FindingFilter()
        bySeverity.sort = .severity
        let secondPage = try await store.findings(bySeverity, visibility: everything).next

        var results: [PlatformBenchReport.Latency] = []
        results.append(try await measure("findings, one project, state=open&severity=high") { draw in
            var filter = FindingFilter()
            filter.projectID = project(draw)
            filter.states = [.open]
            filter.severities = [.high]
            return try await store.findings(filter, visibility: everything).items.count
        })
        results.append(try await measure("findings, all projects, sorted by severity") { _ in
            try await store.findings(bySeverity, visibility: everything).items.count
        })
        results.append(try await measure("findings, all projects, sorted by severity, page 2") { _ in
            var filter = bySeverity
            filter.cursor = secondPage
            return try await store.findings(filter, visibility: everything).items.count
        })
        results.append(try await measure("findings, all projects, state=open, sorted by severity") { _ in
            var filter = bySeverity
            filter.states = [.open]
            return try await store.findings(filter, visibility: everything).items.count
        })
        results.append(try await measure("findings, one team's projects (developer), state=open") { _ in
            var filter = bySeverity
            filter.states = [.open]
            return try await store.findings(filter, visibility: developer).items.count
        })
        results.append(try await measure("finding detail (finding, sources, occurrences)") { draw in
            var filter = FindingFilter()
            filter.projectID = project(draw)
            filter.sort = .id
            filter.limit = 1
            guard let id = try await store.findings(filter, visibility: everything).items.first?.id else { return 0 }
            _ = try await store.finding(id: id, visibility: everything)
            _ = try await store.sources(ofFinding: id)
            return try await store.occurrences(ofFinding: id).count
        })
        results.append(try await measure("dashboard, one project") { draw in
            try await store.dashboard(projectID: project(draw), visibility: everything).openTotal
        })
        results.append(try await measure("dashboard, portfolio (all projects)") { _ in
            try await store.dashboard(visibility: everything).openTotal
        })
        return results
    }

    /// Runs `body` 3 times untimed, then `iterations` times (or until `maxSeconds`, keeping at least
    /// 10 runs); `body` gets a random draw and returns how many rows it read.
    func measure(_ name: String, _ body: (UInt64) async throws -> Int) async throws -> PlatformBenchReport.Latency {
        var random = SplitMix64(seed: generator.seed ^ 0x5EED)
        for _ in 0..<3 { _ = try await body(random.next()) }
        var times: [Double] = []
        var rows = 0
        let start = DispatchTime.now().uptimeNanoseconds
        while times.count < iterations {
            let before = DispatchTime.now().uptimeNanoseconds
            rows = try await body(random.next())
            let after = DispatchTime.now().uptimeNanoseconds
            times.append(Double(after - before) / 1e6)
            if Double(after - start) / 1e9 > maxSeconds && times.count >= 10 { break }
        }
        times.sort()
        func percentile(_ p: Double) -> Double { times[max(0, Int((p * Double(times.count)).rounded(.up)) - 1)] }
        let result = PlatformBenchReport.Latency(
            name: name, runs: times.count, p50: percentile(0.5), p95: percentile(0.95), p99: percentile(0.99), max: times.last!, rows: rows)
        Terminal.standardError(String(format: "bench: %@: p50 %.1f ms, p95 %.1f ms (%d runs)\n", name, result.p50, result.p95, result.runs))
        return result
    }
}
