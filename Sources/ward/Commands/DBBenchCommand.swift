import ArgumentParser
import Foundation
import WardComponents
import WardCore

/// `ward db bench`: times matching synthetic components against a database (Benchmarks/sca/run.sh).
struct DBBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time matching N synthetic components against the advisory database.",
        shouldDisplay: false)

    @Option(name: .long, help: "Database file (default: as for `ward db update`).")
    var db: String?

    @Option(name: .long, help: "Components per run.")
    var components = 1_500

    @Option(name: .long, help: "Measured runs; the median is reported.")
    var runs = 5

    @Option(name: .long, help: "Seed of the component generator.")
    var seed: UInt64 = 1

    func run() throws {
        let path = AdvisoryDatabase.defaultPath(explicit: db)
        let packages = try AdvisoryDatabase.open(at: path).knownPackages().filter { !$0.versions.isEmpty }
        guard !packages.isEmpty else { throw InputError(path: path, "the database names no package versions") }
        // Every component names a package with advisories, at a version one of them names (or a
        // made-up patch above it): the worst case, since a real lockfile mostly misses.
        var random = SplitMix64(seed: seed)
        let sample = (0..<components).map { _ -> (Ecosystem, String, String) in
            let package = packages[Int(random.next() % UInt64(packages.count))]
            let version = package.versions[Int(random.next() % UInt64(package.versions.count))]
            return (package.ecosystem, package.name, random.next() % 4 == 0 ? version + ".1" : version)
        }
        var times: [Double] = []
        var matches = 0
        var vulnerable = 0
        for _ in 0..<(runs + 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            // Each run opens the database anew: an empty cache and fresh statements, like a scan.
            let database = try AdvisoryDatabase.open(at: path)
            matches = 0
            vulnerable = 0
            for (ecosystem, name, version) in sample {
                let found = try database.vulnerabilities(ecosystem: ecosystem, name: name, version: version)
                matches += found.count
                if !found.isEmpty { vulnerable += 1 }
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let measured = times.dropFirst().sorted()
        let median = measured[measured.count / 2]
        print(String(format: "components=%d runs=%d median_ms=%.1f min_ms=%.1f max_ms=%.1f vulnerable_components=%d matches=%d packages_in_db=%d",
                     components, runs, median, measured.first ?? 0, measured.last ?? 0, vulnerable, matches, packages.count))
    }
}

/// A small seeded generator, so that every run of the benchmark draws the same components.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
