/// Derives a rule's prefilter keywords from a regex: a set of literals, one of which every match
/// must contain. Conservative: when unsure (classes, optional parts, extended mode) it gives fewer
/// literals or none, never a literal a match could lack.
enum RequiredLiterals {
    /// Lowercased literals, one of which every match contains; nil when none can be derived.
    static func of(_ pattern: String) -> [String]? {
        let bytes = Array(pattern.utf8)
        if pattern.contains("(?x") { return nil }
        var reader = Reader(bytes: bytes)
        guard let literals = reader.alternation(depth: 0), !literals.isEmpty, literals.allSatisfy({ !$0.isEmpty }) else { return nil }
        return Array(Set(literals.map { $0.lowercased() })).sorted()
    }

    /// The better of two literal sets for a prefilter: the one whose shortest literal is longest.
    static func better(_ a: [String]?, _ b: [String]?) -> [String]? {
        guard let a else { return b }
        guard let b else { return a }
        return score(b) > score(a) ? b : a
    }

    static func score(_ literals: [String]) -> Int { literals.map(\.utf8.count).min() ?? 0 }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        /// Parses branches up to `)` or the end; nil when some branch has no required literal.
        mutating func alternation(depth: Int) -> [String]? {
            guard depth < 32 else { return nil }
            var branches = [branch(depth: depth)]
            while index < bytes.count, bytes[index] == UInt8(ascii: "|") {
                index += 1
                branches.append(branch(depth: depth))
            }
            var union: [String] = []
            for branch in branches {
                guard let branch else { return nil }
                union.append(contentsOf: branch)
            }
            return union
        }

        private enum Atom {
            case literal(UInt8)
            case other
            case group([String]?)
            case nothing
        }

        mutating func branch(depth: Int) -> [String]? {
            var best: [String]?
            var run: [UInt8] = []
            func flush() {
                if !run.isEmpty { best = RequiredLiterals.better(best, [String(decoding: run, as: UTF8.self)]) }
                run = []
            }
            while index < bytes.count, bytes[index] != UInt8(ascii: "|"), bytes[index] != UInt8(ascii: ")") {
                let atom = nextAtom(depth: depth)
                let (optional, quantified) = quantifier()
                switch atom {
                case .nothing:
                    continue
                case .literal(let byte):
                    if optional {
                        flush()
                    } else if quantified {
                        run.append(byte)
                        flush()
                    } else {
                        run.append(byte)
                    }
                case .other:
                    flush()
                case .group(let inner):
                    flush()
                    if !optional, let inner { best = RequiredLiterals.better(best, inner) }
                }
            }
            flush()
            return best
        }

        private mutating func nextAtom(depth: Int) -> Atom {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else {
                    index += 1
                    return .other
                }
                let next = bytes[index + 1]
                index += 2
                if isAlphanumeric(next) {
                    skipEscapeArgument(after: next)
                    return .other
                }
                return next == 0x20 ? .other : .literal(next)
            case UInt8(ascii: "["):
                skipClass()
                return .other
            case UInt8(ascii: "("):
                return group(depth: depth)
            case UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "$"), 0x20, 0x09, 0x0A:
                index += 1
                return .other
            default:
                index += 1
                return .literal(byte)
            }
        }

        private mutating func group(depth: Int) -> Atom {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "?") {
                let kind = peek(1), after = peek(2)
                if kind == UInt8(ascii: ":") || kind == UInt8(ascii: ">") || kind == UInt8(ascii: "|") {
                    index += 2
                } else if (kind == UInt8(ascii: "P") && after == UInt8(ascii: "<"))
                    || (kind == UInt8(ascii: "<") && after != UInt8(ascii: "=") && after != UInt8(ascii: "!")) {
                    while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                    index += 1
                } else if kind == UInt8(ascii: "'") {
                    index += 2
                    while index < bytes.count, bytes[index] != UInt8(ascii: "'") { index += 1 }
                    index += 1
                } else {
                    // Inline options `(?i)` change nothing here; `(?i:…)` is a group; lookarounds,
                    // comments and back references are zero-width or unknown: never required literals.
                    var scan = index + 1
                    while scan < bytes.count, isAlphanumeric(bytes[scan]) || bytes[scan] == UInt8(ascii: "-") { scan += 1 }
                    if scan < bytes.count, bytes[scan] == UInt8(ascii: ")"), scan > index + 1 {
                        index = scan + 1
                        return .nothing
                    }
                    guard scan < bytes.count, bytes[scan] == UInt8(ascii: ":"), scan > index + 1 else {
                        skipGroupBody()
                        return .other
                    }
                    index = scan + 1
                }
            }
            let inner = alternation(depth: depth + 1)
            if index < bytes.count, bytes[index] == UInt8(ascii: ")") { index += 1 }
            return .group(inner)
        }

        /// Skips to just past the `)` closing the group whose body starts at `index`.
        private mutating func skipGroupBody() {
            var depth = 1
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\\"): index += 1
                case UInt8(ascii: "["):
                    skipClass()
                    continue
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"):
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        return
                    }
                default: break
                }
                index += 1
            }
        }

        private mutating func skipClass() {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "^") { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1 }
            while index < bytes.count, bytes[index] != UInt8(ascii: "]") {
                if bytes[index] == UInt8(ascii: "\\") { index += 1 }
                index += 1
            }
            index += 1
        }

        /// Reads a quantifier after an atom: whether it makes the atom optional, and whether there was one.
        private mutating func quantifier() -> (optional: Bool, quantified: Bool) {
            guard index < bytes.count else { return (false, false) }
            var optional = false
            switch bytes[index] {
            case UInt8(ascii: "?"), UInt8(ascii: "*"):
                optional = true
                index += 1
            case UInt8(ascii: "+"):
                index += 1
            case UInt8(ascii: "{"):
                var scan = index + 1
                guard scan < bytes.count, isDigit(bytes[scan]) else { return (false, false) }
                optional = bytes[scan] == UInt8(ascii: "0")
                while scan < bytes.count, bytes[scan] != UInt8(ascii: "}") { scan += 1 }
                index = scan + 1
            default:
                return (false, false)
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "?") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            return (optional, true)
        }

        /// Skips what follows an escape letter: `\x41`, `\x{41}`, `\p{L}`, `\k<name>`, `\cA`, `\012`, `\g{-1}`.
        private mutating func skipEscapeArgument(after letter: UInt8) {
            guard index < bytes.count else { return }
            let open = bytes[index]
            if open == UInt8(ascii: "{") || (open == UInt8(ascii: "<") && letter == UInt8(ascii: "k")) {
                let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ">")
                while index < bytes.count, bytes[index] != close { index += 1 }
                index += 1
                return
            }
            switch letter {
            case UInt8(ascii: "x"):
                var taken = 0
                while taken < 2, index < bytes.count, isHexDigit(bytes[index]) {
                    index += 1
                    taken += 1
                }
            case UInt8(ascii: "c"):
                index += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            default:
                break
            }
        }

        private func isHexDigit(_ byte: UInt8) -> Bool {
            isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
        }

        private func peek(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }

        private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        private func isAlphanumeric(_ byte: UInt8) -> Bool {
            isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        }
    }
}
