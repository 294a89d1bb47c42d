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
