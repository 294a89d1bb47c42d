import Foundation
import Hummingbird
import WardCore
import WardGovern
import WardStore

/// A project's threat model: its threats, the DOT diagram and Markdown report to download, and a form
/// to replace the model (everyone who may upload scans).
extension ServerServices {
    func addThreatModelPage(to router: Router<WardRequestContext>) {
        router.get("/projects/{key}/threat-model") { _, context -> Response in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            let key = HTML.escape(QueryString.encode(project.key))
            var body = "<h1>Threat model of <a href=\"/projects/\(key)\"><code>\(HTML.escape(project.key))</code></a></h1>"
            let record = try await store.threatModel(projectID: project.id)
            if let record {
                let model = try record.model()
                let threats = ThreatAnalyzer.analyze(model)
                let rows = threats.map { threat in
                    """
                    <tr><td>\(HTML.severity(threat.severity))</td><td>\(HTML.escape(threat.category.rawValue))</td>
                    <td><strong>\(HTML.escape(threat.title))</strong><br>\(HTML.escape(threat.message))</td>
                    <td>\(HTML.escape(threat.affected.map { "\($0.kind.rawValue) \($0.id)" }.joined(separator: ", ")))</td>
                    <td>\(HTML.escape(threat.mitigations.joined(separator: " ")))</td></tr>
                    """
                }
                body += """
                    <p>\(HTML.escape(record.title)) · uploaded by \(HTML.escape(record.uploadedBy)) on \(HTML.time(record.uploadedAt)) ·
                    reviewed \(HTML.day(record.reviewedAt)) · \(model.components.count) components, \(model.flows.count) flows ·
                    <a href="/findings?project=\(key)&amp;kind=design">design findings</a></p>
                    <p>Download: <a href="/projects/\(key)/threat-model.dot">data-flow diagram (DOT)</a> ·
                    <a href="/projects/\(key)/threat-model.md">report (Markdown)</a> · <a href="/projects/\(key)/threat-model.yml">model (YAML)</a></p>
                    <section class="card"><h2>Threats (\(threats.count))</h2>
                    \(HTML.table(["Severity", "STRIDE", "Threat", "Elements", "Mitigations"], rows, empty: "The analysis found no threat in this model.", classes: "threats"))</section>
                    """
            } else {
                body += "<p class=\"empty\">No threat model yet. Upload threatmodel.yml below or with PUT /api/v1/projects/\(HTML.escape(project.key))/threat-model.</p>"
            }
            if identity.role.canUpload {
                body += """
                    <section class="card"><h2>\(record == nil ? "Upload" : "Replace") the model</h2>
                    <form method="post" action="/projects/\(key)/threat-model" class="stack">\(HTML.csrfField(identity))
                    <label>threatmodel.yml <textarea name="model" rows="16" required>\(HTML.escape(record?.text ?? ""))</textarea></label>
                    <button type="submit">Save and analyse</button></form></section>
                    """
            }
            return Layout.page("Threat model of \(project.key)", identity: identity, section: .projects, body: body)
        }
        router.post("/projects/{key}/threat-model") { request, context -> Response in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            guard identity.role.canUpload else { throw APIError.forbidden("auditors cannot upload threat models") }
            let form = try await WebForm.read(request)
            guard let text = form["model"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw APIError.badRequest("the form has no threat model")
            }
            _ = try await store.putThreatModel(project: project, text: text.replacingOccurrences(of: "\r\n", with: "\n"), actor: identity.actor)
            return WebForm.seeOther("/projects/\(QueryString.encode(project.key))/threat-model")
        }
        for (suffix, type) in [("dot", "text/vnd.graphviz; charset=utf-8"), ("md", "text/markdown; charset=utf-8"), ("yml", "application/yaml; charset=utf-8")] {
            router.get("/projects/{key}/threat-model.\(suffix)") { _, context -> Response in
                let identity = try context.requireIdentity()
                let project = try await visibleProject(try context.parameters.require("key"), for: identity)
                guard let record = try await store.threatModel(projectID: project.id) else { throw APIError.notFound("project '\(project.key)' has no threat model") }
                let model = try record.model()
                let threats = ThreatAnalyzer.analyze(model)
                let text = switch suffix {
                case "dot": ThreatModelDOTDiagram.render(model, threats: threats)
                case "md": ThreatModelMarkdownReport.render(model, threats: threats)
                default: record.text
                }
                return Self.download(text, type: type, name: "\(project.key)-threatmodel.\(suffix)")
            }
        }
    }
}
