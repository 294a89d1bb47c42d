import Foundation

/// Encodes `Encodable` values as JSON whose object keys are in byte order: the bytes Foundation's
/// `JSONEncoder` writes with `.sortedKeys` and `.withoutEscapingSlashes` (numbers, escapes, `{}` for a
/// value that encodes nothing), several times faster.
///
/// Foundation builds a tree of boxed containers, records every coding path and serialises the tree
/// in a second pass; a 65,000-finding report spent most of its writing time there. Here values go into
/// a tree of enums with lazily computed coding paths, and strings are escaped straight into the output.
/// `.indented` lays the text out one member or element per line with two-space indentation and
/// `"key": value`, empty containers as `{}` and `[]`.
public struct SortedJSONEncoder: Sendable {
    public enum Layout: Sendable { case compact, indented }

    public var layout: Layout
    /// How dates are written; whole-second ISO 8601 in UTC unless told otherwise.
    public var formatDate: @Sendable (Date) -> String

    public init(layout: Layout = .compact, formatDate: @escaping @Sendable (Date) -> String = UTCTimestamp.iso8601) {
        self.layout = layout
        self.formatDate = formatDate
    }

    public func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let tree = try JSONTreeEncoder(formatDate: formatDate, parent: nil, key: nil).tree(for: value)
        var writer = JSONTextWriter(indented: layout == .indented)
        writer.write(tree, depth: 0)
        return writer.out
    }

    public func encodeToString<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}

// MARK: - Tree

/// A value on its way to text. Containers are boxes so that nested containers can fill them later.
enum JSONTree {
    case string(String)
    /// A number, `true`, `false` or `null`, as written.
    case literal(String)
    case array(JSONArrayBox)
    case object(JSONObjectBox)
    /// A long array encoded on several threads, kept in its chunks so that it is also written and freed on several.
    case chunkedArray(UnsafeSlots<[JSONTree]>)
}

final class JSONArrayBox {
    var items: [JSONTree] = []
}

final class JSONObjectBox {
    /// In encoding order; a key encoded twice keeps its last value, as with Foundation.
    var members: [(key: String, value: JSONTree)] = []
}

// MARK: - Encoder

final class JSONTreeEncoder: Encoder {
    let formatDate: @Sendable (Date) -> String
    private let parent: JSONTreeEncoder?
    private let key: (any CodingKey)?
    /// How deep under the encoded value this encoder is: long arrays are looked for near the top only.
    private let depth: Int
    var result: JSONTree?

    init(formatDate: @escaping @Sendable (Date) -> String, parent: JSONTreeEncoder?, key: (any CodingKey)?) {
        self.formatDate = formatDate
        self.parent = parent
        self.key = key
        depth = (parent?.depth ?? -1) + 1
    }

    /// Computed when asked (errors, custom `encode(to:)`), not kept for every value.
    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var node: JSONTreeEncoder? = self
        while let current = node {
            if let key = current.key { path.append(key) }
            node = current.parent
        }
        return path.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONKeyedContainer<Key>(encoder: self, box: objectBox()))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(encoder: self, box: arrayBox())
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { JSONSingleValueContainer(encoder: self) }

    func objectBox() -> JSONObjectBox {
        if case .object(let box)? = result { return box }
        let box = JSONObjectBox()
        result = .object(box)
        return box
    }

    func arrayBox() -> JSONArrayBox {
        if case .array(let box)? = result { return box }
        let box = JSONArrayBox()
        result = .array(box)
        return box
    }

    /// The tree of `value`, encoded under `key` of this encoder's value.
    func tree<Value: Encodable>(for value: Value, key: (any CodingKey)? = nil) throws -> JSONTree {
        // Metatype comparisons first: a failed dynamic cast to a protocol costs far more than all of these.
        let type = Value.self
        if type == String.self { return .string(value as! String) }
        if type == Int.self { return .literal(String(value as! Int)) }
        if type == Bool.self { return .literal(value as! Bool ? "true" : "false") }
        if type == Double.self { return try .literal(Self.text(of: value as! Double, at: path(adding: key))) }
        if type == Date.self { return .string(formatDate(value as! Date)) }
        if type == URL.self { return .string((value as! URL).absoluteString) }
        if type == Data.self { return .string((value as! Data).base64EncodedString()) }
        if type == Decimal.self { return .literal((value as! Decimal).description) }
        if type == Float.self { return try .literal(Self.text(of: value as! Float, at: path(adding: key))) }
        // The other widths: the standard library's default container methods send them here.
        if Self.otherIntegers.contains(where: { $0 == type }) { return .literal(String(describing: value)) }
        // A report's long lists (findings, SARIF results) are encoded on every core.
        if depth <= 4, let array = value as? any ConcurrentlyEncodable, array.count >= ConcurrentJSON.minimumCount {
            return try array.concurrentTree(encoder: self, key: key)
        }
        let nested = JSONTreeEncoder(formatDate: formatDate, parent: self, key: key)
        try value.encode(to: nested)
        return nested.result ?? .object(JSONObjectBox())
    }

    private static let otherIntegers: [any Any.Type] = [
        Int8.self, Int16.self, Int32.self, Int64.self, UInt.self, UInt8.self, UInt16.self, UInt32.self, UInt64.self,
    ]

    func path(adding key: (any CodingKey)?) -> [any CodingKey] {
        key.map { codingPath + [$0] } ?? codingPath
    }

    /// Foundation's spelling: the shortest round-tripping digits, without a trailing `.0`.
    static func text<Number: BinaryFloatingPoint & CustomStringConvertible>(of number: Number, at path: [any CodingKey]) throws -> String {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, .init(codingPath: path, debugDescription: "\(number) is not valid in JSON"))
        }
        let text = number.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

