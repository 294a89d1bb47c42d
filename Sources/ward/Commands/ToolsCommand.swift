import ArgumentParser
import Foundation
import WardCore
import WardImport

struct ToolsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tools",
        abstract: "List the scanners Ward can run (--with) and the report formats it reads (ward import), with what is installed."
    )

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    struct Entry: Codable {
        var id: String
        var runnable: Bool
        var reader: String?
        var kinds: [String]
        var installed: Bool
        var version: String?
        var path: String?
        var install: String?
    }

    func run() throws {
        let runner = ToolRunner()
        var entries = ExternalTools.all.map { tool in
            let path = tool.installedPath()
            return Entry(
                id: tool.id, runnable: true, reader: tool.reader, kinds: tool.kinds.map(\.rawValue), installed: path != nil,
                version: path == nil ? nil : runner.version(of: tool), path: path, install: tool.install)
        }
        let runnable = Set(entries.map(\.id))
        for reader in ReportReaders.all where !runnable.contains(reader.id) {
            entries.append(Entry(id: reader.id, runnable: false, reader: reader.id, kinds: [], installed: false, version: nil, path: nil, install: nil))
        }
        entries.sort { $0.id < $1.id }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(entries), as: UTF8.self))
            return
        }
        print("tool                  run   read  installed                     kinds")
        for entry in entries {
            let installed = entry.runnable ? (entry.installed ? "yes " + (entry.version ?? "(version unknown)") : "no: " + (entry.install ?? "")) : "-"
            let line = entry.id.padding(toLength: 22, withPad: " ", startingAt: 0)
                + (entry.runnable ? "yes   " : "-     ") + (entry.reader != nil ? "yes   " : "-     ")
                + installed.padding(toLength: max(30, installed.count + 1), withPad: " ", startingAt: 0) + entry.kinds.joined(separator: ",")
            print(line)
        }
    }
}
