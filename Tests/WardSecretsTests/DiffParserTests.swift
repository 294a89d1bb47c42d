import Testing
import WardCore
@testable import WardSecrets

@Suite struct DiffParserTests {
    func blobs(_ text: String) -> [Blob] {
        var parser = DiffParser()
        var result: [Blob] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let blob = parser.consume(line) { result.append(blob) }
        }
        if let blob = parser.finish() { result.append(blob) }
        return result
    }

    @Test func addedLinesAreMappedToNewFileLineNumbersPerCommit() throws {
        let marker = DiffParser.commitMarker
        let text = """
            \(marker)abc123\u{1F}Ann\u{1F}ann@example.com\u{1F}2026-01-02T03:04:05+00:00

            diff --git a/app.env b/app.env
            index 1..2 100644
            --- a/app.env
            +++ b/app.env
            @@ -3,0 +4,2 @@
            +KEY=one
            ++++ starts with pluses
            @@ -10 +12 @@
            -old
            +new line
            diff --git a/gone.txt b/gone.txt
            deleted file mode 100644
            --- a/gone.txt
            +++ /dev/null
            @@ -1 +0,0 @@
            -bye
            diff --git a/logo.png b/logo.png
            Binary files a/logo.png and b/logo.png differ
            \(marker)def456\u{1F}Bo\u{1F}bo@example.com\u{1F}2026-01-03T00:00:00+00:00

            diff --git "a/we ird\\303\\251.txt" "b/we ird\\303\\251.txt"
            --- /dev/null
            +++ "b/we ird\\303\\251.txt"
            @@ -0,0 +1 @@
            +x
            """
        let result = blobs(text)
        #expect(result.count == 2)
        let first = try #require(result.first)
        #expect(first.path == "app.env")
        #expect(String(decoding: first.bytes, as: UTF8.self) == "KEY=one\n+++ starts with pluses\nnew line\n")
        #expect(first.originalLineNumbers == [4, 5, 12])
        #expect(first.commit?.commit == "abc123")
        #expect(first.commit?.email == "ann@example.com")
        #expect(result[1].path == "we irdé.txt")
        #expect(result[1].commit?.author == "Bo")
    }

    @Test func hunkHeadersWithAndWithoutCounts() {
        #expect(DiffParser.parseHunk("@@ -1,2 +3,4 @@ func x()")! == (2, 3, 4))
        #expect(DiffParser.parseHunk("@@ -1 +3 @@")! == (1, 3, 1))
        #expect(DiffParser.parseHunk("@@ garbage") == nil)
    }
}
