import Foundation
import Testing

/// The compiled-rule cache is an optimisation only: same findings with it, without it, and with a
/// corrupted cache file.
@Suite struct MatcherCacheTests {
    @Test func findingsAreTheSameWithAFreshAWarmAndACorruptCache() throws {
        let box = try Sandbox()
        try box.write("src/app.env", "aws_access_key_id = \(Secrets.awsKeyID())\napi_token = \"\(Secrets.token(30))7\"\n")
        let cache = box.file("cache")
        let environment = ["WARD_CACHE_DIR": cache]
        let cold = try Ward.run(["scan", "src", "--format", "json"], in: box.path, environment: environment)
        let files = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".db") }
        #expect(files.count == 1)
        let warm = try Ward.run(["scan", "src", "--format", "json"], in: box.path, environment: environment)
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: cache + "/" + files[0]))
        let corrupt = try Ward.run(["scan", "src", "--format", "json"], in: box.path, environment: environment)
        let uncached = try Ward.run(["scan", "src", "--format", "json"], in: box.path, environment: ["WARD_NO_CACHE": "1"])
        let ids = try [cold, warm, corrupt, uncached].map { try JSONReport.parse($0).findings.map(\.fingerprint) }
        #expect(ids[0].count == 2)
        #expect(ids.allSatisfy { $0 == ids[0] })
    }
}
