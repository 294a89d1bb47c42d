import Testing
@testable import WardStore

@Suite struct StoreLocationTests {
    @Test func parsesEveryForm() throws {
        #expect(try StoreLocation(parsing: "sqlite:///var/lib/ward/ward.db") == .sqlite(path: "/var/lib/ward/ward.db"))
        #expect(try StoreLocation(parsing: "sqlite://data/ward.db") == .sqlite(path: "data/ward.db"))
        #expect(try StoreLocation(parsing: "ward.db") == .sqlite(path: "ward.db"))
        #expect(try StoreLocation(parsing: "sqlite::memory:") == .sqliteMemory)
        #expect(try StoreLocation(parsing: "postgres://u:p@localhost:5432/ward") == .postgres(url: "postgres://u:p@localhost:5432/ward"))
        #expect(throws: (any Error).self) { try StoreLocation(parsing: "mysql://x") }
    }

    @Test func descriptionHidesThePassword() throws {
        let location = try StoreLocation(parsing: "postgres://ward:hunter2@db:5432/ward")
        #expect(!location.description.contains("hunter2"))
        #expect(location.description.contains("db:5432"))
    }
}
