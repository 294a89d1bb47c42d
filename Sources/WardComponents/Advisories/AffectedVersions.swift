import Foundation

/// What one advisory says about one package, reduced to what version matching needs: its ranges
/// and its explicit `versions` list. Stored in the database in a compact line format so that
/// matching never has to decode an advisory's JSON.
public struct AffectedVersions: Sendable, Hashable {
    /// A range with its kind (`SEMVER`, `ECOSYSTEM`, `GIT`) and events in their written order.
    public struct Range: Sendable, Hashable {
        public var type: String
        public var events: [OSVEvent]

        public init(type: String, events: [OSVEvent]) {
            self.type = type
            self.events = events
        }
    }

    public var ranges: [Range]
    public var versions: [String]

    public init(ranges: [Range], versions: [String] = []) {
        self.ranges = ranges
        self.versions = versions
    }

    public init(_ affected: OSVAdvisory.Affected) {
        ranges = (affected.ranges ?? []).map { Range(type: $0.type.uppercased(), events: $0.events) }
        versions = affected.versions ?? []
    }

    /// Every `fixed` version named by a range Ward can evaluate.
    public var fixedVersions: [String] {
        ranges.filter { $0.type != "GIT" }.flatMap { range in
            range.events.compactMap { if case let .fixed(version) = $0 { version } else { nil } }
        }
    }

    // MARK: - Compact form

    /// One line per item: `R TYPE` opens a range, `i`/`f`/`l`/`x` add introduced/fixed/last_affected/limit,
    /// `v` adds an explicit version. Version strings never contain a newline in OSV data; one that does is cut.
    public var encoded: String {
        var lines: [String] = []
        for range in ranges {
            lines.append("R " + range.type)
            for event in range.events {
                switch event {
                case let .introduced(version): lines.append("i " + Self.line(version))
                case let .fixed(version): lines.append("f " + Self.line(version))
                case let .lastAffected(version): lines.append("l " + Self.line(version))
                case let .limit(version): lines.append("x " + Self.line(version))
                }
            }
        }
        lines += versions.map { "v " + Self.line($0) }
        return lines.joined(separator: "\n")
    }

    private static func line(_ text: String) -> String {
        text.firstIndex(where: \.isNewline).map { String(text[..<$0]) } ?? text
    }

    /// Decodes the compact form; unknown lines are skipped so that an older Ward can read a newer database.
    public init(encoded: String) {
        var ranges: [Range] = []
        var versions: [String] = []
        for line in encoded.split(separator: "\n") where line.count >= 2 {
            let value = String(line.dropFirst(2))
            switch line.first {
            case "R": ranges.append(Range(type: value, events: []))
            case "i": ranges.appendEvent(.introduced(value))
            case "f": ranges.appendEvent(.fixed(value))
            case "l": ranges.appendEvent(.lastAffected(value))
            case "x": ranges.appendEvent(.limit(value))
            case "v": versions.append(value)
            default: break
            }
        }
        self.init(ranges: ranges, versions: versions)
    }
}

private extension Array where Element == AffectedVersions.Range {
    mutating func appendEvent(_ event: OSVEvent) {
        guard !isEmpty else { return }
        self[count - 1].events.append(event)
    }
}