/// The index of an array element in a coding path.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { return nil }
}

private struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONTreeEncoder
    let box: JSONObjectBox

    var codingPath: [any CodingKey] { encoder.codingPath }

    private func set(_ value: JSONTree, for key: Key) { box.members.append((key.stringValue, value)) }

    mutating func encodeNil(forKey key: Key) throws { set(.literal("null"), for: key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.literal(value ? "true" : "false"), for: key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), for: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.literal(String(value)), for: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.literal(String(value)), for: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.literal(String(value)), for: key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        set(.literal(try JSONTreeEncoder.text(of: value, at: encoder.path(adding: key))), for: key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        set(.literal(try JSONTreeEncoder.text(of: value, at: encoder.path(adding: key))), for: key)
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { set(try encoder.tree(for: value, key: key), for: key) }

    // The optional forms skip absent values without going through the generic path.
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { set(.string(value), for: key) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { set(.literal(String(value)), for: key) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { set(.literal(value ? "true" : "false"), for: key) }
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { set(try encoder.tree(for: value, key: key), for: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        set(.object(nested), for: key)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: JSONTreeEncoder(formatDate: encoder.formatDate, parent: encoder, key: key), box: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        set(.array(nested), for: key)
        return JSONUnkeyedContainer(encoder: JSONTreeEncoder(formatDate: encoder.formatDate, parent: encoder, key: key), box: nested)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue, key: key) }

    private func superEncoder(named name: String, key: (any CodingKey)? = nil) -> any Encoder {
        let slot = JSONTreeEncoder(formatDate: encoder.formatDate, parent: encoder, key: key)
        let box = self.box
        let index = box.members.count
        box.members.append((name, .object(JSONObjectBox())))
        return DeferredEncoder(wrapped: slot) { box.members[index].value = $0 }
    }
}

private struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONTreeEncoder
    let box: JSONArrayBox

    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { box.items.count }

    mutating func encodeNil() throws { box.items.append(.literal("null")) }
    mutating func encode(_ value: Bool) throws { box.items.append(.literal(value ? "true" : "false")) }
    mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
    mutating func encode(_ value: Int) throws { box.items.append(.literal(String(value))) }
    mutating func encode(_ value: Double) throws {
        box.items.append(.literal(try JSONTreeEncoder.text(of: value, at: encoder.path(adding: IndexKey(intValue: count)))))
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        box.items.append(try encoder.tree(for: value, key: IndexKey(intValue: count)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        let key = IndexKey(intValue: count)
        box.items.append(.object(nested))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: JSONTreeEncoder(formatDate: encoder.formatDate, parent: encoder, key: key), box: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        let key = IndexKey(intValue: count)
        box.items.append(.array(nested))
        return JSONUnkeyedContainer(encoder: JSONTreeEncoder(formatDate: encoder.formatDate, parent: encoder, key: key), box: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let slot = JSONTreeEncoder(formatDate: encoder.formatDate, parent: encoder, key: IndexKey(intValue: count))
        let box = self.box
        let index = box.items.count
        box.items.append(.object(JSONObjectBox()))
        return DeferredEncoder(wrapped: slot) { box.items[index] = $0 }
    }
}

private struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONTreeEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.result = .literal("null") }
    mutating func encode(_ value: Bool) throws { encoder.result = .literal(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { encoder.result = .string(value) }
    mutating func encode(_ value: Int) throws { encoder.result = .literal(String(value)) }
    mutating func encode(_ value: Double) throws { encoder.result = .literal(try JSONTreeEncoder.text(of: value, at: codingPath)) }
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.result = try encoder.tree(for: value) }
}

/// A super-encoder: whatever is encoded into it lands in the slot its container reserved.
private final class DeferredEncoder: Encoder {
    let wrapped: JSONTreeEncoder
    let store: (JSONTree) -> Void

    init(wrapped: JSONTreeEncoder, store: @escaping (JSONTree) -> Void) {
        self.wrapped = wrapped
        self.store = store
    }

    var codingPath: [any CodingKey] { wrapped.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let container = wrapped.container(keyedBy: type)
        store(wrapped.result!)
        return container
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let container = wrapped.unkeyedContainer()
        store(wrapped.result!)
        return container
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { DeferredSingleValue(encoder: self) }

    private struct DeferredSingleValue: SingleValueEncodingContainer {
        let encoder: DeferredEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }
        private func set(_ body: (inout any SingleValueEncodingContainer) throws -> Void) throws {
            var inner = encoder.wrapped.singleValueContainer()
            try body(&inner)
            if let result = encoder.wrapped.result { encoder.store(result) }
        }
        mutating func encodeNil() throws { try set { try $0.encodeNil() } }
        mutating func encode(_ value: Bool) throws { try set { try $0.encode(value) } }
        mutating func encode(_ value: String) throws { try set { try $0.encode(value) } }
        mutating func encode(_ value: Int) throws { try set { try $0.encode(value) } }
        mutating func encode(_ value: Double) throws { try set { try $0.encode(value) } }
        mutating func encode<T: Encodable>(_ value: T) throws { try set { try $0.encode(value) } }
    }
}

// MARK: - Writer

struct JSONTextWriter {
    var out: [UInt8] = []
    let indented: Bool

    init(indented: Bool) {
        self.indented = indented
        out.reserveCapacity(4096)
    }

    mutating func write(_ tree: JSONTree, depth: Int) {
        switch tree {
        case .string(let text):
            writeString(text)
        case .literal(let text):
            out.append(contentsOf: text.utf8)
        case .array(let box):
            guard !box.items.isEmpty else { return out.append(contentsOf: "[]".utf8) }
            out.append(UInt8(ascii: "["))
            if box.items.count >= ConcurrentJSON.minimumCount {
                writeConcurrently(box.items, depth: depth + 1)
            } else {
                writeItems(box.items[...], depth: depth + 1)
            }
            newline(depth)
            out.append(UInt8(ascii: "]"))
        case .chunkedArray(let chunks):
            guard (0..<chunks.count).contains(where: { !chunks[$0].isEmpty }) else { return out.append(contentsOf: "[]".utf8) }
            out.append(UInt8(ascii: "["))
            writeConcurrently(chunks, depth: depth + 1)
            newline(depth)
            out.append(UInt8(ascii: "]"))
        case .object(let box):
            guard !box.members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
            out.append(UInt8(ascii: "{"))
            // The writer is the tree's last reader: members are sorted where they are, without a copy.
            // The sort is stable, so of a key encoded twice the later value comes last and is kept.
            box.members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            var first = true
            for (index, member) in box.members.enumerated() {
                if index + 1 < box.members.count, box.members[index + 1].key == member.key { continue }
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                newline(depth + 1)
                writeString(member.key)
                out.append(UInt8(ascii: ":"))
                if indented { out.append(UInt8(ascii: " ")) }
                write(member.value, depth: depth + 1)
            }
            newline(depth)
            out.append(UInt8(ascii: "}"))
        }
    }

    private mutating func writeItems(_ items: ArraySlice<JSONTree>, depth: Int) {
        for index in items.indices {
            if index > items.startIndex { out.append(UInt8(ascii: ",")) }
            newline(depth)
            write(items[index], depth: depth)
        }
    }

    /// A long array's elements written in chunks on every core, then joined in order.
    private mutating func writeConcurrently(_ items: [JSONTree], depth: Int) {
        let ranges = ConcurrentJSON.chunks(items.count)
        let chunks = UnsafeSlots<[JSONTree]>(count: ranges.count, initial: [])
        for (index, range) in ranges.enumerated() { chunks[index] = Array(items[range]) }
        writeConcurrently(chunks, depth: depth)
    }

    /// Each chunk written (then freed: the writer is the tree's last reader) on a thread of its own.
    private mutating func writeConcurrently(_ chunks: UnsafeSlots<[JSONTree]>, depth: Int) {
        let texts = UnsafeSlots<[UInt8]>(count: chunks.count, initial: [])
        let indented = self.indented
        DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
            var writer = JSONTextWriter(indented: indented)
            writer.writeItems(chunks[chunk][...], depth: depth)
            chunks[chunk] = []
            texts[chunk] = writer.out
        }
        // One allocation for everything that follows (and a little more for what closes the document).
        out.reserveCapacity(out.count + (0..<texts.count).reduce(0) { $0 + texts[$1].count + 1 } + 4096)
        var first = true
        for chunk in 0..<texts.count where !texts[chunk].isEmpty {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(contentsOf: texts[chunk])
        }
    }

    private mutating func newline(_ depth: Int) {
        guard indented else { return }
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<(depth * 2) { out.append(UInt8(ascii: " ")) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `text` quoted, escaping what JSON requires (quote, backslash, control characters) and nothing else.
    mutating func writeString(_ text: String) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                runStart = index + 1
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default:
                    out.append(contentsOf: "u00".utf8)
                    out.append(Self.hexDigits[Int(byte >> 4)])
                    out.append(Self.hexDigits[Int(byte & 0x0F)])
                }
            }
            if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}

// MARK: - Long arrays on every core

enum ConcurrentJSON {
    /// Below this many elements an array is encoded on the calling thread.
    static let minimumCount = 4096

    /// `count` indices cut into one contiguous range per core (at least 1,024 elements each).
    static func chunks(_ count: Int) -> [Range<Int>] {
        let pieces = max(1, min(System.coreCount * 4, count / 1024))
        let size = (count + pieces - 1) / pieces
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }
}

/// A value that can be encoded on one thread while others encode its neighbours: long arrays of
/// such values (a report's findings, SARIF results) are encoded on every core.
public protocol ConcurrentlyEncodableElement: Encodable, Sendable {}

/// An array whose elements can be encoded on several threads at once.
protocol ConcurrentlyEncodable {
    var count: Int { get }
    func concurrentTree(encoder: JSONTreeEncoder, key: (any CodingKey)?) throws -> JSONTree
}

extension Array: ConcurrentlyEncodable where Element: ConcurrentlyEncodableElement {
    func concurrentTree(encoder: JSONTreeEncoder, key: (any CodingKey)?) throws -> JSONTree {
        let chunks = ConcurrentJSON.chunks(count)
        let results = UnsafeSlots<Result<[JSONTree], any Error>>(count: chunks.count, initial: .success([]))
        let parent = UncheckedBox(JSONTreeEncoder(formatDate: encoder.formatDate, parent: encoder, key: key))
        DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
            results[chunk] = Result {
                try chunks[chunk].map { index in try parent.value.tree(for: self[index], key: IndexKey(intValue: index)) }
            }
        }
        let trees = UnsafeSlots<[JSONTree]>(count: chunks.count, initial: [])
        for chunk in chunks.indices { trees[chunk] = try results[chunk].get() }
        return .chunkedArray(trees)
    }
}

/// A value handed to worker threads that only read it (or write disjoint slots) until they are joined.
final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// One result slot per concurrent iteration; each iteration writes only its own slot.
final class UnsafeSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value>

    var count: Int { slots.count }

    init(count: Int, initial: Value) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: initial)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(index: Int) -> Value {
        get { slots[index] }
        set { slots[index] = newValue }
    }
}
