import Dispatch

extension Array where Element: Sendable {
    /// `map`, with the elements transformed in chunks on every core; the order is kept. For CPU-bound
    /// work over thousands of elements (encoding an import's findings); small arrays are mapped in place.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) throws -> Result) throws -> [Result] {
        guard count >= 2048, System.coreCount > 1 else { return try map(transform) }
        let chunks = ConcurrentJSON.chunks(count)
        let results = UnsafeSlots<Swift.Result<[Result], any Error>>(count: chunks.count, initial: .success([]))
        DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
            results[chunk] = Swift.Result { try self[chunks[chunk]].map(transform) }
        }
        var mapped: [Result] = []
        mapped.reserveCapacity(count)
        for chunk in chunks.indices { mapped += try results[chunk].get() }
        return mapped
    }
}
