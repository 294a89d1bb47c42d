import Foundation
import Hummingbird
import WardGovern
import WardStore

/// A project's applicable security requirements, each with its effective status, the reason, and a
/// form to record a status (developers of the team, security and admin users).
extension ServerServices {
    func addRequirementsPage(to router: Router<WardRequestContext>) {
        router.get("/projects/{key}/requirements") { _, context -> Response in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            let statuses = try await store.requirementStatuses(project: project)
            let key = HTML.escape(QueryString.encode(project.key))
            var counts: [RequirementStatus: Int] = [:]
            for item in statuses { counts[item.status, default: 0] += 1 }
            let summary = RequirementStatus.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: " · ")
            let rows = statuses.map { requirementRow($0, project: project, identity: identity) }
            let body = """
                <h1>Security requirements of <a href="/projects/\(key)"><code>\(HTML.escape(project.key))</code></a></h1>
                <p>\(statuses.count) requirements apply to this \(HTML.escape(project.profile.riskTier.description)) project: \(HTML.escape(summary)).
                Export as <a href="/api/v1/projects/\(key)/requirements.csv">CSV</a> or <a href="/api/v1/projects/\(key)/requirements.md">Markdown</a>.</p>
                <p class="empty">A requirement with scan evidence is verified by the latest scan of its kind and falls back when a finding contradicts it;
                a person's claim never counts as more than implemented for those.</p>
                \(HTML.table(["Requirement", "Verification", "Status", "Why", identity.role.canTriage ? "Record a status" : ""], rows,
                             empty: "No requirement of the library applies to this profile.", classes: "requirements"))
                """
            return Layout.page("Requirements of \(project.key)", identity: identity, section: .projects, body: body)
        }
        router.post("/projects/{key}/requirements/{id}") { request, context -> Response in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            guard identity.role.canTriage else { throw APIError.forbidden("auditors read requirement statuses; they do not set them") }
            let form = try await WebForm.read(request)
            let status = try RequirementStatusRequest(status: form.value("status") ?? "", justification: form.value("justification")).parsed()
            let id = try context.parameters.require("id")
            try await store.setRequirementStatus(
                project: project, requirement: id, status: status, justification: form.value("justification"), actor: identity.actor)
            return WebForm.seeOther("/projects/\(QueryString.encode(project.key))/requirements#\(QueryString.encode(id))")
        }
    }

    private func requirementRow(_ item: EffectiveRequirementStatus, project: ProjectRecord, identity: Identity) -> String {
        let requirement = item.requirement
        let standards = (requirement.asvs.map { "ASVS \($0)" } + requirement.masvs + requirement.cwe.map { "CWE-\($0)" }).joined(separator: ", ")
        var form = ""
        if identity.role.canTriage {
            let current = item.record?.status.rawValue ?? RequirementStatus.notStarted.rawValue
            form = """
                <form method="post" action="/projects/\(HTML.escape(QueryString.encode(project.key)))/requirements/\(HTML.escape(requirement.id))" class="stack">\(HTML.csrfField(identity))
                <label>Status <select name="status">\(HTML.options(RequirementStatus.allCases.map { ($0.rawValue, $0.rawValue) }, selected: [current]))</select></label>
                <label>Justification <input type="text" name="justification" maxlength="2000" value="\(HTML.escape(item.record?.justification ?? ""))"></label>
                <button type="submit">Save</button></form>
                """
        }
        return """
            <tr id="\(HTML.escape(requirement.id))"><td><strong>\(HTML.escape(requirement.id))</strong> \(HTML.escape(requirement.title))
            <br><small>\(HTML.escape(requirement.text))</small><br><small class="empty">\(HTML.escape(standards))</small></td>
            <td>\(HTML.escape(requirement.verification.rawValue))</td>
            <td><span class="badge req-\(HTML.escape(item.status.rawValue))">\(HTML.escape(item.status.rawValue))</span></td>
            <td>\(HTML.escape(item.reason))</td><td>\(form)</td></tr>
            """
    }
}
