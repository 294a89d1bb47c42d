import WardCore

/// One configuration check: describes itself and inspects one parsed file of its type.
public protocol ConfigRule: Sendable {
    /// Id, title, severity, CWE, remediation and the examples the generic test runs.
    var description: RuleDescription { get }
    /// The only file type whose parsed document the rule is given.
    var fileType: ConfigFileType { get }
    /// Adds an issue for every place of `document` that breaks the rule.
    func check(_ document: ConfigDocument, into issues: inout IssueCollector)
}

extension ConfigRule {
    /// The rule's stable id, e.g. `docker-root-user`.
    public var id: String { description.id }
}
