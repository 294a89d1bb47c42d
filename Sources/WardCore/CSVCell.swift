/// One RFC 4180 CSV cell that a spreadsheet cannot run as a formula: text starting with `=`, `+`,
/// `-`, `@`, tab or CR gets a leading `'`; text with a comma, quote or line break is quoted.
/// Every CSV Ward writes (reports, requirement exports, heatmaps, analytics) goes through it.
public enum CSVCell {
    public static func escape(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A row of cells ending in CRLF.
    public static func row(_ cells: [String]) -> String { cells.map(escape).joined(separator: ",") + "\r\n" }
}
