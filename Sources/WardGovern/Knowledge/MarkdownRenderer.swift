import Foundation

/// Renders the small, safe subset of Markdown that organisation articles use: headings, paragraphs,
/// flat lists, fenced code blocks, inline code, emphasis and links. Everything else is text: every
/// character from the source is HTML-escaped, and a link keeps its `href` only when it is http(s) or
/// relative, so an article can never inject markup or script into a page.
public struct MarkdownRenderer: Sendable {
    /// Added to every heading level (`#` becomes `<h2>` with 1).
    public var headingOffset: Int
    /// The highest heading level written: with 2, `#` and `##` both become `<h2>` under the page's own `<h1>`.
    public var minimumLevel: Int

    public init(headingOffset: Int = 0, minimumLevel: Int = 1) {
        self.headingOffset = headingOffset
        self.minimumLevel = minimumLevel
    }

    public func render(_ markdown: String) -> String {
        var out = ""
        var paragraph: [Substring] = []
        var list: (ordered: Bool, items: [String])?
        var fence: (marker: String, lines: [Substring])?

        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            out += "<p>" + Self.inline(paragraph.map { $0.trimmingSpaces }.joined(separator: " ")[...]) + "</p>\n"
            paragraph = []
        }
        func flushList() {
            guard let current = list else { return }
            let tag = current.ordered ? "ol" : "ul"
            out += "<\(tag)>" + current.items.map { "<li>" + Self.inline($0[...]) + "</li>" }.joined() + "</\(tag)>\n"
            list = nil
        }

