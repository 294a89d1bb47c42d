import Foundation
import Testing
import WardComponents

/// The real OSV advisories of `Fixtures/osv` (see its ATTRIBUTION.md) and scratch directories.
enum OSVFixtures {
    static func directory() throws -> String {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures missing from the test bundle")
        return root.appendingPathComponent("osv").path
    }

    /// A fresh directory, removed by the caller's `defer`.
    static func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ward-sca-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A database built from every fixture.
    static func database(in scratch: String) throws -> AdvisoryDatabase {
        let path = scratch + "/osv.db"
        _ = try AdvisoryDatabaseBuilder(path: path, sources: [.directory(directory())]).build()
        return try AdvisoryDatabase.open(at: path)
    }

    /// Zips the fixture folder `folder` into `destination` with Python's zipfile (as the OSV bucket does with all.zip).
    static func zip(_ folder: String, to destination: String) throws {
        try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let script = """
            import os, sys, zipfile
            with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as z:
                for name in sorted(os.listdir(sys.argv[1])):
                    z.write(os.path.join(sys.argv[1], name), name)
            """
        try run("/usr/bin/env", ["python3", "-c", script, directory() + "/" + folder, destination])
    }

    static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(arguments) failed")
    }
}
