import ArgumentParser
import Foundation
import WardCore

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record today's findings so that later scans report only new ones.",
        subcommands: [Create.self]
    )

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Scan and write the fingerprints of every finding to a baseline file (no secrets are written).")

        @OptionGroup var scan: ScanOptions

        @Option(name: [.short, .long], help: "Baseline file to write.")
        var output: String = ".ward-baseline.json"

        @Flag(name: [.short, .long], help: "No progress on standard error.")
        var quiet = false

        func run() throws {
            var pipeline = ScanPipeline(options: scan)
            pipeline.showProgress = !quiet && Terminal.standardErrorIsTTY
            let report = try pipeline.run().report
            let baseline = Baseline(findings: report.findings)
            try FileSystem.writeAtomically(baseline.encoded(), to: output)
            print("Wrote \(baseline.entries.count) fingerprint(s) to \(output). Use it with: ward scan --baseline \(output)")
        }
    }
}
