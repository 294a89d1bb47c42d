/// Inline suppression: `ward:ignore` on the finding's line or the line above silences every rule
/// there; `ward:ignore rule-a, rule-b` silences only those rules.
public enum Suppression {
    public static let marker = "ward:ignore"

    /// The rule ids named after the marker on `line`; an empty set means "all rules";
    /// `nil` means the line carries no marker.
    public static func suppressedRules(onLine line: String) -> Set<String>? {
        guard let range = line.range(of: marker) else { return nil }
        var ids = Set<String>()
        let rest = line[range.upperBound...]
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
            let text = file.text(ofLine: candidate)
            guard text.contains(marker), let rules = suppressedRules(onLine: text) else { continue }
            if rules.isEmpty || rules.contains(finding.ruleId) { return true }
        }
        return false
    }
}
