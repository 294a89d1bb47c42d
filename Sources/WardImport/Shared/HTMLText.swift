/// Turns the HTML fragments DAST tools put in descriptions (`<p>…</p>`, `<b>`, entities) into plain text.
enum HTMLText {
    /// Tags removed, block tags turned into line breaks, entities decoded, blank runs collapsed.
    static func plain(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.count)
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            // A tag starts with a letter, `/` or `!` and ends within a bounded distance, so that a
            // stray `<` neither swallows the text after it nor makes hostile input quadratic.
            if character == "<", let next = html[html.index(after: index)...].first, next.isLetter || next == "/" || next == "!",
                let close = html[index...].prefix(2048).firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close].lowercased().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
                if ["p", "br", "li", "ul", "ol", "div", "tr", "h1", "h2", "h3", "h4", "pre"].contains(String(tag)) { out.append("\n") }
                index = html.index(after: close)
            } else if character == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";"),
                let decoded = entity(html[html.index(after: index)..<semicolon]) {
                out.append(decoded)
                index = html.index(after: semicolon)
            } else {
                out.append(character)
                index = html.index(after: index)
            }
        }
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        }
        var kept: [String] = []
        for line in lines where !(line.isEmpty && (kept.last?.isEmpty ?? true)) { kept.append(line) }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return kept.joined(separator: "\n")
    }

    private static func entity(_ name: Substring) -> String? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let code = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
