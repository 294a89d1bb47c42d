import Foundation
import Testing
@testable import WardComponents
import WardCore

@Suite struct InventoryTests {
    @Test func builtInParsersAreSortedWithUniqueIDs() {
        let names = BuiltInLockfileParsers.all.map { String(describing: type(of: $0)) }
        #expect(names == names.sorted())
        let ids = BuiltInLockfileParsers.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { RuleDescription.isValidIdentifier($0) })
    }

    @Test(arguments: [
        ("Package.resolved", "swift-package-resolved"), ("ios/Podfile.lock", "cocoapods-podfile-lock"),
        ("npm-shrinkwrap.json", "npm-package-lock"), ("requirements-dev.txt", "pip-requirements"),
        ("requirements/prod.txt", "pip-requirements"), ("gradle/libs.versions.toml", "gradle-version-catalog"),
        ("app/gradle.lockfile", "gradle-lockfile"), ("gems.locked", "bundler-gemfile-lock"),
    ])
    func filesGoToTheirParser(path: String, id: String) {
        #expect(Inventory().parser(for: path)?.id == id)
    }

    @Test func unrelatedFilesHaveNoParser() {
        for path in ["package.json", "README.md", "pyproject.toml", "build.gradle", "docs/libs.versions.toml"] {
            #expect(Inventory().parser(for: path) == nil, "\(path)")
        }
    }

    @Test func vendoredDependencyDirectoriesAreNotInventoried() throws {
        let result = try Inventory().collect(root: Fixtures.path("vendored"))
        #expect(result.lockfiles == ["Cartfile.resolved", "Podfile.lock", "go.mod", "package-lock.json"])
        #expect(!result.components.contains { $0.name == "nested" || $0.name.hasSuffix("Nimble") })
    }

    @Test func oversizedLockfilesAreSkippedWithAWarning() throws {
        let result = try Inventory(maximumFileSize: 100).collect(root: Fixtures.path("lockfiles/npm/v3"))
        #expect(result.components.isEmpty)
        #expect(result.warnings.map(\.message) == ["lockfile skipped: larger than 0 MB"])
    }

    @Test func inMemoryFilesResolveIncludesAndSkipDependencyDirectories() {
        let files: [String: [UInt8]] = [
            "svc/requirements.txt": Array("-r ../common/base.txt\nrequests==2.31.0\n".utf8),
            "common/base.txt": Array("idna==3.7\n".utf8),
            "node_modules/x/package-lock.json": Array("{\"packages\": {\"node_modules/y\": {\"version\": \"1.0.0\"}}}".utf8),
        ]
        let result = Inventory().collect(files: files)
        #expect(result.components.map(summary) == [
            "pkg:pypi/idna@3.7 unknown runtime common/base.txt:1",
            "pkg:pypi/requests@2.31.0 unknown runtime svc/requirements.txt:2",
        ])
    }

    @Test func garbageNeverCrashesAParser() {
        let inputs: [[UInt8]] = [[], [0xFF, 0xFE, 0x00], Array("{{{{[[[[".utf8), Array(String(repeating: "[", count: 5000).utf8),
                                 Array("PODS:\n  - \n".utf8), Array("\"a\n".utf8), Array("x = [1, 2".utf8), Array("<project><".utf8)]
        for parser in BuiltInLockfileParsers.all {
            for input in inputs {
                _ = try? parser.parse(input, path: "file")
            }
        }
    }
}

@Suite struct TOMLAndJSONReaderTests {
    @Test func tomlTablesArraysInlineTablesAndLines() throws {
        let text = """
            # comment
            title = "x" # trailing
            [[package]]
            name = 'literal\\n'
            deps = [
              "a",  # one
              { name = "b", version.ref = "v" },
            ]
            [package.metadata]
            note = \"\"\"
            multi
            line\"\"\"
            count = 3
            """
        let document = try TOMLDocument.parse(Array(text.utf8), path: "t.toml")
        #expect(document.tables.map(\.header) == [[], ["package"], ["package", "metadata"]])
        #expect(document.tables[0].entries.string("title") == "x")
        let package = document.arrayElements("package")[0]
        #expect(package.element.entries.string("name") == "literal\\n")
        #expect(package.element.entries.line(of: "deps") == 5)
        #expect(package.element["deps"]?.array.count == 2)
        #expect(package.element["deps"]?.array[1]["version", "ref"]?.string == "v")
        #expect(package.subtables[0].entries.string("note") == "multi\nline")
        #expect(package.subtables[0].entries.line(of: "count") == 13)
    }

    @Test func tomlErrorsNameTheLine() {
        #expect(throws: InputError.self) { try TOMLDocument.parse(Array("a = 1\nb = \"open\n".utf8), path: "t.toml") }
        do {
            _ = try TOMLDocument.parse(Array("a = 1\n\nb c\n".utf8), path: "t.toml")
        } catch {
            #expect(error.line == 3)
        }
    }

    @Test func jsonKeepsLinesAndDecodesEscapes() throws {
        let node = try JSONNode.parse(Array("{\n \"a\": [1,\n  \"\\u00e9\\ud83d\\ude00\"]\n}".utf8), path: "j.json")
        #expect(node["a"]?.line == 2)
        #expect(node["a"]?.elements[1].string == "é😀")
        #expect(node["a"]?.elements[1].line == 3)
    }
}
