/// How a license string goes into an SBOM: a known SPDX id, an SPDX expression, or a free-text name.
enum SBOMLicense: Equatable {
    case id(String)
    case expression(String)
    case name(String)

    init(_ text: String) {
        let trimmed = String(text.trimmed)
        if SPDXLicenseList.contains(trimmed) {
            self = .id(SPDXLicenseList.canonical(trimmed))
        } else if Self.isExpression(trimmed) {
            self = .expression(trimmed)
        } else {
            self = .name(trimmed)
        }
    }

    /// An expression joins known ids (or LicenseRefs) with AND / OR / WITH and parentheses.
    static func isExpression(_ text: String) -> Bool {
        let words = text.replacingParentheses().split(separator: " ")
        guard words.count >= 3 else { return false }
        var sawOperator = false
        for word in words {
            if word == "AND" || word == "OR" || word == "WITH" || word == "and" || word == "or" {
                sawOperator = true
            } else if !SPDXLicenseList.contains(String(word)) && !word.hasPrefix("LicenseRef-") && !word.hasSuffix("-exception") && !word.contains("exception") {
                return false
            }
        }
        return sawOperator
    }
}

extension String {
    func replacingParentheses() -> String { String(map { $0 == "(" || $0 == ")" ? " " : $0 }) }
}
