import Testing
@testable import WardCode

/// The masker blanks comments (and strings when asked) byte for byte, so positions stay exact.
@Suite struct SourceMaskerTests {
    func masked(_ source: String, _ language: Language, strings: Bool = false) -> String {
        let bytes = Array(source.utf8)
        let out = bytes.withUnsafeBytes { buffer in
            let spans = SourceMasker.spans(in: buffer, syntax: language.syntax)
            return SourceMasker.masked(buffer, blanking: strings ? [spans.comments, spans.strings] : [spans.comments])
        }
        #expect(out.count == bytes.count)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func pythonHashInsideTripleQuotedStringIsNotAComment() {
        let source = "s = '''a # b\n c''' # end\nf(x) # call\n"
        #expect(masked(source, .python) == "s = '''a # b\n c'''      \nf(x)       \n")
        #expect(masked(source, .python, strings: true) == "s = '''     \n  '''      \nf(x)       \n")
    }

    @Test func unterminatedSingleLineStringEndsAtTheNewline() {
        #expect(masked("x = \"abc\ny = 1 # c\n", .python) == "x = \"abc\ny = 1    \n")
    }

    @Test func javaScriptRegexAndTemplateLiteralsHideCommentMarkers() {
        let source = "const r = /\\/\\/ x/; // c\nlet t = `a ${b} // no`;\nq = a / b; // d\n"
        #expect(masked(source, .javascript) == "const r = /\\/\\/ x/;     \nlet t = `a ${b} // no`;\nq = a / b;     \n")
        #expect(masked(source, .javascript, strings: true) == "const r = /      /;     \nlet t = `            `;\nq = a / b;     \n")
    }

    @Test func goRawStringKeepsBackslashesAndSlashes() {
        #expect(masked("s := `C:\\path // x`\n// real\n", .go) == "s := `C:\\path // x`\n       \n")
    }

    @Test func javaTextBlockAndBlockComment() {
        let source = "String q = \"\"\"\n  -- /* not */\n  \"\"\"; /* yes */ int x;\n"
        #expect(masked(source, .java) == "String q = \"\"\"\n  -- /* not */\n  \"\"\";           int x;\n")
    }

    @Test func kotlinBlockCommentsNest() {
        #expect(masked("/* a /* b */ c */ val x = 1\n", .kotlin) == String(repeating: " ", count: 17) + " val x = 1\n")
    }

    @Test func swiftRawStringMayHoldQuotes() {
        #expect(masked("let s = #\"a \"q\" // b\"# // c\n", .swift) == "let s = #\"a \"q\" // b\"#     \n")
    }

    @Test func multiLineCommentKeepsItsNewlines() {
        #expect(masked("a /* x\ny */ b\n", .go) == "a     \n     b\n")
    }

    @Test func languageComesFromTheExtension() {
        #expect(Language.languages(ofPath: "src/App.TSX") == [.typescript])
        #expect(Language.languages(ofPath: "include/api.h") == [.objectiveC, .c, .cpp])
        #expect(Language.languages(ofPath: "Makefile").isEmpty)
        #expect(Language.languages(ofPath: "dir.v1/README").isEmpty)
    }
}
