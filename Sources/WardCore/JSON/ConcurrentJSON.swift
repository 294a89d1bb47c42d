import Foundation

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
