import ArgumentParser
import Foundation
import WardComponents
import WardCore

struct SBOMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sbom",
        abstract: "Write a software bill of materials (CycloneDX 1.6 or SPDX 2.3) of a project's dependencies.",
        discussion: """
            Reads every lockfile and manifest under PATH (Package.resolved, package-lock.json, poetry.lock, \
            pom.xml, go.mod, Cargo.lock, ...) and writes the components with their purls, hashes, licenses \
            and dependency graph. Set SOURCE_DATE_EPOCH for a reproducible timestamp.
            """
    )

    @Argument(help: "Project directory or a single lockfile.")
    var path: String = "."

    @Option(name: .long, help: "Output format: \(SBOMFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: SBOMFormat = .cycloneDXJSON

    @Option(name: [.short, .long], help: "File to write (default: standard output).")
    var output: String?

    @Option(name: .long, parsing: .singleValue, help: "Skip paths matching this glob (repeatable).")
    var exclude: [String] = []

    @Flag(name: .long, help: "Also read lockfiles that .gitignore excludes.")
    var noGitignore = false

    func run() throws {
        let isDirectory = FileSystem.isDirectory(path)
        guard isDirectory || FileSystem.isRegularFile(path) else {
            throw InputError(path: path, "no such file or directory")
        }
        let inventory = try Inventory().collect(root: path, exclude: exclude.map(PathPattern.init), respectGitignore: !noGitignore)
        for warning in inventory.warnings { Terminal.warning(warning) }
        var components = inventory.components
        if isDirectory { VendoredLicenseScanner().scan(root: path).apply(to: &components) }
        let document = SBOMDocument(name: projectName(isDirectory: isDirectory), components: components, timestamp: Self.timestamp())
        let bytes = format.writer.write(document)
        if let output {
            try FileSystem.writeAtomically(bytes, to: output)
            Terminal.standardError("Wrote \(document.components.count) component(s) from \(inventory.lockfiles.count) lockfile(s) to \(output) (\(format.rawValue)).\n")
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }

    /// The scanned directory's name (the directory holding the lockfile when given one file).
    private func projectName(isDirectory: Bool) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        if !isDirectory { url.deleteLastPathComponent() }
        let name = url.lastPathComponent
        return name.isEmpty || name == "/" ? "project" : name
    }

    /// Now, or SOURCE_DATE_EPOCH (reproducible builds) when it is set.
    static func timestamp() -> Date {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(text) {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date()
    }
}

extension SBOMFormat: ExpressibleByArgument {}
