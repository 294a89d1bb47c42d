import WardCore

/// Flags Azure storage accounts and containers that allow anonymous blob access.
struct TerraformAzureBlobPublicAccessRule: TerraformRule {
    let description = RuleDescription(
        id: "tf-azure-blob-public-access", title: "Azure blobs readable anonymously",
        summary: "With public blob access enabled, containers can serve their blobs to anyone with the URL, without authentication.",
        kind: .configuration, severity: .high, cwe: [732], owasp: ["A01:2021", "CIS-AZURE-3.7"],
        remediation: "Set `allow_nested_items_to_be_public = false` on the account and `container_access_type = \"private\"` on containers.",
        triggeringExamples: [terraformExample("resource \"azurerm_storage_account\" \"docs\" {\n  name = \"bankdocs\"\n  ↓allow_nested_items_to_be_public = true\n}\n\nresource \"azurerm_storage_container\" \"docs\" {\n  name = \"docs\"\n  ↓container_access_type = \"blob\"\n}\n")],
        nonTriggeringExamples: [terraformExample("resource \"azurerm_storage_account\" \"docs\" {\n  allow_nested_items_to_be_public = false\n}\n\nresource \"azurerm_storage_container\" \"docs\" {\n  container_access_type = \"private\"\n}\n")])

    func check(terraform: HCLBody, into issues: inout IssueCollector) {
        for account in terraform.resources(["azurerm_storage_account"]) {
            for name in ["allow_blob_public_access", "allow_nested_items_to_be_public"] {
                if let attribute = account.body.attribute(name), attribute.value.isTrue { issues.add(attribute, detail: account.labels.joined(separator: ".")) }
            }
        }
        for container in terraform.resources(["azurerm_storage_container"]) {
            if let attribute = container.body.attribute("container_access_type"), let type = attribute.value.string, type == "blob" || type == "container" {
                issues.add(attribute, detail: type)
            }
        }
    }
}
