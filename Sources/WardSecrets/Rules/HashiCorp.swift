import WardCore

extension SecretRules {
    static let hashiCorp: [SecretRule] = [
        SecretRule(
            id: "vault-service-token", title: "HashiCorp Vault service token",
            summary: "A Vault service token (hvs.): it reads, writes or issues whatever secrets its policies allow — database credentials, cloud keys, certificates — and a root token allows everything.",
            severity: .critical, remediation: Remediation.rotate("token", where: "Vault (`vault token revoke <token>`, or revoke its accessor), then rotate the secrets it could read"),
            tags: ["vault", "hashicorp"], references: ["https://developer.hashicorp.com/vault/docs/concepts/tokens"],
            keywords: ["hvs."],
            pattern: #"\b(hvs\.(?:[A-Za-z0-9_-]{90,120}|[A-Za-z0-9]{24}))(?![A-Za-z0-9_-])"#,
            entropy: 3.5,
            triggering: [
                Example("VAULT_TOKEN=↓hvs.CAESI\(Fake.base64URL(90))"),
                Example("vault login ↓hvs.\(Fake.alnum(24))"),
            ],
            nonTriggering: [
                "VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx",
                Example("VAULT_TOKEN=hvs.\(Fake.alnum(40))"),
            ]),
        SecretRule(
            id: "vault-batch-token", title: "HashiCorp Vault batch token",
            summary: "A Vault batch token (hvb.): a self-contained, non-renewable token that carries its policies with it and stays valid until its TTL ends — it cannot be revoked on its own.",
            severity: .high, remediation: "A batch token cannot be revoked by itself: revoke its parent token or lease in Vault (`vault token revoke` on the parent), rotate the secrets it could read, and keep batch TTLs short.",
            tags: ["vault", "hashicorp"], references: ["https://developer.hashicorp.com/vault/docs/concepts/tokens#batch-tokens"],
            keywords: ["hvb."],
            pattern: #"\b(hvb\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_-])"#,
            entropy: 4.0,
            triggering: [Example("X-Vault-Token: ↓hvb.AAAAAQ\(Fake.base64URL(150))")],
            nonTriggering: [Example("X-Vault-Token: hvb.\(Fake.base64URL(60))")]),
        SecretRule(
            id: "vault-legacy-token", title: "HashiCorp Vault token (pre-1.10 format)",
            summary: "A Vault token in the old s.… format, recognised by a vault setting or header: it reads whatever secrets its policies allow.",
            severity: .critical, remediation: Remediation.rotate("token", where: "Vault (`vault token revoke <token>`), then rotate the secrets it could read"),
            tags: ["vault", "hashicorp"], references: ["https://developer.hashicorp.com/vault/docs/concepts/tokens"],
            keywords: ["vault"],
            pattern: #"(?i:vault[\w.-]{0,20}(?:token|key)["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})(s\.[A-Za-z0-9]{24})(?![A-Za-z0-9])"#,
            entropy: 3.5,
            validator: { $0.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } },
            triggering: [
                Example("VAULT_TOKEN=↓s.\(Fake.alnum(20))\(Fake.digits(4))"),
                Example("curl -H \"X-Vault-Token: ↓s.\(Fake.alnum(20))\(Fake.digits(4))\" https://vault.internal:8200/v1/secret/data/app"),
            ],
            nonTriggering: [
                "vault_token = s.AcceptanceTimeoutSeconds",
                Example("VAULT_TOKEN=s.\(Fake.alnum(10))"),
            ]),
        SecretRule(
            id: "terraform-cloud-api-token", title: "HCP Terraform (Terraform Cloud) API token",
            summary: "An HCP Terraform or Terraform Enterprise API token (….atlasv1.…): it queues runs, reads state files full of secrets and changes workspaces — and through them the infrastructure they manage.",
            severity: .critical, remediation: Remediation.rotate("API token", where: "HCP Terraform (User or Organization settings › Tokens › Delete)"),
            tags: ["hashicorp", "terraform", "iac"], references: ["https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens"],
            keywords: ["atlasv1"],
            pattern: #"\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])"#,
            entropy: 3.5,
            triggering: [
                Example("credentials \"app.terraform.io\" {\n  token = \"↓\(Fake.alnum(14)).atlasv1.\(Fake.base64URL(67))\"\n}"),
                Example("TF_TOKEN_app_terraform_io=↓\(Fake.alnum(14)).atlasv1.\(Fake.base64URL(67))"),
            ],
            nonTriggering: [Example("token = \"\(Fake.alnum(14)).atlasv1.\(Fake.base64URL(20))\"")]),
    ]
}
