import Testing
import WardCore
@testable import WardGovern

@Suite struct ThreatModelReportTests {
    static let hostile = """
        title: Shop "><script>alert(1)</script>
        version: "2"
        assets: [{id: pii, name: Emails & names, classification: personal}]
        components:
          - {id: web, name: '"><script>x</script>', type: process, internet-facing: true, authenticates: [users], authorizes: true, validates-input: true, logs-security-events: true, rate-limited: true}
          - {id: db, name: Orders | DB, type: data-store, stores: [pii], encrypts-at-rest: true, logs-security-events: true}
        flows:
          - {id: q, from: web, to: db, protocol: sql, authentication: mtls, carries: [pii]}
        boundaries:
          - {id: dmz, name: DMZ \\ edge, members: [web]}
          - {id: core, name: Core, members: [db]}
        """

    static func model() throws -> ThreatModel { try ThreatModelParser.parse(hostile, path: "shop.yml") }

    @Test func dotDiagramIsExactAndEscaped() throws {
        let model = try Self.model()
        let threats = ThreatAnalyzer.analyze(model)
        #expect(threats.map(\.ruleId) == ["tm-plaintext-boundary-flow", "tm-plaintext-sensitive-flow"])
        let dot = ThreatModelDOTDiagram.render(model, threats: threats)
        #expect(dot == #"""
            digraph "Shop \"><script>alert(1)</script>" {
              graph [rankdir=LR, fontname="Helvetica", label="Threat model: Shop \"><script>alert(1)</script>", labelloc=t];
              node [fontname="Helvetica", fontsize=11];
              edge [fontname="Helvetica", fontsize=9];
              subgraph "cluster_0" {
                label="DMZ \\ edge"; style=dashed; color=gray40;
                "web" [label="\"><script>x</script>", shape=ellipse];
              }
              subgraph "cluster_1" {
                label="Core"; style=dashed; color=gray40;
                "db" [label="Orders | DB", shape=cylinder];
              }
              "web" -> "db" [id="q", label="sql (plaintext)\nauth: mtls\nEmails & names", color=red, fontcolor=red, penwidth=2];
            }

            """#)
    }

    @Test func htmlEscapesEveryModelString() throws {
        let model = try Self.model()
        let html = ThreatModelHTMLReport.render(model, threats: ThreatAnalyzer.analyze(model))
        #expect(!html.contains("<script>"))
        #expect(html.contains("<title>Threat model: Shop &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        #expect(html.contains("<td>web</td><td>&quot;&gt;&lt;script&gt;x&lt;/script&gt;</td><td>5</td>"))
        #expect(html.components(separatedBy: "<tr id=\"threat-").count - 1 == 2)
        #expect(html.contains("<td class=\"high\">high</td>"))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
    }

    @Test func markdownListsThreatsAndEscapesMarkup() throws {
        let model = try Self.model()
        let markdown = ThreatModelMarkdownReport.render(model, threats: ThreatAnalyzer.analyze(model))
        #expect(markdown.hasPrefix("# Threat model: Shop \"&gt;&lt;script&gt;alert(1)&lt;/script&gt;\n"))
        #expect(markdown.contains("Version 2 · `shop.yml` · 2 components, 1 flows, 2 trust boundaries, 2 threats (2 high)."))
        #expect(markdown.contains("| 1 | high | T | Plaintext flow crosses a trust boundary (`tm-plaintext-boundary-flow`) | flow q (line 8) |"))
        #expect(markdown.contains("| data-store | db | Orders \\| DB | 6 |"))
        #expect(markdown.contains("- Requirements: WARD-COMMS-01, WARD-DATA-01"))
        #expect(!markdown.contains("<script>"))
        let oddPath = ThreatModelMarkdownReport.render(try ThreatModelParser.parse("title: t\n", path: "my_`model`.yml"), threats: [])
        #expect(oddPath.contains("`my_model.yml` · 0 components"))
    }

    @Test func modelWithoutThreatsSaysSo() throws {
        let model = try ThreatModelParser.parse("title: empty\n")
        #expect(ThreatModelMarkdownReport.render(model, threats: []).contains("No threats found by the built-in rules."))
        #expect(ThreatModelDOTDiagram.render(model) == "digraph \"empty\" {\n  graph [rankdir=LR, fontname=\"Helvetica\", label=\"Threat model: empty\", labelloc=t];\n  node [fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\", fontsize=9];\n}\n")
    }
}
