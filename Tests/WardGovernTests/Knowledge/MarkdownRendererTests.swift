import Testing
import WardGovern

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func blocksRenderAsHeadingsParagraphsListsAndCode() {
        let markdown = """
            # Rotating a key
            Revoke the old key
            first, then deploy.

            - one
            - two
              continued
            1. first
            2) second

            ```swift
            let x = a < b && c > d
            ```
            ## Done ##
            """
        #expect(renderer.render(markdown) == """
            <h1>Rotating a key</h1>
            <p>Revoke the old key first, then deploy.</p>
            <ul><li>one</li><li>two continued</li></ul>
            <ol><li>first</li><li>second</li></ol>
            <pre><code>let x = a &lt; b &amp;&amp; c &gt; d</code></pre>
            <h2>Done</h2>

            """)
    }

    @Test func headingOffsetMovesLevelsDownToSix() {
        #expect(MarkdownRenderer(headingOffset: 1).render("# A\n###### F") == "<h2>A</h2>\n<h6>F</h6>\n")
        #expect(renderer.render("#hashtag") == "<p>#hashtag</p>\n")
        #expect(MarkdownRenderer(minimumLevel: 2).render("# A\n## B\n### C") == "<h2>A</h2>\n<h2>B</h2>\n<h3>C</h3>\n")
    }

    @Test func inlineMarkupAndEscapes() {
        #expect(renderer.render("Use `a<b>` with **care** and *focus*, not snake_case_names or \\*stars\\*.") == """
            <p>Use <code>a&lt;b&gt;</code> with <strong>care</strong> and <em>focus</em>, not snake_case_names or *stars*.</p>

            """)
        #expect(renderer.render("an _emphasis_ and a lone * star") == "<p>an <em>emphasis</em> and a lone * star</p>\n")
    }

    @Test func htmlInTheSourceIsText() {
        #expect(renderer.render("<script>alert(1)</script> <img src=x onerror=alert(1)>") == """
            <p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>

            """)
        #expect(renderer.render("```\n</code></pre><script>x</script>\n") == "<pre><code>&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;x&lt;/script&gt;</code></pre>\n")
    }

    @Test func linksKeepOnlyHTTPAndRelativeTargets() {
        #expect(renderer.render("[guide](https://example.com/a?b=1&c=\"2\") and [page](../kb/rules/x#fix)") == """
            <p><a href="https://example.com/a?b=1&amp;c=&quot;2&quot;" rel="noopener noreferrer">guide</a> and \
            <a href="../kb/rules/x#fix" rel="noopener noreferrer">page</a></p>

            """)
        for url in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.example/x", "/\\evil.example", "vbscript:x", "https://"] {
            #expect(renderer.render("[click](\(url))") == "<p>click</p>\n", "\(url)")
        }
        #expect(renderer.render("[unclosed](https://example.com") == "<p>[unclosed](https://example.com</p>\n")
        #expect(renderer.render("[Swift](https://en.wikipedia.org/wiki/Swift_(language)).") == """
            <p><a href="https://en.wikipedia.org/wiki/Swift_(language)" rel="noopener noreferrer">Swift</a>.</p>

            """)
    }

    @Test func unmatchedMarkersInALongParagraphStayText() {
        let openers = String(repeating: "[a](x _y *z ", count: 5_000)
        #expect(renderer.render(openers) == "<p>" + openers.dropLast() + "</p>\n")
    }

    @Test(arguments: [
        ("https://example.com", "https://example.com"), ("http://x.test/a b", nil), ("docs/a.md", "docs/a.md"), ("/kb?q=a:b", "/kb?q=a:b"),
        ("mailto:a@b.c", nil), ("java\tscript:x", nil), ("", nil),
    ] as [(String, String?)])
    func safeURL(_ url: String, _ expected: String?) {
        #expect(MarkdownRenderer.safeURL(url) == expected)
    }
}
