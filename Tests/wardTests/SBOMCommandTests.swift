import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `ward sbom` run as a user would, its output checked against the official schemas.
@Suite struct SBOMCommandTests {
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("WardComponentsTests/Fixtures/schemas")

    static func project() throws -> Sandbox {
        let box = try Sandbox()
        try box.write("app/package-lock.json", """
            {"lockfileVersion": 3, "packages": {
              "": {"name": "app", "dependencies": {"express": "^4.18.2"}},
              "node_modules/express": {"version": "4.18.2", "license": "MIT", "dependencies": {"qs": "6.11.0"},
                "integrity": "sha512-5/PsL6iGPdfQ/lKM1UuielYgv3BUoJfz1aUwU9vHZ+J7gyvwdQXFEBIEIaxeGf0GIcreATNyBExtalisDbuMqQ=="},
              "node_modules/qs": {"version": "6.11.0", "license": "BSD-3-Clause"}
            }}
            """)
        try box.write("svc/go.mod", "module example.com/svc\n\ngo 1.21\n\nrequire github.com/pkg/errors v0.9.1\n")
        try box.write("svc/requirements.txt", "requests==2.31.0\n")
        try box.write("svc/node_modules/left-pad/package-lock.json", "{\"lockfileVersion\": 3, \"packages\": {\"node_modules/x\": {\"version\": \"1.0.0\"}}}\n")
        return box
    }

    @Test(arguments: [("cyclonedx-json", "bom-1.6.schema.json"), ("spdx-json", "spdx-2.3-schema.json")])
    func writesAValidSBOMToAFile(format: String, schema: String) throws {
        let box = try Self.project()
        let run = try Ward.run(["sbom", ".", "--format", format, "--output", "sbom.json"], in: box.path, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Wrote 4 component(s) from 3 lockfile(s) to sbom.json"))
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: box.file("sbom.json"))))
        let errors = try SchemaCheck.errors(in: bytes, schema: Self.schemas.appendingPathComponent(schema))
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
        let text = String(decoding: bytes, as: UTF8.self)
        for purl in ["pkg:npm/express@4.18.2", "pkg:npm/qs@6.11.0", "pkg:golang/github.com/pkg/errors@v0.9.1", "pkg:pypi/requests@2.31.0"] {
            #expect(text.contains(purl), "\(purl)")
        }
        #expect(!text.contains("pkg:npm/x@1.0.0"), "lockfiles inside node_modules are not the project's")
        #expect(text.contains("2023-11-14T22:13:20Z"))
    }

    @Test func writesCycloneDXXMLToStandardOutput() throws {
        let box = try Self.project()
        let run = try Ward.run(["sbom", "app", "--format", "cyclonedx-xml"], in: box.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\""))
        #expect(run.stdout.contains("<purl>pkg:npm/express@4.18.2</purl>"))
        let document = try XMLDocument(data: Data(run.stdout.utf8))
        #expect(document.rootElement()?.name == "bom")
    }

    @Test func badInputIsExitStatus2() throws {
        let box = try Self.project()
        let missing = try Ward.run(["sbom", "nowhere"], in: box.path)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere: no such file or directory"))
        let format = try Ward.run(["sbom", ".", "--format", "swid"], in: box.path)
        #expect(format.status == 2)
        #expect(format.stderr.contains("swid"))
    }

    @Test func aBrokenLockfileIsAWarningAndTheRestIsWritten() throws {
        let box = try Self.project()
        try box.write("web/package-lock.json", "{\"packages\": {\n\"node_modules/a\": {\"version\": }}}\n")
        let run = try Ward.run(["sbom", ".", "--output", "bom.json"], in: box.path)
        #expect(run.status == 0)
        #expect(run.stderr.contains("ward: warning: web/package-lock.json:2: invalid JSON"))
        #expect(try box.read("bom.json").contains("pkg:npm/express@4.18.2"))
    }
}

/// Runs python3 `jsonschema`, registering the schemas beside the main one under their `$id`s.
enum SchemaCheck {
    static let script = """
        import json, os, sys
        import jsonschema
        from referencing import Registry, Resource
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        instance = json.load(open(sys.argv[2], encoding="utf-8"))
        folder = os.path.dirname(sys.argv[1])
        resources = []
        for name in sorted(os.listdir(folder)):
            if name.endswith(".json"):
                other = json.load(open(os.path.join(folder, name), encoding="utf-8"))
                if isinstance(other, dict) and "$id" in other:
                    resources.append((other["$id"], Resource.from_contents(other)))
        cls = jsonschema.validators.validator_for(schema)
        for error in cls(schema, registry=Registry().with_resources(resources)).iter_errors(instance):
            print("/" + "/".join(map(str, error.absolute_path)) + ": " + error.message[:300])
        """

    static func errors(in document: [UInt8], schema: URL) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ward-sbom-\(UUID().uuidString).json")
        try Data(document).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Shell.run("python3", ["-c", script, schema.path, file.path], in: FileManager.default.temporaryDirectory.path)
        guard run.status == 0 else { throw ShellError(message: "python3 jsonschema failed (status \(run.status)): \(run.stderr)") }
        return run.stdout.split(separator: "\n").map(String.init)
    }
}
