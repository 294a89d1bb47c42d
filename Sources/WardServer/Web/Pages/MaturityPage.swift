import Foundation
import Hummingbird
import WardGovern
import WardStore

/// Maturity: the portfolio heatmap (projects × dimensions, filtered by team and tier) with its CSV
/// export, a project's radar and next steps, and the attestation form.
extension ServerServices {
    func addGovernancePages(to router: Router<WardRequestContext>) {
        addRequirementsPage(to: router)
        addThreatModelPage(to: router)
        addMaturityPages(to: router)
    }

    func addMaturityPages(to router: Router<WardRequestContext>) {
        router.get("/maturity") { request, context -> Response in
            let identity = try context.requireIdentity()
            let (assessed, teams) = try await portfolio(request, identity: identity)
            let team = request.query("team"), tier = request.query("tier")
            let dimensions = MaturityDimension.allCases
            let rows = assessed.map { project, assessment in
                let cells = dimensions.map { dimension -> String in
                    let level = assessment.level(dimension)
                    return "<td class=\"num level-\(level)\" title=\"\(HTML.escape(dimension.title)): level \(level)\">\(level)</td>"
                }.joined()
                return """
                    <tr><td><a href="/projects/\(HTML.escape(QueryString.encode(project.key)))#maturity">\(HTML.escape(project.key))</a></td>
                    <td>\(HTML.escape(project.teamName ?? "—"))</td><td>\(project.profile.riskTier.rawValue)</td>\(cells)
                    <td class="num level-\(assessment.overallLevel)"><strong>\(assessment.overallLevel)</strong></td></tr>
                    """
            }
            var export = QueryString(request: request)
            export.set("cursor", nil)
            let body = """
                <h1>Security maturity</h1>
                <form class="filters" method="get" action="/maturity">
                <label>Team <select name="team">\(HTML.options(teams.map { ($0, $0) }, selected: Set([team].compactMap { $0 }), blank: "every team"))</select></label>
                <label>Risk tier <select name="tier">\(HTML.options(RiskTier.allCases.map { (String($0.rawValue), $0.description) }, selected: Set([tier].compactMap { $0 }), blank: "every tier"))</select></label>
                <button type="submit">Filter</button> <a href="/maturity.csv\(HTML.escape(export.encoded))">Download CSV</a></form>
                <p class="empty">Levels 0–5 per dimension, computed from scans, gate calls, finding history, threat models, requirement
                evidence and unexpired attestations; the overall level is the rounded-down mean.</p>
                \(HTML.table(["Project", "Team", "Tier"] + dimensions.map(\.title) + ["Overall"], rows, empty: "No project matches.", classes: "heatmap"))
                """
            return Layout.page("Security maturity", identity: identity, section: .maturity, body: body)
        }
        router.get("/maturity.csv") { request, context -> Response in
            let identity = try context.requireIdentity()
            let (assessed, _) = try await portfolio(request, identity: identity)
            return Self.download(MaturityHeatmapCSV.render(assessed.map(\.1)), type: "text/csv; charset=utf-8", name: "ward-maturity.csv")
        }
        router.post("/projects/{key}/attestations") { request, context -> Response in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            guard identity.role >= .security else { throw APIError.forbidden("only security and admin users record attestations") }
            let form = try await WebForm.read(request)
            guard let expires = WebForm.endOfDay(form.value("expires")) else { throw APIError.badRequest("expires: a date such as 2027-06-30") }
            try await store.attest(
                project: project, activity: form.value("activity") ?? "", evidenceLink: form.value("link") ?? "", expiresAt: expires, actor: identity.actor)
            return WebForm.seeOther("/projects/\(QueryString.encode(project.key))#maturity")
        }
    }

    /// The visible projects the request's `team` and `tier` filters keep, each assessed; and every team name seen.
    private func portfolio(_ request: Request, identity: Identity) async throws -> ([(ProjectRecord, MaturityAssessment)], [String]) {
        let projects = try await store.projects(visibility: identity.visibility)
        let teams = Set(projects.compactMap(\.teamName)).sorted()
        var tier: RiskTier?
        if let text = request.query("tier") {
            guard let parsed = RiskTier(parsing: text) else { throw APIError.badRequest("tier: '\(text)' is not a tier from 1 to 4") }
            tier = parsed
        }
        let team = request.query("team")
        var assessed: [(ProjectRecord, MaturityAssessment)] = []
        for project in projects where (team == nil || project.teamName == team) && (tier == nil || project.profile.riskTier == tier) {
            assessed.append((project, try await store.maturity(project: project).assessment))
        }
        return (assessed, teams)
    }

    /// The project page's maturity section: radar, levels with what to do next, attestations and their form.
    func maturitySection(_ project: ProjectRecord, identity: Identity) async throws -> String {
        let maturity = try await store.maturity(project: project)
        let steps = maturity.assessment.dimensions.compactMap { dimension -> String? in
            guard let next = dimension.toReachNextLevel.first else { return nil }
            let more = dimension.toReachNextLevel.count > 1 ? " (and \(dimension.toReachNextLevel.count - 1) more)" : ""
            return "<li><strong>\(HTML.escape(dimension.dimension.title))</strong> \(dimension.level) → \(dimension.level + 1): \(HTML.escape(next.title))\(more). "
                + "<small>\(HTML.escape(next.howToSatisfy))</small></li>"
        }
        let attestations = maturity.attestations.reversed().prefix(10).map { item in
            "<tr><td>\(HTML.escape(item.activity))</td><td>\(HTML.escape(item.attestedBy))</td><td>\(HTML.day(item.attestedAt))</td>"
                + "<td>\(HTML.day(item.expiresAt))</td><td><a href=\"\(HTML.escape(item.evidenceLink))\" rel=\"noreferrer\">evidence</a></td></tr>"
        }
        var form = ""
        if identity.role >= .security {
            let activities = PlatformStore.attestableActivities.sorted().map { ($0, $0) }
            form = """
                <form method="post" action="/projects/\(HTML.escape(QueryString.encode(project.key)))/attestations" class="triage">\(HTML.csrfField(identity))
                <label>Activity <select name="activity">\(HTML.options(activities, selected: []))</select></label>
                <label class="reason">Evidence link <input type="text" name="link" required placeholder="https://…"></label>
                <label>Expires <input type="date" name="expires" required></label><button type="submit">Attest</button></form>
                """
        }
        return """
            <section class="card" id="maturity"><h2>Security maturity: level \(maturity.assessment.overallLevel) of \(MaturityModel.maximumLevel)</h2>
            <div class="grid"><div class="radar">\(MaturityRadar.svg(maturity.assessment))</div>
            <div><h3>What to do next</h3><ul class="next-steps">\(steps.joined())</ul>
            <p class="trend">Overall level by day: \(maturity.trend.suffix(14).map { "\(HTML.day($0.day)) \($0.overall)" }.joined(separator: " · "))</p></div></div>
            <h3>Attestations</h3>\(HTML.table(["Activity", "By", "On", "Expires", ""], Array(attestations), empty: "No attestation recorded."))
            \(form)</section>
            """
    }
}
