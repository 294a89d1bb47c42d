import Foundation
import WardCore
import WardStore

/// Finding tables and the triage form, shared by the findings list, scan and finding pages.
enum FindingViews {
    static func table(_ findings: [FindingRecord], selectable: Bool, empty: String, now: Date = Date()) -> String {
        var headers = ["Severity", "Finding", "Project", "Where", "State", "Due"]
        if selectable { headers.insert("Select", at: 0) }
        return HTML.table(headers, findings.map { finding in
            let select = selectable
                ? "<td><input type=\"checkbox\" name=\"ids\" value=\"\(finding.id)\" aria-label=\"Select finding \(finding.id)\"></td>" : ""
            let overdue = finding.isOverdue(at: now)
            return """
                <tr>\(select)<td>\(HTML.severity(finding.severity))</td>\
                <td><a href="/findings/\(finding.id)">\(HTML.escape(finding.title))</a><br><small><code>\(HTML.escape(finding.ruleId))</code> · \(HTML.escape(finding.kind.rawValue)) · \(HTML.escape(finding.tools.joined(separator: ", ")))</small></td>\
                <td><a href="/projects/\(HTML.escape(QueryString.encode(finding.projectKey)))">\(HTML.escape(finding.projectKey))</a></td>\
                <td>\(subject(finding))</td><td>\(HTML.state(finding.state.rawValue))</td>\
                <td class="\(overdue ? "overdue" : "")">\(HTML.day(finding.dueAt))\(overdue ? " (overdue)" : "")</td></tr>
                """
        }, empty: empty, classes: "findings")
    }

    /// Where a finding is: a file and line, a component, or an endpoint.
    static func subject(_ finding: FindingRecord) -> String {
        if let location = finding.location {
            return "<code>\(HTML.escape(location.path)):\(location.startLine)</code>"
        }
        if let purl = finding.purl { return "<code>\(HTML.escape(purl))</code>" }
        if let endpoint = finding.detail.endpoint { return "<code>\(HTML.escape(endpoint.method)) \(HTML.escape(endpoint.url))</code>" }
        return "—"
    }

    /// The states a role may move findings to: developers cannot accept a risk.
    static func targets(for role: Role) -> [FindingState] {
        FindingState.triageTargets.filter { $0 != .acceptedRisk || role.canAcceptRisk }
    }

    /// State, reason (required), and an expiry shown for accepted risks; posted inside the caller's form.
    static func triageFields(identity: Identity, id: String, current: FindingState? = nil) -> String {
        let targets = targets(for: identity.role).filter { $0 != current }
        let options = HTML.options(targets.map { ($0.rawValue, $0.label) }, selected: [], blank: "Choose…")
        let expiry = identity.role.canAcceptRisk ? """
            <label id="\(id)-expiry">Accepted until (UTC day, required to accept a risk) <input type="date" name="until" min="\(Date().addingTimeInterval(86_400).day)" max="\(Date().addingTimeInterval(PlatformStore.longestAcceptance - 86_400).day)"></label>
            """ : ""
        return """
            \(HTML.csrfField(identity))<div class="triage">
            <label>New state <select name="state" id="\(id)-state" required data-expiry="\(id)-expiry">\(options)</select></label>\(expiry)
            <label class="reason">Reason (required) <textarea name="reason" id="\(id)-reason" required maxlength="2000"></textarea></label>
            <button type="submit" id="\(id)-submit">Apply</button></div>
            """
    }
}
