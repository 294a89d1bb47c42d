import WardCore

/// A check on a Terraform file.
protocol TerraformRule: ConfigRule {
    func check(terraform: HCLBody, into issues: inout IssueCollector)
}

extension TerraformRule {
    var fileType: ConfigFileType { .terraform }

    func check(_ document: ConfigDocument, into issues: inout IssueCollector) {
        guard case .terraform(let body) = document else { return }
        check(terraform: body, into: &issues)
    }
}

/// A Terraform rule example at `infra/main.tf`.
func terraformExample(_ code: String) -> Example { Example(code, path: "infra/main.tf") }

extension IssueCollector {
    /// An issue at an attribute's name.
    mutating func add(_ attribute: HCLAttribute, detail: String? = nil) {
        add(ConfigIssue(line: attribute.line, column: attribute.column, detail: detail))
    }

    /// An issue at a block's first word (`resource`).
    mutating func add(_ block: HCLBlock, detail: String? = nil) {
        add(ConfigIssue(line: block.line, column: block.column, detail: detail ?? block.labels.joined(separator: ".")))
    }
}