        let lines = markdown.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            if let open = fence {
                if line.trimmingSpaces.hasPrefix(open.marker) && line.trimmingSpaces.allSatisfy({ $0 == open.marker.first }) {
                    out += "<pre><code>" + ReportText.html(open.lines.joined(separator: "\n")) + "</code></pre>\n"
                    fence = nil
                } else {
                    fence?.lines.append(line)
                }
                continue
            }
            let trimmed = line.trimmingSpaces
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flushParagraph()
                flushList()
                fence = (String(trimmed.prefix(3)), [])
                continue
            }
            if trimmed.isEmpty {
                flushParagraph()
                flushList()
                continue
            }
            if let (level, text) = Self.heading(trimmed) {
                flushParagraph()
                flushList()
                let tag = "h\(min(6, max(minimumLevel, level + max(0, headingOffset))))"
                out += "<\(tag)>" + Self.inline(text) + "</\(tag)>\n"
                continue
            }
            if let (ordered, text) = Self.listItem(trimmed) {
                flushParagraph()
                if let current = list, current.ordered != ordered { flushList() }
                if list == nil { list = (ordered, []) }
                list?.items.append(String(text))
                continue
            }
            if list != nil, line.first == " " || line.first == "\t" {
                // An indented line continues the last item.
                list!.items[list!.items.count - 1] += " " + trimmed
                continue
            }
            flushList()
            paragraph.append(line)
        }
        if var open = fence {
            // A fence left open runs to the end of the article, less its trailing blank lines.
            while open.lines.last?.trimmingSpaces.isEmpty == true { open.lines.removeLast() }
            out += "<pre><code>" + ReportText.html(open.lines.joined(separator: "\n")) + "</code></pre>\n"
        }
        flushParagraph()
        flushList()
        return out
    }

    /// `## Title` → (2, "Title"); nil when the line is not an ATX heading.
    static func heading(_ line: Substring) -> (Int, Substring)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingSpaces
        while text.last == "#" { text = text.dropLast() }
        return (hashes, text.trimmingSpaces)
    }

    /// `- item`, `* item`, `+ item` or `3. item` → (ordered, "item").
    static func listItem(_ line: Substring) -> (Bool, Substring)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return (false, line.dropFirst(2).trimmingSpaces)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.first == "." || rest.first == ")", rest.dropFirst().first == " " else { return nil }
        return (true, rest.dropFirst(2).trimmingSpaces)
    }

    // MARK: - Inline

    /// Code spans, `**strong**`, `*em*` / `_em_`, `[text](url)` and backslash escapes; the rest escaped.
    static func inline(_ text: Substring) -> String {
        var out = ""
        var finder = Finder(text: text)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            switch character {
            case "\\" where next < text.endIndex && "\\`*_[]()#+-.!<>".contains(text[next]):
                out += ReportText.html(String(text[next]))
                index = text.index(after: next)
                continue
            case "`":
                let ticks = text[index...].prefix { $0 == "`" }
                let contentStart = ticks.endIndex
                if let close = finder.first(String(ticks), from: contentStart) {
                    out += "<code>" + ReportText.html(String(text[contentStart..<close.lowerBound])) + "</code>"
                    index = close.upperBound
                    continue
                }
                out += ReportText.html(String(ticks))
                index = ticks.endIndex
                continue
            case "*", "_":
                let previous = index > text.startIndex ? text[text.index(before: index)] : " "
                if character == "_" && (previous.isLetter || previous.isNumber) { break }
                let double = next < text.endIndex && text[next] == character
                let marker = String(repeating: character, count: double ? 2 : 1)
                let start = text.index(index, offsetBy: marker.count)
                if start < text.endIndex, text[start] != " ", let close = finder.first(marker, from: start), close.lowerBound > start,
                    text[text.index(before: close.lowerBound)] != " " {
                    let tag = double ? "strong" : "em"
                    out += "<\(tag)>" + inline(text[start..<close.lowerBound]) + "</\(tag)>"
                    index = close.upperBound
                    continue
                }
            case "[":
                if let link = Self.link(in: text, at: index, finder: &finder) {
                    let label = inline(link.label)
                    if let url = Self.safeURL(link.url) {
                        out += "<a href=\"" + ReportText.html(url) + "\" rel=\"noopener noreferrer\">" + label + "</a>"
                    } else {
                        out += label
                    }
                    index = link.end
                    continue
                }
            default:
                break
            }
            out += ReportText.html(String(character))
            index = next
        }
        return out
    }

    /// `[label](url)` starting at `start`: the label, the URL and where the link ends.
    static func link(in text: Substring, at start: Substring.Index, finder: inout Finder) -> (label: Substring, url: String, end: Substring.Index)? {
        let labelStart = text.index(after: start)
        guard let labelEnd = finder.first("]", from: labelStart)?.lowerBound else { return nil }
        let open = text.index(after: labelEnd)
        guard open < text.endIndex, text[open] == "(" else { return nil }
        let urlStart = text.index(after: open)
        // Parentheses inside the URL must balance, as in `https://en.wikipedia.org/wiki/Swift_(language)`;
        // a longer "URL" is not one, which keeps a paragraph of `[a](` from costing quadratic time.
        var depth = 0
        var closing: Substring.Index?
        for index in text[urlStart...].prefix(maxURLLength).indices {
            if text[index] == "(" { depth += 1 }
            if text[index] == ")" {
                if depth == 0 { closing = index; break }
                depth -= 1
            }
        }
        guard let close = closing else { return nil }
        return (text[labelStart..<labelEnd], String(text[urlStart..<close].trimmingSpaces), text.index(after: close))
    }

    static let maxURLLength = 2_048

    /// The first place of each marker at or after a position, remembered, so that looking for closing
    /// markers in a long paragraph stays linear however many unmatched openers it holds.
    struct Finder {
        let text: Substring
        private var cache: [String: (from: Substring.Index, found: Range<Substring.Index>?)] = [:]

        init(text: Substring) { self.text = text }

        mutating func first(_ marker: String, from start: Substring.Index) -> Range<Substring.Index>? {
            if let known = cache[marker], known.from <= start {
                guard let found = known.found else { return nil }
                if found.lowerBound >= start { return found }
            }
            let found = text[start...].range(of: marker)
            cache[marker] = (start, found)
            return found
        }
    }

    /// The URL when it is http(s) or relative (no scheme, not `//host`, no backslash or control
    /// characters a browser would reinterpret); nil otherwise, so `javascript:` and `data:` never become links.
    public static func safeURL(_ url: String) -> String? {
        guard !url.isEmpty, !url.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F || $0 == "\\" }) else { return nil }
        let lower = url.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return url.count > 8 ? url : nil }
        if url.hasPrefix("//") { return nil }
        let head = url.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return head.contains(":") ? nil : url
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
