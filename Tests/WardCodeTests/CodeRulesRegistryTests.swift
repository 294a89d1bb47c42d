import Foundation
import Testing
import WardCore
@testable import WardCode

/// Every pack file is registered in BuiltIn.swift, and no input, however malformed, crashes the rules.
@Suite struct CodeRulesRegistryTests {
    static var sourceDirectory: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/WardCode")
    }

    @Test func everyPackFileIsRegistered() throws {
        let registry = try String(contentsOf: Self.sourceDirectory.appendingPathComponent("BuiltIn.swift"), encoding: .utf8)
        let packs = Self.sourceDirectory.appendingPathComponent("Packs")
        let files = try FileManager.default.contentsOfDirectory(atPath: packs.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count >= 4)
        for file in files {
            let source = try String(contentsOf: packs.appendingPathComponent(file), encoding: .utf8)
            for line in source.split(separator: "\n") where line.hasPrefix("enum ") {
                let name = line.dropFirst(5).prefix { $0.isLetter || $0.isNumber }
                #expect(registry.contains(", \(name).yaml)"), "Packs/\(file) defines \(name) but BuiltIn.swift does not list it")
            }
        }
    }

    @Test func registryRejectsDuplicateIdsAcrossPacks() {
        let pack = "rules:\n  - {id: twice, title: t, message: m, severity: low, languages: [go], pattern-regex: 'x\\('}\n"
        #expect(throws: InputError.self) { try CodeRules.load([("a.yml", pack), ("b.yml", pack)]) }
    }

    @Test(arguments: ["py", "js", "ts", "go", "java", "kt", "swift", "m"])
    func malformedInputNeverCrashes(ext: String) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes: [UInt8] = []
        let alphabet = Array("\"'`/*#\\\n (){}[]=+.;:$rejectUnauthorized password query execute SELECT eval ".utf8)
        for _ in 0..<40_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes.append(state >> 60 == 0 ? max(1, UInt8(truncatingIfNeeded: state >> 33)) : alphabet[Int(state >> 33) % alphabet.count])
        }
        let scanner = PatternRuleExamplesTests.scanner
        let result = ScanEngine(scanners: [scanner], threads: 1).scan(blobs: [Blob(path: "fuzz.\(ext)", bytes: bytes)])
        #expect(result.filesScanned == 1 && result.skippedBinary == 0)
        for finding in result.findings {
            #expect((finding.location?.snippet?.count ?? 0) <= 300)
            #expect((finding.location?.startLine ?? 0) >= 1)
        }
        let unterminated = Array("/* never closed\n\"never closed\n'''\n`\n".utf8) + bytes
        _ = ScanEngine(scanners: [scanner], threads: 1).scan(blobs: [Blob(path: "open.\(ext)", bytes: unterminated)])
    }
}
