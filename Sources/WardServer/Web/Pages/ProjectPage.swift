import Foundation
import Hummingbird
import WardCore
import WardGovern
import WardStore

/// One project: its profile (editable by security and admin users), what is open, its scans and trend.
extension ServerServices {
    func addProjectPage(to router: Router<WardRequestContext>) {
        router.get("/projects/{key}") { _, context -> Response in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            let stats = try await store.dashboard(projectID: project.id, visibility: identity.visibility, weeks: 12)
            let scans = try await store.scans(projectID: project.id, visibility: identity.visibility, limit: 20)
            let key = HTML.escape(QueryString.encode(project.key))
            let body = """
                <h1>Project <code>\(HTML.escape(project.key))</code></h1>
                <p>\(HTML.escape(project.name)) · team \(HTML.escape(project.teamName ?? "none")) · created \(HTML.day(project.createdAt)) ·
                <a href="/findings?project=\(key)">all findings</a> · <a href="/scans?project=\(key)">all scans</a></p>
                \(DashboardView.figures(stats))
                <div class="grid">
                <section class="card"><h2>Open by severity</h2>\(DashboardView.severityBars(stats.openBySeverity, link: "/findings?project=\(QueryString.encode(project.key))&state=open,confirmed,reopened&severity="))</section>
                <section class="card"><h2>Open by kind</h2>\(DashboardView.kindBars(stats.openByKind, link: "/findings?project=\(QueryString.encode(project.key))&state=open,confirmed,reopened&kind="))</section>
                <section class="card"><h2>Profile</h2>\(profile(project, identity: identity))</section>
                </div>
                <section class="card"><h2>Trend</h2>\(WeeklyChart(weeks: stats.weeks).html)</section>
                <section class="card"><h2>Scan history</h2>\(ScanViews.table(scans, showProject: false))</section>
                """
            return Layout.page("Project \(project.key)", identity: identity, section: .projects, body: body)
        }
        router.post("/projects/{key}/profile") { request, context -> Response in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            guard identity.role >= .security else { throw APIError.forbidden("only security and admin users change a project's profile") }
            let form = try await WebForm.read(request)
            let profile = try Self.profile(from: form, current: project.profile)
            _ = try await store.updateProfile(project: project.key, profile: profile, actor: identity.actor)
            return WebForm.seeOther("/projects/\(QueryString.encode(project.key))")
        }
    }

    private func profile(_ project: ProjectRecord, identity: Identity) -> String {
        let profile = project.profile
        let sla = profile.effectiveSLA
        guard identity.role >= .security else {
            return """
                <dl class="facts"><dt>Exposure</dt><dd>\(profile.exposure.rawValue)</dd><dt>Data</dt><dd>\(profile.dataClassification.rawValue)</dd>
                <dt>Platform</dt><dd>\(profile.platform.rawValue)</dd><dt>Criticality</dt><dd>\(profile.criticality.rawValue)</dd>
                <dt>Regulations</dt><dd>\(HTML.escape(profile.regulations.isEmpty ? "none" : profile.regulations.joined(separator: ", ")))</dd>
                <dt>SLA (days)</dt><dd>critical \(sla.critical), high \(sla.high), medium \(sla.medium), low \(sla.low)\(profile.sla == nil ? " (default)" : "")</dd></dl>
                """
        }
        func select<T: RawRepresentable & CaseIterable>(_ name: String, _ label: String, _ current: T) -> String where T.RawValue == String {
            "<label>\(label) <select name=\"\(name)\">" + HTML.options(T.allCases.map { ($0.rawValue, $0.rawValue) }, selected: [current.rawValue]) + "</select></label>"
        }
        func days(_ name: String, _ value: Int) -> String {
            "<label>\(name.capitalized) <input type=\"number\" name=\"sla_\(name)\" min=\"1\" max=\"3650\" value=\"\(value)\"></label>"
        }
        return """
            <form method="post" action="/projects/\(HTML.escape(QueryString.encode(project.key)))/profile" class="stack">\(HTML.csrfField(identity))
            \(select("exposure", "Exposure", profile.exposure))\(select("data", "Data classification", profile.dataClassification))
            \(select("platform", "Platform", profile.platform))\(select("criticality", "Business criticality", profile.criticality))
            <label>Regulations (comma-separated) <input type="text" name="regulations" value="\(HTML.escape(profile.regulations.joined(separator: ", ")))"></label>
            <fieldset><legend>SLA in days\(profile.sla == nil ? " (default)" : "")</legend>\(days("critical", sla.critical))\(days("high", sla.high))\(days("medium", sla.medium))\(days("low", sla.low))</fieldset>
            <button type="submit">Save profile</button></form>
            """
    }

    /// Reads the profile form; an unknown choice is a 400, not a silent default.
    static func profile(from form: FormData, current: ProjectProfile) throws -> ProjectProfile {
        func pick<T: RawRepresentable>(_ name: String, _ fallback: T) throws -> T where T.RawValue == String {
            guard let raw = form.value(name) else { return fallback }
            guard let value = T(rawValue: raw) else { throw APIError.badRequest("\(name): '\(raw)' is not a choice this form offers") }
            return value
        }
        var profile = current
        profile.exposure = try pick("exposure", current.exposure)
        profile.dataClassification = try pick("data", current.dataClassification)
        profile.platform = try pick("platform", current.platform)
        profile.criticality = try pick("criticality", current.criticality)
        profile.regulations = form.list("regulations")
        let sla = current.effectiveSLA
        func days(_ name: String, _ fallback: Int) throws -> Int {
            guard let raw = form.value("sla_" + name) else { return fallback }
            guard let value = Int(raw), (1...3650).contains(value) else { throw APIError.badRequest("SLA \(name): a number of days from 1 to 3650") }
            return value
        }
        let edited = SLAPolicy(
            critical: try days("critical", sla.critical), high: try days("high", sla.high), medium: try days("medium", sla.medium),
            low: try days("low", sla.low), info: sla.info)
        // Keeping the default unless it was changed lets a later change of the default reach this project.
        profile.sla = (current.sla == nil && edited == .default) ? nil : edited
        return profile
    }
}
