import Dispatch

extension Array where Element: Sendable {
    /// `map`, with the elements transformed in chunks on every core; the order is kept. For CPU-bound
    /// work: arrays shorter than two chunks of `minimumChunk` elements are mapped on the calling thread.
    public func concurrentMap<Result: Sendable, Failure: Error>(
        minimumChunk: Int = 1024, _ transform: @Sendable (Element) throws(Failure) -> Result
    ) throws(Failure) -> [Result] {
        guard count >= 2 * minimumChunk, System.coreCount > 1 else { return try map(transform) }
        return try concurrentChunks(minimumChunk: minimumChunk, transform).flatMap { $0 }
    }

    /// The transformed elements in the contiguous chunks they were computed in (one range of at least
    /// `minimumChunk` elements per iteration, up to four per core). Results need not be `Sendable`:
    /// each is made on one thread and handed back only after every thread has finished.
    func concurrentChunks<Result, Failure: Error>(
        minimumChunk: Int, _ transform: @Sendable (Element) throws(Failure) -> Result
    ) throws(Failure) -> [[Result]] {
        let pieces = Swift.max(1, Swift.min(System.coreCount * 4, count / Swift.max(1, minimumChunk)))
        let size = Swift.max(1, (count + pieces - 1) / pieces)
        let ranges = stride(from: 0, to: count, by: size).map { $0..<Swift.min($0 + size, count) }
        let slots = UnsafeSlots<Swift.Result<[Result], Failure>>(count: ranges.count, initial: .success([]))
        DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
            do throws(Failure) {
                var mapped: [Result] = []
                mapped.reserveCapacity(ranges[chunk].count)
                for index in ranges[chunk] { mapped.append(try transform(self[index])) }
                slots[chunk] = .success(mapped)
            } catch {
                slots[chunk] = .failure(error)
            }
        }
        var chunks: [[Result]] = []
        for chunk in ranges.indices { chunks.append(try slots[chunk].get()) }
        return chunks
    }
}
