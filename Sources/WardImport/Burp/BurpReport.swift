import WardCore

/// A Burp Suite XML issues export (`<issues burpVersion=…>`): the issue fields findings are made
/// of. Requests and responses (often base64) are read for their method only; bodies are never kept.
struct BurpReport {
    var burpVersion: String?
    var issues: [Issue]

    struct Issue {
        var serialNumber: String?
        /// Burp's numeric issue type, stable across scans: the rule id.
        var type: String?
        var name: String?
        var host: String?
        var path: String?
        /// The path plus, for parameter issues, `[name parameter]` or `[name cookie]`.
        var location: String?
        var severity: String?
        var confidence: String?
        var issueBackground: String?
        var remediationBackground: String?
        var issueDetail: String?
        var remediationDetail: String?
        /// HTML list of links such as `CWE-79: Improper Neutralization…` (Burp 2.x).
        var vulnerabilityClassifications: String?
        var method: String?
    }
}

extension BurpReport {
    init(xml root: XMLElementNode) {
        burpVersion = root.attributes["burpVersion"]
        issues = root.children("issue").map { node in
            Issue(
                serialNumber: node.value("serialNumber"), type: node.value("type"), name: node.value("name"), host: node.value("host"),
                path: node.value("path"), location: node.value("location"), severity: node.value("severity"), confidence: node.value("confidence"),
                issueBackground: node.value("issueBackground"), remediationBackground: node.value("remediationBackground"),
                issueDetail: node.value("issueDetail"), remediationDetail: node.value("remediationDetail"),
                vulnerabilityClassifications: node.value("vulnerabilityClassifications"),
                method: node.child("requestresponse")?.child("request")?.attributes["method"])
        }
    }
}
