/// Inline suppression: `ward:ignore` on the finding's line or the line above silences every rule
/// there; `ward:ignore rule-a, rule-b` silences only those rules.
public enum Suppression {
    public static let marker = "ward:ignore"

    /// The rule ids named after the marker on `line`; an empty set means "all rules";
    /// `nil` means the line carries no marker.
    public static func suppressedRules(onLine line: String) -> Set<String>? {
        let found: Int? = Array(line.utf8).withUnsafeBytes { markerOffset(in: $0) }
        guard let found else { return nil }
        var ids = Set<String>()
        let rest = Substring(line.utf8.dropFirst(found + markerBytes.count))
        guard rest.first.map({ $0 == " " || $0 == ":" || $0 == "\t" }) ?? true else {
            return rest.first == "[" ? bracketed(rest) : []
        }
        for token in rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == ":" }) {
            let id = String(token)
            guard RuleDescription.isValidIdentifier(id), id.contains("-") else { break }
            ids.insert(id)
        }
        return ids
    }

    private static func bracketed(_ rest: Substring) -> Set<String> {
        guard let close = rest.firstIndex(of: "]") else { return [] }
        let inside = rest[rest.index(after: rest.startIndex)..<close]
        return Set(inside.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init))
    }

    /// Whether `finding` is silenced by a marker on its line or the line above in `file`.
    public static func isSuppressed(_ finding: Finding, startingAtLocalLine line: Int, in file: SourceFile) -> Bool {
        for candidate in [line, line - 1] where candidate >= 1 {
            // Search the bytes first: most lines carry no marker, and decoding long lines is costly.
            let range = file.lines.range(ofLine: candidate)
            guard let offset = markerOffset(in: UnsafeRawBufferPointer(rebasing: file.bytes[range])) else { continue }
            let rest = file.string(range.lowerBound + offset..<range.upperBound)
            guard let rules = suppressedRules(onLine: String(rest.prefix(400))) else { continue }
            if rules.isEmpty || rules.contains(finding.ruleId) { return true }
        }
        return false
    }

    private static let markerBytes = Array(marker.utf8)

    static func markerOffset(in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress, bytes.count >= markerBytes.count else { return nil }
        let first = Int32(markerBytes[0])
        var offset = 0
        while offset + markerBytes.count <= bytes.count {
            guard let hit = memchr(base + offset, first, bytes.count - offset - markerBytes.count + 1) else { return nil }
            let position = UnsafeRawPointer(hit) - base
            if memcmp(base + position, markerBytes, markerBytes.count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
