import WardCore

/// Flags Google Cloud Storage IAM grants to `allUsers` or `allAuthenticatedUsers`.
struct TerraformGCSPublicMemberRule: TerraformRule {
    static let publicMembers: Set<String> = ["allUsers", "allAuthenticatedUsers"]

    let description = RuleDescription(
        id: "tf-gcs-public-member", title: "GCS bucket granted to allUsers",
        summary: "allUsers is anyone on the internet and allAuthenticatedUsers is anyone with a Google account: both make the bucket public.",
        kind: .configuration, severity: .high, cwe: [732], owasp: ["A01:2021", "CIS-GCP-5.1"],
        remediation: "Grant roles to specific service accounts or groups, and enforce public access prevention on the bucket.",
        triggeringExamples: [terraformExample("resource \"google_storage_bucket_iam_member\" \"public\" {\n  bucket = google_storage_bucket.site.name\n  role   = \"roles/storage.objectViewer\"\n  ↓member = \"allUsers\"\n}\n\nresource \"google_storage_bucket_iam_binding\" \"readers\" {\n  bucket  = \"site\"\n  role    = \"roles/storage.objectViewer\"\n  ↓members = [\"group:team@example.com\", \"allAuthenticatedUsers\"]\n}\n")],
        nonTriggeringExamples: [terraformExample("resource \"google_storage_bucket_iam_member\" \"ci\" {\n  bucket = \"site\"\n  role   = \"roles/storage.objectAdmin\"\n  member = \"serviceAccount:ci@bank.iam.gserviceaccount.com\"\n}\n")])

    func check(terraform: HCLBody, into issues: inout IssueCollector) {
        for resource in terraform.resources(["google_storage_bucket_iam_member", "google_storage_bucket_iam_binding", "google_storage_bucket_access_control", "google_storage_default_object_access_control"]) {
            for name in ["member", "members", "entity"] {
                guard let attribute = resource.body.attribute(name) else { continue }
                let values = attribute.value.flattened.compactMap(\.string)
                if let member = values.first(where: { Self.publicMembers.contains($0) || $0 == "allUsers" || $0 == "allAuthenticatedUsers" }) {
                    issues.add(attribute, detail: member)
                }
            }
        }
    }
}
