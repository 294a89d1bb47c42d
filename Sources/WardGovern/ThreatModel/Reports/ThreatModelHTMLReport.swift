/// A threat model and its threats as one self-contained HTML page (inline style, no scripts).
public enum ThreatModelHTMLReport {
    public static func render(_ model: ThreatModel, threats: [Threat]) -> String {
        let summary = ThreatModelSummary(model: model, threats: threats)
        let h = ReportText.html
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>Threat model: \(h(model.title))</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24}
        table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
        .critical{color:#8b0000;font-weight:bold}.high{color:#c0392b}.medium{color:#b9770e}.low{color:#2e86c1}.info{color:#566573}
        code{background:#f3f4f6;padding:0 .2rem}
        </style>
        </head>
        <body>
        <h1>Threat model: \(h(model.title))</h1>

        """
        out += "<p>\(model.version.isEmpty ? "" : "Version \(h(model.version)) · ")<code>\(h(model.path))</code> · \(h(summary.counts)) (\(h(summary.severityCounts))).</p>\n"
        out += "<h2>Threats</h2>\n"
        if threats.isEmpty {
            out += "<p>No threats found by the built-in rules.</p>\n"
        } else {
            out += "<table>\n<thead><tr><th>#</th><th>Severity</th><th>STRIDE</th><th>Threat</th><th>Elements</th><th>Mitigations</th><th>Requirements</th></tr></thead>\n<tbody>\n"
            for (index, threat) in threats.enumerated() {
                out += "<tr id=\"threat-\(index + 1)\"><td>\(index + 1)</td>"
                out += "<td class=\"\(threat.severity.rawValue)\">\(threat.severity.rawValue)</td>"
                out += "<td title=\"\(h(threat.category.title))\">\(threat.category.letter)</td>"
                out += "<td><strong>\(h(threat.title))</strong><br>\(h(threat.message))<br><code>\(h(threat.ruleId))</code>"
                out += threat.cwe.map { " CWE-\($0)" }.joined() + "</td>"
                out += "<td>\(h(ThreatModelSummary.elements(of: threat)))</td>"
                out += "<td><ul>" + threat.mitigations.map { "<li>\(h($0))</li>" }.joined() + "</ul></td>"
                out += "<td>\(h(threat.requirements.joined(separator: ", ")))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += "<h2>Elements</h2>\n<table>\n<thead><tr><th>Kind</th><th>Id</th><th>Name</th><th>Line</th></tr></thead>\n<tbody>\n"
        for component in model.components {
            out += "<tr><td>\(component.type.rawValue)</td><td>\(h(component.id))</td><td>\(h(component.name))</td><td>\(component.line)</td></tr>\n"
        }
        for flow in model.flows {
            out += "<tr><td>flow</td><td>\(h(flow.id))</td><td>\(h(flow.from)) → \(h(flow.to)) (\(h(flow.transport)))</td><td>\(flow.line)</td></tr>\n"
        }
        for boundary in model.boundaries {
            out += "<tr><td>boundary</td><td>\(h(boundary.id))</td><td>\(h(boundary.name))</td><td>\(boundary.line)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</body>\n</html>\n"
        return out
    }
}
