import WardCore

/// PyPI name rules (PEP 503): case-insensitive, and runs of `-`, `_` and `.` are the same.
enum PythonName {
    static func normalise<S: StringProtocol>(_ name: S) -> String {
        var out = ""
        var lastWasSeparator = false
        for character in name.lowercased() {
            if character == "-" || character == "_" || character == "." {
                if !lastWasSeparator { out.append("-") }
                lastWasSeparator = true
            } else {
                out.append(character)
                lastWasSeparator = false
            }
        }
        return out
    }

    /// Scope from a file name: `requirements-dev.txt` is for development, `test-requirements.txt` for tests.
    static func scope(ofFile path: String) -> ComponentScope {
        let name = (path.split(separator: "/").last ?? "").lowercased()
        if name.contains("test") { return .test }
        if name.contains("dev") || name.contains("lint") || name.contains("doc") { return .development }
        return .runtime
    }
}
