import Foundation
import Testing
@testable import WardCore

/// A scanner that reports every line containing a word: enough to test the engine on its own.
struct WordScanner: FileScanner {
    let word: String
    var kinds: [FindingKind] { [.code] }
    var rules: [RuleDescription] { [] }
    func makeWorker() -> any FileScanWorker { Worker(word: word) }

    final class Worker: FileScanWorker {
        let word: String
        init(word: String) { self.word = word }
        func scan(_ file: SourceFile) -> [Finding] {
            (1...max(1, file.lines.count)).compactMap { line in
                let text = file.text(ofLine: line)
                guard text.contains(word) else { return nil }
                let position = file.position(of: file.lines.range(ofLine: line).lowerBound)
                return Finding(ruleId: "word-\(word)", kind: .code, severity: .low, title: word, message: text,
                               location: Location(path: file.path, startLine: position.line, startColumn: 1, endLine: position.line, endColumn: 1),
                               fingerprint: Fingerprint.make(ruleId: word, path: file.path, content: text))
            }
        }
    }
}

@Suite struct ScanEngineTests {
    func tree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ward-engine-\(UUID().uuidString)").path
        for index in 0..<200 {
            let directory = root + "/d\(index % 7)"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            var text = String(repeating: "filler line\n", count: index)
            if index % 3 == 0 { text += "needle here\n" }
            if index % 5 == 0 { text += "needle again # ward:ignore\n" }
            try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/f\(index).txt"))
        }
        try Data([0x00, 0x01, 0x02] + Array("needle".utf8)).write(to: URL(fileURLWithPath: root + "/bin.dat"))
        return root
    }

    @Test func reportSortAndMergeAgreeWithReportOrder() {
        var generator = SystemRandomNumberGenerator()
        let paths = ["b.py", "a.py", "src/é.swift", "src/z.go", "A.py"]
        let findings = (0..<600).map { index in
            Finding(
                ruleId: ["r2", "r1", "R3"].randomElement(using: &generator)!, kind: .code, severity: .low, title: "t", message: "m",
                location: index % 17 == 0 ? nil : Location(
                    path: paths.randomElement(using: &generator)!, startLine: Int.random(in: 1...5, using: &generator),
                    startColumn: Int.random(in: 1...3, using: &generator), endLine: 9, endColumn: 9),
                fingerprint: "f\(index)",
                commit: index % 5 == 0 ? GitProvenance(commit: ["c2", "c1"].randomElement(using: &generator)!, author: "a", email: "e", date: "d") : nil)
        }
        let expected = findings.sorted(by: Finding.reportOrder).map(\.fingerprint)
        #expect(ScanEngine.sortedForReport(findings).map(\.fingerprint) == expected)
        let runs = [Array(findings[..<250]), Array(findings[250..<251]), [], Array(findings[251...])].map(ScanEngine.sortedForReport)
        let merged = ScanEngine.merge(runs)
        #expect(merged.count == findings.count)
        #expect(zip(merged, merged.dropFirst()).allSatisfy { !Finding.reportOrder($1, $0) })
    }

    @Test func resultsDoNotDependOnTheNumberOfThreads() throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let walk = try FileWalker(options: WalkOptions(), threads: 4).walk(root: root)
        #expect(walk.files.count == 201)
        #expect(try FileWalker(options: WalkOptions(), threads: 1).walk(root: root).files == walk.files)
        #expect(walk.files.first!.size >= walk.files.last!.size, "largest first")
        let one = ScanEngine(scanners: [WordScanner(word: "needle")], threads: 1).scan(files: walk.files)
        let four = ScanEngine(scanners: [WordScanner(word: "needle")], threads: 4).scan(files: walk.files)
        #expect(one.findings == four.findings)
        #expect(one.findings.count == 67)
        #expect(one.suppressed == 40)
        #expect(one.skippedBinary == 1)
        #expect(one.filesScanned == 200)
    }

    @Test func aFileThatVanishesIsAWarningNotACrash() throws {
        let root = try tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let walk = try FileWalker(options: WalkOptions()).walk(root: root)
        try FileManager.default.removeItem(atPath: root + "/d0/f0.txt")
        let result = ScanEngine(scanners: [WordScanner(word: "needle")]).scan(files: walk.files)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.path == "d0/f0.txt")
    }

    @Test func walkingAMissingRootIsAnInputError() {
        #expect(throws: InputError.self) { try FileWalker(options: WalkOptions()).walk(root: "/definitely/not/here") }
    }
}
