import Foundation
import Testing
import WardCore
@testable import WardGovern

@Suite struct MaturityRadarTests {
    static func assessment(project: String) -> MaturityAssessment {
        var evidence = MaturityFixtures.midway
        evidence.project = project
        return MaturityAssessor.assess(evidence, attestations: [], at: MaturityFixtures.now)
    }

    @Test func radarHasOneAxisPerDimensionAndAnEscapedTitle() {
        let svg = MaturityRadar.svg(Self.assessment(project: "<b>\"pay\" & go</b>"))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 560\" role=\"img\" aria-labelledby=\"radar-title\""))
        #expect(svg.contains("<title id=\"radar-title\">Security maturity of &lt;b&gt;&quot;pay&quot; &amp; go&lt;/b&gt;: overall level 1 of 5</title>"))
        #expect(svg.components(separatedBy: "<line ").count - 1 == 9)
        #expect(svg.components(separatedBy: "<polygon ").count - 1 == 6)
        #expect(svg.components(separatedBy: "<text ").count - 1 == 14)
        #expect(svg.contains("<text text-anchor=\"middle\"><tspan x=\"400\" y=\"79.8\">Security</tspan><tspan x=\"400\" y=\"93.8\">requirements (3)</tspan></text>"))
        #expect(svg.contains("<line x1=\"400\" y1=\"280\" x2=\"400\" y2=\"110\" stroke=\"#8c959f\" stroke-width=\"1\"/>"))
        #expect(!svg.contains("<b>"))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test func levelPolygonFollowsTheLevels() {
        // Requirements is at level 3 on the top axis: 3/5 of the 170 radius above the centre.
        let svg = MaturityRadar.svg(Self.assessment(project: "payments"))
        #expect(svg.contains("<polygon points=\"400,178 "))
        #expect(MaturityRadar.split("Operations and incident response (2)") == ["Operations and", "incident response (2)"])
        #expect(MaturityRadar.split("Secure design (2)") == ["Secure design (2)"])
        #expect(MaturityRadar.n(-0.04) == "0" && MaturityRadar.n(12.25) == "12.3" && MaturityRadar.n(-3.5) == "-3.5")
    }

    @Test func heatmapCSVIsFlatAndFormulaSafe() {
        let csv = MaturityHeatmapCSV.render([Self.assessment(project: "=HYPERLINK(\"x\")"), Self.assessment(project: "payments")])
        #expect(csv == """
            project,requirements,design,coding,testing,third-party,build-infrastructure,vulnerability-management,operations,organisation,overall\r
            "'=HYPERLINK(""x"")",3,2,3,0,2,1,3,0,0,1\r
            payments,3,2,3,0,2,1,3,0,0,1\r

            """)
    }
}
