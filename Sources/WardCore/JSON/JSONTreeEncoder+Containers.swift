import Foundation

// The containers `JSONTreeEncoder` hands to `encode(to:)`: each writes into the box of its value.

/// The index of an array element in a coding path.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { return nil }
}

struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
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

struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
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

struct JSONSingleValueContainer: SingleValueEncodingContainer {
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
final class DeferredEncoder: Encoder {
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
