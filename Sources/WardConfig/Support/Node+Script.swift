import Yams

extension Node {
    /// The file line of each line of a script scalar (`run: |`, `script:` items), found by searching
    /// forward from the scalar's mark, so block scalars and folded lines map back to their source.
    func scriptLines(in issues: IssueCollector) -> [(line: Int, text: String)] {
        guard let text = string, let start = mark?.line else { return [] }
        var result: [(Int, String)] = []
        var cursor = start
        for scriptLine in text.split(separator: "\n") {
            let trimmed = String(scriptLine).trimming(" \t")
            guard !trimmed.isEmpty else { continue }
            guard let found = issues.line(containing: trimmed, from: cursor, limit: 200) else { continue }
            result.append((found, trimmed))
            cursor = found + 1
        }
        return result
    }
}
