/// A Dockerfile as a list of instructions with their lines; continuation lines, comments, the
/// `escape` parser directive and heredocs (`RUN <<EOF … EOF`) are folded into their instruction.
public struct Dockerfile: Sendable {
    public var instructions: [DockerInstruction]

    /// The instructions of each build stage, in order; instructions before the first FROM (global ARGs) are left out.
    public var stages: [[DockerInstruction]] {
        var result: [[DockerInstruction]] = []
        for instruction in instructions {
            if instruction.keyword == "FROM" { result.append([instruction]) } else if !result.isEmpty { result[result.count - 1].append(instruction) }
        }
        return result
    }

    /// Never fails: a line that is not an instruction is skipped, an unterminated heredoc ends at the end of the file.
    public static func parse(_ text: String) -> Dockerfile {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        let escape = escapeCharacter(lines)
        var instructions: [DockerInstruction] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let body = line.drop { $0 == " " || $0 == "\t" }
            guard !body.isEmpty, !body.hasPrefix("#"), let first = body.first, first.isLetter else { index += 1; continue }
            let keyword = body.prefix { $0.isLetter }
            let keywordColumn = line.utf8.count - body.utf8.count + 1
            var instruction = DockerInstruction(keyword: keyword.uppercased(), line: index + 1, column: keywordColumn, segments: [])
            var text = String(line)
            var argumentColumn = keywordColumn + keyword.utf8.count
            // Follow continuation lines; comment and blank lines inside a continuation are dropped, as Docker does.
            while true {
                let trimmed = text.trimmingTrailingSpaces()
                let continues = trimmed.last == escape
                let content = continues ? String(trimmed.dropLast()) : text
                instruction.segments.append(DockerInstruction.Segment(line: index + 1, column: argumentColumn, text: content))
                index += 1
                guard continues else { break }
                while index < lines.count {
                    let next = lines[index].drop { $0 == " " || $0 == "\t" }
                    if next.isEmpty || next.hasPrefix("#") { index += 1 } else { break }
                }
                guard index < lines.count else { break }
                text = String(lines[index])
                argumentColumn = 1
            }
            for delimiter in heredocDelimiters(instruction.arguments) {
                let stripsTabs = instruction.arguments.hasBytes("<<-")
                while index < lines.count {
                    let candidate = stripsTabs ? String(lines[index].drop { $0 == "\t" }) : String(lines[index])
                    index += 1
                    if candidate == delimiter { break }
                    instruction.segments.append(DockerInstruction.Segment(line: index, column: 1, text: String(lines[index - 1]), isHeredoc: true))
                }
            }
            instructions.append(instruction)
        }
        return Dockerfile(instructions: instructions)
    }

    /// The `# escape=` directive, honoured only in the leading comment block as Docker does.
    private static func escapeCharacter(_ lines: [Substring]) -> Character {
        for line in lines {
            let trimmed = String(line).trimming(" \t")
            guard trimmed.hasPrefix("#") else { break }
            let directive = String(trimmed.dropFirst()).replacingOccurrences(of: " ", with: "").lowercased()
            if directive.hasPrefix("escape="), let value = directive.dropFirst(7).first { return value }
        }
        return "\\"
    }

    /// Words after `<<` or `<<-`, unquoted: `RUN <<EOF`, `COPY <<'A' <<"B" /dst/`.
    private static func heredocDelimiters(_ arguments: String) -> [String] {
        var result: [String] = []
        var rest = Substring(arguments)
        while let range = rest.byteRange(of: "<<") {
            rest = rest[range.upperBound...]
            let word = rest.drop { $0 == "-" }.drop { $0 == "\"" || $0 == "'" }.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !word.isEmpty, word.first?.isLetter == true { result.append(String(word)) }
        }
        return result.count > 8 ? [] : result
    }
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> Substring {
        var view = Substring(self)
        while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
        return view
    }
}
