import Foundation
import Testing
@testable import WardComponents
import WardCore

@Suite struct SBOMTests {
    /// Components from several lockfiles, with licenses, hashes, scopes and a graph.
    static func document() throws -> SBOMDocument {
        var components: [Component] = []
        for directory in ["npm/v3", "php", "rust", "java/maven", "python/pip"] {
            components += try Fixtures.inventory(directory).components
        }
        return SBOMDocument(name: "shop", components: components, timestamp: Date(timeIntervalSince1970: 1_700_000_000),
                            identifier: UUID(uuidString: "3E671687-395B-41F5-A30F-A58921A69B79")!)
    }

    @Test func cycloneDXJSONIsValid16() throws {
        let bytes = CycloneDXJSONWriter().write(try Self.document())
        let errors = try JSONSchemaValidator.errors(in: bytes, schema: Fixtures.url("schemas/bom-1.6.schema.json"))
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"serialNumber\": \"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79\""))
        #expect(text.contains("\"timestamp\": \"2023-11-14T22:13:20Z\""))
    }

    @Test func spdxJSONIsValid23() throws {
        let bytes = SPDXJSONWriter().write(try Self.document())
        let errors = try JSONSchemaValidator.errors(in: bytes, schema: Fixtures.url("schemas/spdx-2.3-schema.json"))
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"documentNamespace\": \"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79\""))
        #expect(text.contains("\"licenseDeclared\": \"(MIT OR Apache-2.0)\""))
    }

    @Test func schemaValidationCatchesABrokenBOM() throws {
        let text = String(decoding: CycloneDXJSONWriter().write(try Self.document()), as: UTF8.self)
            .replacingOccurrences(of: "\"scope\": \"required\"", with: "\"scope\": \"always\"")
        let errors = try JSONSchemaValidator.errors(in: Array(text.utf8), schema: Fixtures.url("schemas/bom-1.6.schema.json"))
        #expect(!errors.isEmpty)
    }

    @Test func outputIsDeterministic() throws {
        let document = try Self.document()
        for format in SBOMFormat.allCases {
            #expect(format.writer.write(document) == format.writer.write(try Self.document()), "\(format)")
        }
    }

    @Test func cycloneDXXMLIsWellFormedWithTheRequiredElements() throws {
        let bytes = CycloneDXXMLWriter().write(try Self.document())
        let bom = try XMLElementNode.parse(bytes, path: "bom.xml")
        #expect(bom.name == "bom")
        #expect(bom.attributes["serialNumber"] == "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79")
        #expect(bom.attributes["version"] == "1")
        #expect(bom.path("metadata", "timestamp")?.text == "2023-11-14T22:13:20Z")
        let components = bom.child("components")?.children("component") ?? []
        #expect(components.count == (try Self.document()).components.count)
        #expect(components.allSatisfy { $0.attributes["type"] == "library" && $0.value("name") != nil && $0.value("purl") != nil })
        let order = components[0].children.map(\.name)
        #expect(order == order.sorted { Self.xsdOrder.firstIndex(of: $0)! < Self.xsdOrder.firstIndex(of: $1)! })
    }

    static let xsdOrder = ["group", "name", "version", "scope", "hashes", "licenses", "purl", "properties"]

    @Test(arguments: SBOMFormat.allCases)
    func readersGetBackWhatWritersWrote(format: SBOMFormat) throws {
        let document = try Self.document()
        let read = try SBOMReader.read(format.writer.write(document), path: "sbom")
        #expect(read.map(\.purl) == document.components.map(\.purl))
        #expect(read.map(\.name) == document.components.map(\.name))
        #expect(read.map(\.ecosystem) == document.components.map(\.ecosystem))
        #expect(read.map(\.hashes) == document.components.map(\.hashes))
        #expect(read.map(\.direct) == document.components.map { $0.direct == true })
        let known = Set(document.components.map(\.purl.description))
        #expect(read.map(\.dependencies) == document.components.map { $0.dependencies.filter(known.contains) })
        let express = try #require(read.first { $0.name == "express" })
        #expect(express.licenses == ["MIT"])
        #expect(read.first { $0.name == "junit:junit" }?.scope == (format == .spdxJSON ? .test : .development))
    }

    @Test func readerRejectsWhatIsNoSBOM() {
        #expect(throws: InputError.self) { try SBOMReader.read(Array("{\"a\": 1}".utf8), path: "x.json") }
        #expect(throws: InputError.self) { try SBOMReader.read(Array("<html></html>".utf8), path: "x.xml") }
        #expect(throws: InputError.self) { try SBOMReader.read(Array("{\"bomFormat\": \"CycloneDX\", ".utf8), path: "x.json") }
    }

    @Test func licensesBecomeIdsExpressionsOrNames() {
        #expect(SBOMLicense("mit") == .id("MIT"))
        #expect(SBOMLicense("(MIT OR Apache-2.0)") == .expression("(MIT OR Apache-2.0)"))
        #expect(SBOMLicense("Apache-2.0 WITH LLVM-exception") == .expression("Apache-2.0 WITH LLVM-exception"))
        #expect(SBOMLicense("Proprietary (see LICENSE)") == .name("Proprietary (see LICENSE)"))
    }
}
