/// Escaping for the report formats; every string from a model file is untrusted.
enum ReportText {
    /// Text safe inside HTML elements and quoted attribute values.
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Text safe inside a double-quoted DOT string: quotes and backslashes escaped, line breaks as `\n`.
    static func dot(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Markdown text with the characters that start markup escaped and HTML neutralised; one line.
    static func markdown(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!", "{", "}", "~": out += "\\" + String(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// Text for inside a Markdown code span, where escapes are shown literally: backticks and line breaks dropped.
    static func codeSpan(_ text: String) -> String {
        String(text.filter { $0 != "`" && $0 != "\n" && $0 != "\r" && $0 != "\r\n" })
    }
}
