import ArgumentParser
import Foundation
import WardComponents
import WardCore

struct DBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Build and inspect the offline advisory database (OSV) that dependency scanning uses.",
        subcommands: [Update.self, Status.self, DBBenchCommand.self]
    )

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Download the OSV advisories and rebuild the database; the old one stays until the new one is complete.")

        @Option(name: .long, help: ArgumentHelp(
            "Where to read advisories: an http(s) or file:// URL of an OSV zip, a local zip, or a directory of OSV JSON/YAML files. Repeatable; `{ecosystem}` expands per --ecosystem. Default: the public OSV export of each ecosystem.",
            valueName: "URL|PATH"))
        var source: [String] = []

        @Option(name: .long, help: ArgumentHelp(
            "OSV ecosystem to fetch (npm, PyPI, Maven, Go, crates.io, ...). Repeatable. With --source, keeps only these ecosystems.",
            valueName: "NAME"))
        var ecosystem: [String] = []

        @Option(name: .long, help: "Database file (default: $WARD_DB, else osv.db in $WARD_CACHE_DIR, $XDG_CACHE_HOME/ward or ~/.cache/ward).")
        var db: String?

        @Flag(name: [.short, .long], help: "No progress on standard error.")
        var quiet = false

        func run() throws {
            let ecosystems = try ecosystem.map { name in
                guard let known = Ecosystem(osvName: name) else {
                    throw InputError("unknown ecosystem \(name); known: \(Ecosystem.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return known
            }
            let sources = source.isEmpty
                ? AdvisorySource.defaults(for: ecosystems)
                : try source.flatMap { try AdvisorySource.parse($0, ecosystems: ecosystems) }
            let path = AdvisoryDatabase.defaultPath(explicit: db)
            let builder = AdvisoryDatabaseBuilder(path: path, sources: sources, ecosystems: source.isEmpty ? [] : ecosystems)
            let line = !quiet && Terminal.standardErrorIsTTY ? BuildProgressLine() : nil
            let result: AdvisoryBuildResult
            do {
                result = try builder.build { event in line?.show(event) }
            } catch {
                line?.clear()
                throw error
            }
            line?.clear()
            for warning in result.warnings.prefix(20) { Terminal.standardError("ward: warning: \(warning)\n") }
            if result.warnings.count > 20 { Terminal.standardError("ward: warning: … and \(result.warnings.count - 20) more skipped documents\n") }
            let status = result.status
            let perEcosystem = status.ecosystems.map { "\($0.ecosystem) \($0.advisories)" }.joined(separator: ", ")
            print("Built \(status.path): \(status.advisories) advisories (\(perEcosystem)) from \(status.sources.count) source(s) in \(String(format: "%.1f", result.duration)) s.")
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show when the advisory database was built, from what, and what it holds.")

        @Option(name: .long, help: "Database file (default: as for `ward db update`).")
        var db: String?

        @Flag(name: .long, help: "Print JSON.")
        var json = false

        func run() throws {
            let status = try AdvisoryDatabase.open(at: AdvisoryDatabase.defaultPath(explicit: db)).status
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.dateEncodingStrategy = .iso8601
                var object = try JSONSerialization.jsonObject(with: encoder.encode(status)) as? [String: Any] ?? [:]
                object["stale"] = status.isStale
                object["ageSeconds"] = Int(status.age())
                let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
                FileHandle.standardOutput.write(data + Data("\n".utf8))
                return
            }
            print(Self.text(status))
            if status.isStale {
                Terminal.standardError("ward: warning: the advisory database is older than 7 days; run `ward db update`\n")
            }
        }

        static func text(_ status: AdvisoryDatabaseStatus, now: Date = Date()) -> String {
            let formatter = ISO8601DateFormatter()
            let days = status.age(now: now) / 86_400
            let age = days < 1 ? String(format: "%.0f hours", days * 24) : String(format: "%.1f days", days)
            var lines = [
                "Database:   \(status.path)",
                "Built:      \(formatter.string(from: status.builtAt)) (\(age) ago\(status.isStale(now: now) ? ", stale" : ""))",
                "Built by:   ward \(status.builtBy)",
                "Sources:    \(status.sources.joined(separator: "\n            "))",
                "Advisories: \(status.advisories)\(status.withdrawn > 0 ? " (\(status.withdrawn) withdrawn left out)" : "")",
                "",
            ]
            let width = max(9, status.ecosystems.map(\.ecosystem.count).max() ?? 0)
            lines.append("ecosystem".padding(toLength: width, withPad: " ", startingAt: 0) + "  advisories  packages")
            for count in status.ecosystems {
                let advisories = String(count.advisories), packages = String(count.packages)
                lines.append(count.ecosystem.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + String(repeating: " ", count: max(0, 10 - advisories.count)) + advisories + "  "
                    + String(repeating: " ", count: max(0, 8 - packages.count)) + packages)
            }
            return lines.joined(separator: "\n")
        }
    }
}
