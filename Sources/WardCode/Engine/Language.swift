/// A programming language a pattern rule can target; decides which files a rule sees and how
/// comments and strings are recognised in them.
public enum Language: String, CaseIterable, Sendable, Codable {
    case python
    case javascript
    case typescript
    case go
    case java
    case kotlin
    case swift
    case objectiveC = "objective-c"
    case c
    case cpp
    case csharp
    case php
    case ruby
    case scala
    case rust
    /// Every file, with nothing masked: for rules about text that is not tied to one language.
    case generic

    /// File extensions (lowercase, without the dot) that belong to the language.
    public var extensions: [String] {
        switch self {
        case .python: ["py", "pyw"]
        case .javascript: ["js", "jsx", "mjs", "cjs"]
        case .typescript: ["ts", "tsx", "mts", "cts"]
        case .go: ["go"]
        case .java: ["java"]
        case .kotlin: ["kt", "kts"]
        case .swift: ["swift"]
        case .objectiveC: ["m", "mm", "h"]
        case .c: ["c", "h"]
        case .cpp: ["cc", "cpp", "cxx", "hpp", "hh", "h"]
        case .csharp: ["cs"]
        case .php: ["php"]
        case .ruby: ["rb"]
        case .scala: ["scala", "sc"]
        case .rust: ["rs"]
        case .generic: []
        }
    }

    /// The extension used for example files of this language.
    public var defaultExtension: String { extensions.first ?? "txt" }

    /// The languages a file belongs to, from its extension (`.h` is C, C++ and Objective-C).
    public static func languages(ofPath path: String) -> [Language] {
        guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")) else { return [] }
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        if let slash, slash > dot { return [] }
        let ext = String(path[path.index(after: dot)...]).lowercased()
        return byExtension[ext] ?? []
    }

    private static let byExtension: [String: [Language]] = {
        var table: [String: [Language]] = [:]
        for language in Language.allCases {
            for ext in language.extensions { table[ext, default: []].append(language) }
        }
        return table
    }()

    /// How comments and string literals are written in the language.
    public var syntax: LanguageSyntax {
        switch self {
        case .python:
            LanguageSyntax(lineComments: ["#"], strings: [
                .init("\"\"\"", multiline: true), .init("'''", multiline: true), .init("\""), .init("'"),
            ])
        case .javascript, .typescript:
            LanguageSyntax(lineComments: ["//"], blockComment: .init("/*", "*/"), strings: [
                .init("\""), .init("'"), .init("`", multiline: true),
            ], regexLiterals: true)
        case .go:
            LanguageSyntax(lineComments: ["//"], blockComment: .init("/*", "*/"), strings: [
                .init("`", escapes: false, multiline: true), .init("\""), .init("'"),
            ])
        case .java:
            LanguageSyntax(lineComments: ["//"], blockComment: .init("/*", "*/"), strings: [
                .init("\"\"\"", multiline: true), .init("\""), .init("'"),
            ])
        case .kotlin:
            LanguageSyntax(lineComments: ["//"], blockComment: .init("/*", "*/", nests: true), strings: [
                .init("\"\"\"", escapes: false, multiline: true), .init("\""), .init("'"),
            ])
        case .swift:
            LanguageSyntax(lineComments: ["//"], blockComment: .init("/*", "*/", nests: true), strings: [
                .init("#\"\"\"", close: "\"\"\"#", escapes: false, multiline: true), .init("#\"", close: "\"#", escapes: false),
                .init("\"\"\"", multiline: true), .init("\""),
            ])
        case .objectiveC, .c, .cpp:
            LanguageSyntax(lineComments: ["//"], blockComment: .init("/*", "*/"), strings: [.init("\""), .init("'")])
        case .csharp:
            LanguageSyntax(lineComments: ["//"], blockComment: .init("/*", "*/"), strings: [
                .init("\"\"\"", escapes: false, multiline: true), .init("@\"", close: "\"", escapes: false, multiline: true),
                .init("\""), .init("'"),
            ])
        case .php:
            LanguageSyntax(lineComments: ["//", "#"], blockComment: .init("/*", "*/"), strings: [.init("\"", multiline: true), .init("'", multiline: true)])
        case .ruby:
            LanguageSyntax(lineComments: ["#"], strings: [.init("\"", multiline: true), .init("'", multiline: true)])
        case .scala:
            LanguageSyntax(lineComments: ["//"], blockComment: .init("/*", "*/", nests: true), strings: [
                .init("\"\"\"", escapes: false, multiline: true), .init("\""),
            ])
        case .rust:
            LanguageSyntax(lineComments: ["//"], blockComment: .init("/*", "*/", nests: true), strings: [
                .init("r#\"", close: "\"#", escapes: false, multiline: true), .init("\"", multiline: true),
            ])
        case .generic:
            LanguageSyntax(lineComments: [], strings: [])
        }
    }
}
