import Foundation
import Testing

/// Runs Python's `jsonschema` on a document. The CycloneDX helper schemas that sit beside the main
/// schema are registered under their `$id`s, so `$ref`s to them resolve without the network.
enum JSONSchemaValidator {
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    private static let script = """
        import json, os, sys
        try:
            import jsonschema
        except ImportError:
            sys.exit(3)
        with open(sys.argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        with open(sys.argv[2], encoding="utf-8") as f:
            instance = json.load(f)
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        kwargs = {}
        try:
            from referencing import Registry, Resource
            resources = []
            folder = os.path.dirname(sys.argv[1])
            for name in sorted(os.listdir(folder)):
                if name.endswith(".json"):
                    with open(os.path.join(folder, name), encoding="utf-8") as f:
                        other = json.load(f)
                    if isinstance(other, dict) and "$id" in other:
                        resources.append((other["$id"], Resource.from_contents(other)))
            kwargs["registry"] = Registry().with_resources(resources)
        except ImportError:
            pass
        validator = cls(schema, **kwargs)
        for error in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
            print("/" + "/".join(map(str, error.absolute_path)) + ": " + error.message[:300])
        """

    /// Validation errors (`/json/pointer: message`), empty when `document` is valid. Throws when
    /// python3 or jsonschema is missing, so a test fails instead of passing vacuously.
    static func errors(in document: [UInt8], schema: URL) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ward-sbom-\(UUID().uuidString).json")
        try Data(document).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path, file.path]
        let output = Pipe()
        let errorOutput = Pipe()
        process.standardOutput = output
        process.standardError = errorOutput
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errorOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0: return text.split(separator: "\n").map(String.init)
        case 3: throw Unavailable(description: "the Python package jsonschema is missing: run `pip install jsonschema`")
        case 127: throw Unavailable(description: "python3 is not installed; schema validation needs python3 with jsonschema")
        default: throw Unavailable(description: "python3 jsonschema failed (status \(process.terminationStatus)): \(stderr)")
        }
    }
}
