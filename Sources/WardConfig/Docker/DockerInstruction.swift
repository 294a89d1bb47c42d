/// One Dockerfile instruction: its keyword, where it starts, and the text of each source line it spans.
public struct DockerInstruction: Sendable {
    /// One source line of the instruction; `column` is where the arguments begin on it.
    public struct Segment: Sendable {
        public var line: Int
        public var column: Int
        public var text: String
        public var isHeredoc = false

        /// The text from `column` on.
        public var argumentText: String { String(decoding: Array(text.utf8.dropFirst(column - 1)), as: UTF8.self) }
    }

    /// Upper-cased, e.g. `RUN`.
    public var keyword: String
    public var line: Int
    public var column: Int
    public var segments: [Segment]

    /// The arguments with continuation lines joined by spaces (heredoc bodies excluded).
    public var arguments: String {
        segments.filter { !$0.isHeredoc }.map(\.argumentText).joined(separator: " ").trimming(" \t")
    }

    /// Arguments and heredoc bodies, one source line per line: the script a RUN executes.
    public var script: String {
        segments.map(\.argumentText).joined(separator: "\n")
    }

    /// Arguments split on blanks, respecting double and single quotes (quotes are kept).
    public var words: [String] {
        var result: [String] = []
        var current = ""
        var quote: Character?
        for character in arguments {
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
            } else if character == " " || character == "\t" {
                if !current.isEmpty { result.append(current); current = "" }
            } else {
                if character == "\"" || character == "'" { quote = character }
                current.append(character)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Line and byte column of the first occurrence of `token` in the instruction's arguments or heredocs.
    public func locate(_ token: String) -> (line: Int, column: Int)? {
        for segment in segments {
            let text = segment.text
            let start = text.utf8.index(text.startIndex, offsetBy: min(segment.column - 1, text.utf8.count))
            if let range = text[start...].byteRange(of: token) {
                return (segment.line, text.utf8.distance(from: text.startIndex, to: range.lowerBound) + 1)
            }
        }
        return nil
    }
}
