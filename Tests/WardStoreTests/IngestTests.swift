import Foundation
import Testing
import WardCore
@testable import WardStore

@Suite struct IngestTests {
    @Test(arguments: TestStore.engines)
    func migrationsApplyOnceAndAgainAreNoOps(engine: StoreDatabase.Engine) async throws {
        let store = try await TestStore.make(engine)
        defer { Task { await store.close() } }
        try await store.database.migrate()
        #expect(try await store.database.appliedMigrations() == Migrations.all.map(\.id))
    }

    @Test(arguments: TestStore.engines)
    func theSameFingerprintIsOneFindingWithAnOccurrencePerScan(engine: StoreDatabase.Engine) async throws {
        let store = try await TestStore.make(engine)
        defer { Task { await store.close() } }
        let findings = [Sample.finding("aws-access-key"), Sample.finding("github-pat", line: 20)]
        let first = try await store.ingest(Sample.upload(findings), project: "payments", createProject: true, actor: Sample.admin)
        let second = try await store.ingest(Sample.upload(findings), project: "payments", actor: Sample.admin)
        #expect(first.newFindingIDs.count == 2)
        #expect(second.newFindingIDs.isEmpty)
        #expect(second.scan.totalCount == 2 && second.scan.newCount == 0)
        let page = try await store.findings(FindingFilter(), visibility: .everything)
        #expect(page.items.count == 2)
        for item in page.items {
            #expect(try await store.occurrences(ofFinding: item.id).map(\.scanID) == [second.scan.id, first.scan.id])
            #expect(item.state == .open)
            #expect(item.lastScanID == second.scan.id)
        }
    }

    /// An import's commit leaves the log to a background checkpoint; SQLite's automatic checkpoints
    /// must be back on every connection afterwards, and what was imported must survive a reopen.
    @Test func aLargeImportHandsItsCheckpointToTheBackgroundAndRestoresAutomaticOnes() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ward-checkpoint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let location = StoreLocation.sqlite(path: directory.appendingPathComponent("ward.db").path)
        let store = try await PlatformStore.open(location)
        let findings = (0..<3000).map { Sample.finding("rule-\($0 % 7)", path: "src/file\($0).py", line: $0 % 90 + 1) }
        for _ in 0..<2 { _ = try await store.ingest(Sample.upload(findings), project: "big", createProject: true, actor: Sample.admin) }
        await store.database.waitForCheckpoint()
        for _ in 0..<8 {
            let pages = try await store.database.withConnection { db in
                try await db.raw("PRAGMA wal_autocheckpoint").first()?.decode(column: "wal_autocheckpoint", as: Int.self)
            }
            #expect(pages == 1000)
        }
        let log = try await store.database.withConnection { db in
            try await db.raw("PRAGMA wal_checkpoint(PASSIVE)").first().map { (try $0.decode(column: "log", as: Int.self), try $0.decode(column: "checkpointed", as: Int.self)) }
        }
        #expect(log?.0 == log?.1)
        await store.close()
        let reopened = try await PlatformStore.open(location)
        #expect(try await reopened.countFindings(FindingFilter(), visibility: .everything) == 3000)
        await reopened.close()
    }

    @Test(arguments: TestStore.engines)
    func anUnknownProjectIsRefusedUnlessCreationIsAllowed(engine: StoreDatabase.Engine) async throws {
        let store = try await TestStore.make(engine)
        defer { Task { await store.close() } }
        await #expect(throws: StoreError.notFound("no project 'ghost'")) {
            try await store.ingest(Sample.upload([]), project: "ghost", actor: Sample.admin)
        }
        #expect(try await store.projects(visibility: .everything).isEmpty)
    }

    @Test(arguments: TestStore.engines)
    func aFailedImportLeavesNoHalfScan(engine: StoreDatabase.Engine) async throws {
        let store = try await TestStore.make(engine)
        defer { Task { await store.close() } }
        _ = try await store.ingest(Sample.upload([Sample.finding("a")]), project: "p", createProject: true, actor: Sample.admin)
        store.faults.failAfterInsertingFindings = true
        let big = Sample.upload((0..<900).map { Sample.finding("r\($0)", line: $0) })
        await #expect(throws: (any Error).self) {
            try await store.ingest(big, project: "p", actor: Sample.admin)
        }
        store.faults.failAfterInsertingFindings = false
        #expect(try await store.scans(visibility: .everything).count == 1)
        #expect(try await store.countFindings(FindingFilter(), visibility: .everything) == 1)
        #expect(try await store.events(EventFilter(action: "finding.create")).count == 1)
    }
}
