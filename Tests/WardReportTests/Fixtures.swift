import Foundation
import Testing

/// Test fixtures: read from the bundle copy (`Bundle.module`), written (goldens only) to the sources.
enum Fixtures {
    /// The bundled `Fixtures` folder.
    static func url(_ relativePath: String) throws -> URL {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures missing from the test bundle")
        return root.appendingPathComponent(relativePath)
    }

    /// This test target's source folder, for writing goldens and reading the repository's docs.
    static let sourceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repositoryRoot = sourceDirectory.deletingLastPathComponent().deletingLastPathComponent()

    static var updatingGoldens: Bool { ProcessInfo.processInfo.environment["WARD_UPDATE_GOLDEN"] == "1" }

    /// Compares `bytes` with `Fixtures/golden/<name>` byte for byte, or rewrites the golden when
    /// `WARD_UPDATE_GOLDEN=1`.
    static func checkGolden(_ bytes: [UInt8], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if updatingGoldens {
            let target = sourceDirectory.appendingPathComponent("Fixtures/golden/\(name)")
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: target)
            return
        }
        guard let expected = try? Data(contentsOf: url("golden/\(name)")) else {
            Issue.record("golden \(name) is missing; run WARD_UPDATE_GOLDEN=1 swift test --filter WardReportTests", sourceLocation: sourceLocation)
            return
        }
        guard Array(expected) != bytes else { return }
        Issue.record("output differs from golden \(name): \(firstDifference(Array(expected), bytes))", sourceLocation: sourceLocation)
    }

    private static func firstDifference(_ expected: [UInt8], _ actual: [UInt8]) -> String {
        // Split bytes, not Characters: in a String, CRLF is a single Character.
        let old = expected.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let new = actual.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(decoding: old[index], as: UTF8.self) : "<end>"
            let b = index < new.count ? String(decoding: new[index], as: UTF8.self) : "<end>"
            if a != b { return "line \(index + 1)\n  expected: \(a)\n  actual:   \(b)" }
        }
        return "same lines, different bytes (line endings?)"
    }
}
