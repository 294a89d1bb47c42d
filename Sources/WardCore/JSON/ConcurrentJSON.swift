import Foundation

enum ConcurrentJSON {
    /// Below this many elements an array is encoded on the calling thread.
    static let minimumCount = 4096
    /// The fewest elements one thread encodes or writes at a time.
    static let minimumChunk = 1024
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
        let parent = UncheckedBox(JSONTreeEncoder(formatDate: encoder.formatDate, parent: encoder, key: key))
        let indexed = Array<Int>(indices)
        let chunks = try indexed.concurrentChunks(minimumChunk: ConcurrentJSON.minimumChunk) { index in
            try parent.value.tree(for: self[index], key: IndexKey(intValue: index))
        }
        let trees = UnsafeSlots<[JSONTree]>(count: chunks.count, initial: [])
        for (index, chunk) in chunks.enumerated() { trees[index] = chunk }
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
