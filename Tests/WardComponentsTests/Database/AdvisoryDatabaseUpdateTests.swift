import Foundation
import Testing
import WardComponents
import WardCore

@Suite struct AdvisoryDatabaseUpdateTests {
    static func counts(_ status: AdvisoryDatabaseStatus) -> [String: [Int]] {
        Dictionary(uniqueKeysWithValues: status.ecosystems.map { ($0.ecosystem, [$0.advisories, $0.packages]) })
    }

    @Test func buildsFromADirectoryOfJSONAndYAML() throws {
        let scratch = try OSVFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let path = scratch + "/cache/ward/osv.db"
        let result = try AdvisoryDatabaseBuilder(path: path, sources: AdvisorySource.parse(OSVFixtures.directory())).build()
        #expect(Self.counts(result.status) == ["PyPI": [25, 4], "Go": [5, 3], "crates.io": [8, 3]])
        #expect(result.status.advisories == 38)
        #expect(result.status.withdrawn == 1)
        #expect(result.status.sources == [try OSVFixtures.directory()])
        #expect(result.warnings.isEmpty)
        #expect(!result.status.isStale)
        #expect(result.status.isStale(now: Date().addingTimeInterval(8 * 86_400)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch + "/cache/ward") == ["osv.db"], "no temporary file is left behind")
    }

