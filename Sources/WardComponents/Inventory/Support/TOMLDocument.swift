import WardCore

/// A TOML value from the subset lockfiles use, with the line it starts on.
indirect enum TOMLValue: Sendable {
    case string(String)
    /// Integers, floats, booleans and dates, kept as written.
    case scalar(String)
    case array([TOMLValue])
    case table([TOMLEntry])

    var string: String? {
        switch self {
        case .string(let text), .scalar(let text): text
        default: nil
        }
    }

    var array: [TOMLValue] {
        if case .array(let values) = self { return values }
        return []
    }

    var entries: [TOMLEntry] {
        if case .table(let entries) = self { return entries }
        return []
    }

    /// The value under a (possibly dotted) key of an inline table.
    subscript(key: String...) -> TOMLValue? { entries.value(at: key) }
}

/// One `key = value` line; dotted keys keep their parts.
struct TOMLEntry: Sendable {
    var key: [String]
    var value: TOMLValue
    var line: Int
}

extension [TOMLEntry] {
    /// The value at a dotted key path, looking through inline tables and dotted keys alike.
    func value(at path: [String]) -> TOMLValue? {
        for entry in self {
            if entry.key == path { return entry.value }
            if path.starts(with: entry.key), case .table(let inner) = entry.value {
                if let found = inner.value(at: [String](path.dropFirst(entry.key.count))) { return found }
            }
        }
        return nil
    }

    func string(_ key: String...) -> String? { value(at: key)?.string }

    func line(of key: String) -> Int? { first { $0.key == [key] }?.line }
}

/// A `[table]` or `[[array-of-tables]]` section with its entries, in file order.
struct TOMLTable: Sendable {
    var header: [String]
    var isArrayElement: Bool
    var line: Int
    var entries: [TOMLEntry]

    subscript(key: String...) -> TOMLValue? { entries.value(at: key) }
}

/// A tolerant reader for the TOML that lockfiles use: tables, arrays of tables, strings, inline
/// tables, arrays and scalars. Sections stay in file order so `[package.x]` can be tied to the
/// `[[package]]` before it.
struct TOMLDocument: Sendable {
    /// The root table (empty header) first, then every section as written.
    var tables: [TOMLTable]

    /// Sections whose header is exactly `header`.
    func tables(_ header: String...) -> [TOMLTable] { tables.filter { $0.header == header } }

    /// Each `[[name]]` element with the `[name.sub]` sections that follow it, for per-package subtables.
    func arrayElements(_ name: String) -> [(element: TOMLTable, subtables: [TOMLTable])] {
        var result: [(element: TOMLTable, subtables: [TOMLTable])] = []
        for table in tables {
            if table.header == [name], table.isArrayElement {
                result.append((table, []))
            } else if table.header.count > 1, table.header[0] == name, !result.isEmpty {
                result[result.count - 1].subtables.append(table)
            }
        }
        return result
    }

    static func parse(_ bytes: [UInt8], path: String) throws(InputError) -> TOMLDocument {
        var reader = TOMLReader(bytes: bytes, path: path)
        return try reader.document()
    }
}
