import Foundation
import Testing
@testable import WardCore

/// `SortedJSONEncoder` must write the bytes Foundation's `JSONEncoder` writes with sorted keys and
/// unescaped slashes: the platform stores and compares what it wrote before the switch.
@Suite struct SortedJSONEncoderTests {
    static func foundation<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(UTCTimestamp.iso8601(date))
        }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func ours<Value: Encodable>(_ value: Value, layout: SortedJSONEncoder.Layout = .compact) throws -> String {
        try SortedJSONEncoder(layout: layout).encodeToString(value)
    }

    static func expectParity<Value: Encodable>(_ value: Value, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try ours(value) == foundation(value), sourceLocation: sourceLocation)
    }

    static let fullFinding = Finding(
        ruleId: "python-sql-injection", tool: "ward", kind: .code, severity: .high, confidence: .medium,
        title: "SQL built from \"input\"", message: "Line 1\nLine 2\twith a tab, a \\ and \u{1b}[0m and é and 🙂", cwe: [89, 20],
        location: Location(path: "app/db/query.py", startLine: 12, startColumn: 5, endLine: 14, endColumn: 1, snippet: "cursor.execute(\"…\" + q)"),
        secret: RedactedSecret(secret: Array("not-a-real-secret-value".utf8)), remediation: "Bind parameters.", tags: ["A03:2021", "python"],
        fingerprint: String(repeating: "ab", count: 32),
        commit: GitProvenance(commit: "0123456789abcdef0123456789abcdef01234567", author: "Dev", email: "dev@example.com", date: "2024-05-01T12:00:00Z"),
        component: ComponentReference(purl: "pkg:pypi/jinja2@2.10", name: "jinja2", version: "2.10", ecosystem: "PyPI"),
        advisory: AdvisoryReference(id: "GHSA-462w-v97r-4m45", aliases: ["CVE-2019-10906"], fixedVersions: ["2.10.1"]),
        endpoint: Endpoint(method: "GET", url: "https://api.example.com/v1/users?id=1"),
        sources: [FindingSource(tool: "semgrep", ruleId: "sqli", severity: .medium, title: "t")])

    @Test func findingsMatchFoundationByteForByte() throws {
        try Self.expectParity(Self.fullFinding)
        try Self.expectParity([Self.fullFinding, CorrelationTests.code("bandit", rule: "B602", cwe: [78], lines: 1...3)])
        try Self.expectParity(CorrelationTests.dependency("trivy", id: "CVE-1", aliases: [], purl: "pkg:npm/a@1"))
    }

    @Test func keysAreInByteOrderAndAKeyEncodedTwiceKeepsItsLastValue() throws {
        let keys: [String: Int] = ["b": 1, "A": 2, "a10": 3, "a9": 4, "a_b": 5, "aB": 6, "ab": 7, "é": 8, "e": 9, "": 10]
        try Self.expectParity(keys)
        #expect(try Self.ours(keys) == #"{"":10,"A":2,"a10":3,"a9":4,"aB":6,"a_b":5,"ab":7,"b":1,"e":9,"é":8}"#)
        #expect(try Self.ours(Twice()) == #"{"k":2}"#)
    }

    @Test func numbersUseFoundationsSpelling() throws {
        try Self.expectParity([1.0, 7.5, 0.1, 1e-7, 1e20, 123_456_789_012.0, -0.0, 3.14159, Double.greatestFiniteMagnitude])
        try Self.expectParity(Widths())
        #expect(throws: EncodingError.self) { try Self.ours([Double.nan]) }
        #expect(throws: EncodingError.self) { try Self.ours(["x": Double.infinity]) }
    }

    @Test func stringsEscapeOnlyWhatJSONRequires() throws {
        let text = "quote \" backslash \\ slash / nul \u{0} bell \u{7} bs \u{8} ff \u{c} nl \n cr \r tab \t us \u{1f} del \u{7f} ls \u{2028} é 🙂"
        try Self.expectParity([text])
        #expect(try Self.ours(["\u{1b}"]) == #"["\u001b"]"#)
    }

    @Test func datesURLsDataOptionalsAndEmptyValues() throws {
        try Self.expectParity(Mixed())
        try Self.expectParity([Mixed?.none, Mixed()])
        try Self.expectParity(Empty())
        try Self.expectParity([[String]]())
        try Self.expectParity([String: [Int]]())
    }

    @Test func enumsWithPayloadsAndSuperEncodersMatch() throws {
        try Self.expectParity([Shape.circle(radius: 2.5), .square(3), .none])
        try Self.expectParity(Child())
        try Self.expectParity(NestedByHand())
    }

    @Test func longArraysEncodedOnEveryCoreKeepTheirOrder() throws {
        struct Report: Encodable { var findings: [Finding]; var name = "r" }
        let findings = (0..<9_000).map { index in
            CorrelationTests.code("tool\(index % 7)", rule: "rule-\(index)", cwe: [index % 1000], path: "src/\(index).py", lines: index...index + 2)
        }
        try Self.expectParity(Report(findings: findings))
        let indented = try Self.ours(Report(findings: findings), layout: .indented)
        let compactAgain = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(indented.utf8)), options: [.sortedKeys, .withoutEscapingSlashes])
        let compact = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(try Self.ours(Report(findings: findings)).utf8)), options: [.sortedKeys, .withoutEscapingSlashes])
        #expect(compactAgain == compact)
        #expect(indented.hasPrefix("{\n  \"findings\": [\n    {\n      \"confidence\": \"high\",\n      \"cwe\": [\n        0\n      ],"))
    }

    @Test func indentedLayoutPutsOneMemberPerLine() throws {
        let value = Mixed()
        let text = try Self.ours(value, layout: .indented)
        #expect(text == """
            {
              "date": "2023-11-14T22:13:20Z",
              "empty": [],
              "emptyObject": {},
              "list": [
                1,
                2
              ],
              "url": "https://example.com/a/b?c=d"
            }
            """)
        let reparsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(reparsed?["url"] as? String == "https://example.com/a/b?c=d")
    }

    struct Twice: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(1, forKey: AnyKey("k"))
            try container.encode(2, forKey: AnyKey("k"))
        }
    }

    struct AnyKey: CodingKey {
        let stringValue: String
        init(_ value: String) { stringValue = value }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    struct Widths: Encodable {
        var i8: Int8 = -8, i16: Int16 = 16, i32: Int32 = -32, i64: Int64 = .max, u: UInt = 7, u8: UInt8 = 255, u16: UInt16 = 16
        var u32: UInt32 = 32, u64: UInt64 = .max, float: Float = 0.1, bigFloat: Float = 1e30, flag = false, optionalInt: Int? = 3
    }

    struct Mixed: Encodable {
        var date = Date(timeIntervalSince1970: 1_700_000_000.9)
        var url = URL(string: "https://example.com/a/b?c=d")!
        var missing: String?
        var list = [1, 2]
        var empty: [Int] = []
        var emptyObject: [String: String] = [:]

        enum CodingKeys: String, CodingKey { case date, url, missing, list, empty, emptyObject }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(date, forKey: .date)
            try container.encode(url, forKey: .url)
            try container.encodeIfPresent(missing, forKey: .missing)
            try container.encode(list, forKey: .list)
            try container.encode(empty, forKey: .empty)
            try container.encode(emptyObject, forKey: .emptyObject)
        }
    }

    struct Empty: Encodable {}

    enum Shape: Encodable {
        case circle(radius: Double)
        case square(Int)
        case none
    }

    class Parent: Encodable {
        var name = "parent"
    }

    final class Child: Parent {
        var age = 3
        enum CodingKeys: String, CodingKey { case age }
        override func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(age, forKey: .age)
            try super.encode(to: container.superEncoder())
        }
    }

    struct NestedByHand: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            var inner = container.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("inner"))
            try inner.encode("x", forKey: AnyKey("z"))
            try inner.encodeNil(forKey: AnyKey("a"))
            var list = container.nestedUnkeyedContainer(forKey: AnyKey("list"))
            try list.encode(true)
            var deeper = list.nestedContainer(keyedBy: AnyKey.self)
            try deeper.encode(1.5, forKey: AnyKey("n"))
            try list.encodeNil()
            var single = container.superEncoder(forKey: AnyKey("single")).singleValueContainer()
            try single.encode("value")
        }
    }
}