    @Test func downloadsFromALoopbackServer() throws {
        let scratch = try OSVFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try OSVFixtures.zip("pypi", to: scratch + "/bucket/PyPI/all.zip")
        try OSVFixtures.zip("crates.io", to: scratch + "/bucket/crates.io/all.zip")
        let server = try LoopbackServer(serving: scratch + "/bucket")
        let template = server.url("{ecosystem}/all.zip")
        let sources = try AdvisorySource.parse(template, ecosystems: [.pypi, .cratesIO])
        #expect(sources == [.remote(URL(string: server.url("PyPI/all.zip"))!), .remote(URL(string: server.url("crates.io/all.zip"))!)])

        let events = EventLog()
        let result = try AdvisoryDatabaseBuilder(path: scratch + "/osv.db", sources: sources).build { events.append($0) }
        #expect(Self.counts(result.status) == ["PyPI": [25, 4], "crates.io": [8, 3]])
        #expect(result.status.sources == [server.url("PyPI/all.zip"), server.url("crates.io/all.zip")])
        #expect(events.downloadedBytes > 0, "progress reports the bytes as they arrive")
        #expect(events.lastRead == 8)

        let database = try AdvisoryDatabase.open(at: scratch + "/osv.db")
        #expect(try database.vulnerabilities(ecosystem: .pypi, name: "urllib3", version: "2.0.6").map(\.id) == ["PYSEC-2023-212"])

        // A missing file is an HTTP error that names the URL, and the database stays as it was.
        let missing = try AdvisorySource.parse(server.url("Go/all.zip"))
        let error = #expect(throws: InputError.self) {
            try AdvisoryDatabaseBuilder(path: scratch + "/osv.db", sources: missing).build()
        }
        #expect(error?.description.contains("Go/all.zip") == true)
        #expect(error?.description.contains("404") == true)
        #expect(Self.counts(try AdvisoryDatabase.open(at: scratch + "/osv.db").status) == ["PyPI": [25, 4], "crates.io": [8, 3]])
    }

    @Test(arguments: ["truncated", "garbled", "not a zip"])
    func aCorruptZipKeepsTheOldDatabase(_ damage: String) throws {
        let scratch = try OSVFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let path = scratch + "/osv.db"
        _ = try AdvisoryDatabaseBuilder(path: path, sources: [.directory(OSVFixtures.directory() + "/go")]).build()

        let zip = scratch + "/all.zip"
        try OSVFixtures.zip("pypi", to: zip)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: zip))
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count / 2)
        case "garbled": for index in stride(from: 200, to: bytes.count / 2, by: 7) { bytes[index] ^= 0x5A }
        default: bytes = Data("PK this is not an archive".utf8)
        }
        try bytes.write(to: URL(fileURLWithPath: zip))

        let error = #expect(throws: InputError.self) {
            try AdvisoryDatabaseBuilder(path: path, sources: AdvisorySource.parse(zip)).build()
        }
        #expect(error?.description.contains(zip) == true, "the error names the file: \(error?.description ?? "")")
        let database = try AdvisoryDatabase.open(at: path)
        #expect(Self.counts(database.status) == ["Go": [5, 3]])
        #expect(try database.vulnerabilities(ecosystem: .go, name: "github.com/coder/coder", version: "v1.0.0").map(\.id) == ["GO-2024-3228"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).sorted() == ["all.zip", "osv.db"])
    }

    @Test func invalidDocumentsAreSkippedWithAWarningNamingThem() throws {
        let scratch = try OSVFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.createDirectory(atPath: scratch + "/advisories", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: OSVFixtures.directory() + "/go/GO-2024-3228.json", toPath: scratch + "/advisories/GO-2024-3228.json")
        try Data("{\"id\": \"BROKEN-1\", \"affected\": [".utf8).write(to: URL(fileURLWithPath: scratch + "/advisories/broken.json"))
        try Data("id: NO-EVENTS\naffected:\n  - ranges:\n      - events: 3\n".utf8).write(to: URL(fileURLWithPath: scratch + "/advisories/bad.yaml"))
        let result = try AdvisoryDatabaseBuilder(path: scratch + "/osv.db", sources: [.directory(scratch + "/advisories")]).build()
        #expect(result.status.advisories == 1)
        #expect(result.warnings.count == 2)
        #expect(result.warnings.contains { $0.hasPrefix(scratch + "/advisories/broken.json: not a valid OSV advisory") })
        #expect(result.warnings.contains { $0.hasPrefix(scratch + "/advisories/bad.yaml: not a valid OSV advisory") })
    }

    @Test func ecosystemFilterKeepsOnlyThoseEcosystems() throws {
        let scratch = try OSVFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let result = try AdvisoryDatabaseBuilder(path: scratch + "/osv.db", sources: [.directory(OSVFixtures.directory())], ecosystems: [.go]).build()
        #expect(Self.counts(result.status) == ["Go": [5, 3]])
    }

    @Test func missingOrForeignDatabasesAreClearErrors() throws {
        let scratch = try OSVFixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let missing = #expect(throws: InputError.self) { try AdvisoryDatabase.open(at: scratch + "/none.db") }
        #expect(missing?.description == "\(scratch)/none.db: no advisory database; build one with `ward db update`")
        try Data("not sqlite at all, just text that is long enough to be a header".utf8).write(to: URL(fileURLWithPath: scratch + "/text.db"))
        let foreign = #expect(throws: InputError.self) { try AdvisoryDatabase.open(at: scratch + "/text.db") }
        #expect(foreign?.description.hasPrefix("\(scratch)/text.db: not an advisory database") == true)
        #expect(throws: InputError.self) { try AdvisorySource.parse(scratch + "/nothing-here") }
    }

    @Test func defaultLocation() {
        #expect(AdvisoryDatabase.defaultPath(explicit: "/x/my.db", environment: ["WARD_DB": "/y.db"]) == "/x/my.db")
        #expect(AdvisoryDatabase.defaultPath(environment: ["WARD_DB": "/y.db", "WARD_CACHE_DIR": "/c"]) == "/y.db")
        #expect(AdvisoryDatabase.defaultPath(environment: ["WARD_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/xdg"]) == "/c/osv.db")
        #expect(AdvisoryDatabase.defaultPath(environment: ["XDG_CACHE_HOME": "/xdg", "HOME": "/home/u"]) == "/xdg/ward/osv.db")
        #expect(AdvisoryDatabase.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.cache/ward/osv.db")
    }

    @Test func defaultSourcesAreTheOSVBucket() throws {
        #expect(AdvisorySource.defaults(for: [.pypi, .cratesIO]).map(\.description) == [
            "https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip",
            "https://osv-vulnerabilities.storage.googleapis.com/crates.io/all.zip",
        ])
        #expect(AdvisorySource.defaults(for: []).count == AdvisorySource.defaultEcosystems.count)
    }
}

/// Progress events collected from the builder's callback.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [AdvisoryBuildEvent] = []

    func append(_ event: AdvisoryBuildEvent) {
        lock.lock()
        events.append(event)
        lock.unlock()
    }

    var downloadedBytes: Int64 {
        lock.lock()
        defer { lock.unlock() }
        return events.compactMap { if case let .downloading(_, bytes, _) = $0 { bytes } else { nil } }.max() ?? 0
    }

    var lastRead: Int? {
        lock.lock()
        defer { lock.unlock() }
        return events.compactMap { if case let .reading(_, count) = $0 { count } else { nil } }.last
    }
}
