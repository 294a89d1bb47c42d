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
            let maturity = try await maturitySection(project, identity: identity)
            let body = """
                <h1>Project <code>\(HTML.escape(project.key))</code></h1>
                <p>\(HTML.escape(project.name)) · team \(HTML.escape(project.teamName ?? "none")) · created \(HTML.day(project.createdAt)) ·
                <a href="/findings?project=\(key)">all findings</a> · <a href="/scans?project=\(key)">all scans</a> ·
                <a href="/projects/\(key)/requirements">requirements</a> · <a href="/projects/\(key)/threat-model">threat model</a></p>
                \(DashboardView.figures(stats))
                <div class="grid">
                <section class="card"><h2>Open by severity</h2>\(DashboardView.severityBars(stats.openBySeverity, link: "/findings?project=\(QueryString.encode(project.key))&state=open,confirmed,reopened&severity="))</section>
                <section class="card"><h2>Open by kind</h2>\(DashboardView.kindBars(stats.openByKind, link: "/findings?project=\(QueryString.encode(project.key))&state=open,confirmed,reopened&kind="))</section>
                <section class="card"><h2>Profile</h2>\(governance(project))\(profile(project, identity: identity))</section>
                </div>
                \(maturity)
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
            let baseline = form.value("baseline").flatMap { $0 == "none" ? nil : $0 }
            try PlatformStore.validateBaselineChoice(baseline)
            _ = try await store.updateProfile(
                project: project.key, profile: profile, baseline: form["baseline"] == nil ? .none : .some(baseline), actor: identity.actor)
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
        func flag(_ name: String, _ label: String, _ value: Bool?) -> String {
            let choices = [("derive", "from the classification"), ("yes", "yes"), ("no", "no")]
            return "<label>\(label) <select name=\"\(name)\">" + HTML.options(choices, selected: [value.map { $0 ? "yes" : "no" } ?? "derive"]) + "</select></label>"
        }
        func days(_ name: String, _ value: Int) -> String {
            "<label>\(name.capitalized) <input type=\"number\" name=\"sla_\(name)\" min=\"1\" max=\"3650\" value=\"\(value)\"></label>"
        }
        return """
            <form method="post" action="/projects/\(HTML.escape(QueryString.encode(project.key)))/profile" class="stack">\(HTML.csrfField(identity))
            \(select("exposure", "Exposure", profile.exposure))\(select("data", "Data classification", profile.dataClassification))
            \(select("platform", "Platform", profile.platform))\(select("criticality", "Business criticality", profile.criticality))
            \(flag("personal_data", "Personal data", profile.personalData))\(flag("payment_data", "Payment data", profile.paymentData))
            <label>Baseline <select name="baseline">\(HTML.options(Self.baselineChoices, selected: [project.baselineChoice ?? "none"]))</select></label>
            <label>Regulations (comma-separated) <input type="text" name="regulations" value="\(HTML.escape(profile.regulations.joined(separator: ", ")))"></label>
            <fieldset><legend>SLA in days\(profile.sla == nil ? " (default)" : "")</legend>\(days("critical", sla.critical))\(days("high", sla.high))\(days("medium", sla.medium))\(days("low", sla.low))</fieldset>
            <button type="submit">Save profile</button></form>
            """
    }

    /// The baselines the form offers: none (the default gate), automatic, and every one in the catalog.
    static var baselineChoices: [(value: String, label: String)] {
        [("none", "none (the platform's default gate)"), (PlatformStore.automaticBaseline, "automatic, by tier and platform")]
            + PlatformStore.baselineCatalog.baselines.map { ($0.reference, "\($0.reference): \($0.title)") }
    }

    /// The derived figures: risk tier, data flags and the baseline that applies.
    private func governance(_ project: ProjectRecord) -> String {
        let profile = project.profile
        let baseline = project.baseline.map { "<code>\(HTML.escape($0.reference))</code> \(HTML.escape($0.title)) (requires \(HTML.escape($0.requiredScans.map(\.rawValue).joined(separator: ", "))) scans)" }
            ?? (project.baselineChoice == nil ? "none: the platform's default gate" : "none fits this tier and platform: the default gate")
        return """
            <dl class="facts governance"><dt>Risk tier</dt><dd class="tier">\(HTML.escape(profile.riskTier.description))</dd>
            <dt>Personal data</dt><dd>\(profile.handlesPersonalData ? "yes" : "no")</dd><dt>Payment data</dt><dd>\(profile.handlesPaymentData ? "yes" : "no")</dd>
            <dt>Baseline</dt><dd class="baseline">\(baseline)</dd></dl>
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
        func flag(_ name: String, _ fallback: Bool?) throws -> Bool? {
            switch form.value(name) {
            case nil: return fallback
            case "derive": return nil
            case "yes": return true
            case "no": return false
            case let other?: throw APIError.badRequest("\(name): '\(other)' is not derive, yes or no")
            }
        }
        profile.personalData = try flag("personal_data", current.personalData)
        profile.paymentData = try flag("payment_data", current.paymentData)
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
