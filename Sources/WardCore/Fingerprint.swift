/// A finding's stable identity: SHA-256 over rule id, path and the normalised matched content.
///
/// Line numbers are deliberately left out so that the same finding keeps its fingerprint when code
/// above it moves. Whitespace is collapsed so re-indentation does not change it either.
public enum Fingerprint {
    public static func make(ruleId: String, path: String, content: String, occurrence: Int = 0) -> String {
        var input = ruleId + "\u{0}" + path + "\u{0}" + normalise(content)
        if occurrence > 0 { input += "\u{0}\(occurrence)" }
        return SHA256Hex.digest(of: input)
    }

    /// Trims and collapses runs of whitespace to one space.
    public static func normalise(_ content: String) -> String {
        var out = ""
        out.reserveCapacity(content.utf8.count)
        var pendingSpace = false
        for scalar in content.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
