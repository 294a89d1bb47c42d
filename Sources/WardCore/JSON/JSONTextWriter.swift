import Foundation

/// Writes a `JSONTree` as text: keys in byte order, compact or one member per line.
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
        let size = max(ConcurrentJSON.minimumChunk, (items.count + System.coreCount * 4 - 1) / (System.coreCount * 4))
        let ranges = stride(from: 0, to: items.count, by: size).map { $0..<min($0 + size, items.count) }
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
