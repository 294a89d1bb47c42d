import WardCore

/// License text reduced to what identifies a license: lowercase words, no punctuation, no copyright
/// lines (they name the author, not the license), British spelling folded into American.
enum LicenseText {
    static func normalise(_ text: String) -> [Substring] {
        var kept = ""
        kept.reserveCapacity(text.utf8.count)
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let lower = line.trimmed.lowercased()
            if isNotice(lower) { continue }
            kept += lower
            kept += " "
        }
        var cleaned = ""
        cleaned.reserveCapacity(kept.utf8.count)
        for scalar in kept.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                cleaned.unicodeScalars.append(scalar)
            } else {
                cleaned.unicodeScalars.append(" ")
            }
        }
        return cleaned.split(separator: " ").map { $0 == "licence" ? "license" : $0 }
    }

    /// A copyright notice (`Copyright (c) 2015 Jane Doe`) rather than a wrapped line of license
    /// text that happens to start with the word (`copyright notice and this permission notice ...`).
    static func isNotice(_ line: String) -> Bool {
        if line.hasPrefix("(c)") || line.hasPrefix("©") || line.hasPrefix("all rights reserved") { return true }
        guard line.hasPrefix("copyright") else { return false }
        let rest = line.dropFirst("copyright".count).trimmed
        guard let first = rest.first else { return true }
        return first == "(" || first == "©" || first.isNumber || line.contains(where: { $0.isNumber })
    }

    /// Consecutive word triples, the unit texts are compared in.
    static func shingles(_ words: [Substring]) -> Set<String> {
        guard words.count >= 3 else { return words.isEmpty ? [] : [words.joined(separator: " ")] }
        var result = Set<String>()
        result.reserveCapacity(words.count)
        for index in 0..<(words.count - 2) {
            result.insert(words[index] + " " + words[index + 1] + " " + words[index + 2])
        }
        return result
    }
}
