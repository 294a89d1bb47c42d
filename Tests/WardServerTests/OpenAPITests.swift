import Foundation
import Hummingbird
import Testing
@testable import WardServer

/// docs/openapi.json, read from the repository.
enum OpenAPIFile {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let url = repository.appendingPathComponent("docs/openapi.json")

    static func text() throws -> String { try String(contentsOf: url, encoding: .utf8) }

    static func document() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// Every documented operation as `METHOD /path/{param}`.
    static func operations() throws -> Set<String> {
        let paths = try #require(try document()["paths"] as? [String: [String: Any]])
        let methods: Set = ["get", "put", "post", "delete", "patch", "head", "options"]
        return Set(paths.flatMap { path, item in item.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" } })
    }
}

@Suite struct OpenAPITests {
    @Test func theServedCopyIsNotStale() throws {
        let file = try OpenAPIFile.text()
        let expected = file.hasSuffix("\n") ? String(file.dropLast()) : file
        #expect(OpenAPIDocument.json == expected, "Sources/WardServer/API/OpenAPIDocument.swift is stale: run scripts/generate-openapi-swift.sh")
        let swift = try String(contentsOf: OpenAPIFile.repository.appendingPathComponent("Sources/WardServer/API/OpenAPIDocument.swift"), encoding: .utf8)
        #expect(swift.hasPrefix("// Generated from docs/openapi.json by scripts/generate-openapi-swift.sh; do not edit."))
    }

    @Test func theServerServesTheDocument() async throws {
        let harness = try await APIHarness.make()
        try await harness.run { api in
            let response = try await api.get("/api/v1/openapi.json", as: .none)
            #expect(response.status == 200)
            let served = try response.object()
            #expect(served["openapi"] as? String == "3.1.0")
            #expect(NSDictionary(dictionary: served).isEqual(to: try OpenAPIFile.document()))
        }
    }

    /// Routes registered in the server's sources, as `METHOD /path/{param}`, for the API, health and metrics.
    static func registeredRoutes() throws -> Set<String> {
        let sources = OpenAPIFile.repository.appendingPathComponent("Sources/WardServer")
        let pattern = try Regex(#"router\.(get|post|put|delete|patch|head)\(\s*"([^"]*)""#)
        var routes = Set<String>()
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "swift" {
            for match in try String(contentsOf: file, encoding: .utf8).matches(of: pattern) {
                let method = String(match.output[1].substring ?? "").uppercased(), path = String(match.output[2].substring ?? "")
                if path.hasPrefix("/api/") || path == "/health" || path == "/metrics" { routes.insert("\(method) \(path)") }
            }
        }
        return routes
    }

    @Test func everyRouteIsDocumentedAndEveryDocumentedPathIsARoute() throws {
        let registered = try Self.registeredRoutes()
        let documented = try OpenAPIFile.operations()
        #expect(registered.count >= 27, "the source scan found too few routes: \(registered.sorted())")
        #expect(registered.subtracting(documented).isEmpty, "routes missing from docs/openapi.json: \(registered.subtracting(documented).sorted())")
        #expect(documented.subtracting(registered).isEmpty, "documented but not served: \(documented.subtracting(registered).sorted())")
    }

    @Test func theSourceScanSeesWhatTheRouterHas() async throws {
        let harness = try await APIHarness.make()
        let router = Router(context: WardRequestContext.self)
        let services = harness.services
        services.addHealthRoutes(to: router)
        services.addProjectRoutes(to: router)
        services.addScanRoutes(to: router)
        services.addFindingRoutes(to: router)
        services.addAdminRoutes(to: router)
        services.addGovernanceRoutes(to: router)
        services.addKnowledgeRoutes(to: router)
        services.addAnalyticsRoutes(to: router)
        let routes = Set(router.routes.map { "\($0.method.rawValue) \($0.path.description)" })
        #expect(routes == (try Self.registeredRoutes()))
        await harness.store.close()
    }

    @Test func theDocumentIsValidOpenAPI() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "openapi_spec_validator", OpenAPIFile.url.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "openapi-spec-validator (pip install openapi-spec-validator, or make test-deps): \(text)")
        #expect(text.contains("OK"))
    }
}
