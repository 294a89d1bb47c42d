import Foundation
import WardCore

/// Locale-independent text for dates, durations and sizes, so reports are the same on every machine.
enum Formatting {
    /// `2024-05-01T12:00:00Z`: ISO 8601 in UTC, whole seconds (fractions are dropped, not rounded).
    static func iso8601(_ date: Date) -> String { UTCTimestamp.iso8601(date) }

    /// `2024-05-01T12:00:00`: UTC without a zone designator, as GitLab and the JUnit schema want it.
    static func plainUTC(_ date: Date) -> String { UTCTimestamp.plain(date) }

    /// `value` with exactly `places` decimals, rounded half away from zero.
    static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && scaled > 0 ? "-" : ""
        guard places > 0 else { return sign + String(scaled) }
        return sign + String(scaled / scale) + "." + pad(scaled % scale, places)
    }

    /// A byte count in decimal units: `512 B`, `34.6 kB`, `1.2 MB`.
    static func bytes(_ count: Int) -> String {
        let units = ["kB", "MB", "GB", "TB"]
        guard count >= 1000 else { return "\(count) B" }
        var value = Double(count) / 1000
        var unit = 0
        while value >= 999.95, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return fixed(value, places: 1) + " " + units[unit]
    }

    /// `count` followed by `noun`, made plural with an `s` when needed.
    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    private static func pad(_ value: Int, _ width: Int) -> String { UTCTimestamp.pad(value, width) }
}

/// The JSON writer shared by the JSON-based formats: sorted keys, two-space indentation, `"key": value`,
/// `[]`/`{}` when empty, `/` left unescaped, dates as `Formatting.iso8601`, and a final newline.
///
/// The layout is Ward's own (`SortedJSONEncoder`), so output does not depend on the pretty-printing of
/// a particular Foundation version.
enum JSONOutput {
    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        var text = try SortedJSONEncoder(layout: .indented, formatDate: Formatting.iso8601).encode(value)
        text.append(UInt8(ascii: "\n"))
        return text
    }
}

extension Formatting {
    /// `text` with control characters (except tab) and bidirectional overrides written as visible
    /// escapes such as `\x1b` and `<U+202E>`, so a scanned file cannot drive the terminal or reorder
    /// what the reader sees ("Trojan Source").
    static func visibleControls(_ text: String, keepingLineBreaks: Bool = false) -> String {
        let escaped = { (scalar: Unicode.Scalar) in
            needsEscape(scalar) && !(keepingLineBreaks && (scalar == "\n" || scalar == "\r"))
        }
        guard text.unicodeScalars.contains(where: escaped) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if !escaped(scalar) {
                out.unicodeScalars.append(scalar)
            } else if scalar.value < 0x100 {
                let hex = String(scalar.value, radix: 16)
                out += "\\x" + (hex.count < 2 ? "0" : "") + hex
            } else {
                out += "<U+" + String(scalar.value, radix: 16, uppercase: true) + ">"
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
