import WardCore

extension SecretRules {
    static let digitalOcean: [SecretRule] = [
        SecretRule(
            id: "digitalocean-personal-access-token", title: "DigitalOcean personal access token",
            summary: "A DigitalOcean personal access token (dop_v1_): with write scope it creates and destroys droplets, databases, Kubernetes clusters and DNS records across the team.",
            severity: .critical, remediation: Remediation.rotate("token", where: "the DigitalOcean control panel (API › Tokens › Delete)"),
            tags: ["cloud", "digitalocean"], references: ["https://docs.digitalocean.com/reference/api/create-personal-access-token/"],
            keywords: ["dop_v1_"],
            pattern: #"\b(dop_v1_[a-f0-9]{64})\b"#,
            triggering: [
                Example("DIGITALOCEAN_TOKEN=↓dop_v1_\(Fake.hex(64))"),
                Example("provider \"digitalocean\" {\n  token = \"↓dop_v1_\(Fake.hex(64))\"\n}"),
            ],
            nonTriggering: [Example("DIGITALOCEAN_TOKEN=dop_v1_\(Fake.hex(32))")]),
        SecretRule(
            id: "digitalocean-oauth-access-token", title: "DigitalOcean OAuth access token",
            summary: "A DigitalOcean OAuth access token (doo_v1_): an application's delegated access to a team, with the same reach as a personal token of its scope until it expires.",
            severity: .high, remediation: Remediation.rotate("OAuth token", where: "the DigitalOcean control panel (API › OAuth Applications or Authorized Applications › Revoke)"),
            tags: ["cloud", "digitalocean", "oauth"], references: ["https://docs.digitalocean.com/reference/api/oauth/"],
            keywords: ["doo_v1_"],
            pattern: #"\b(doo_v1_[a-f0-9]{64})\b"#,
            triggering: [Example("\"access_token\": \"↓doo_v1_\(Fake.hex(64))\"")],
            nonTriggering: [Example("\"access_token\": \"doo_v1_\(Fake.hex(40))\"")]),
        SecretRule(
            id: "digitalocean-refresh-token", title: "DigitalOcean OAuth refresh token",
            summary: "A DigitalOcean OAuth refresh token (dor_v1_): it exchanges for fresh access tokens, keeping an application's access to the team alive.",
            severity: .high, remediation: Remediation.rotate("OAuth authorization", where: "the DigitalOcean control panel (API › Authorized Applications › Revoke)"),
            tags: ["cloud", "digitalocean", "oauth"], references: ["https://docs.digitalocean.com/reference/api/oauth/"],
            keywords: ["dor_v1_"],
            pattern: #"\b(dor_v1_[a-f0-9]{64})\b"#,
            triggering: [Example("\"refresh_token\": \"↓dor_v1_\(Fake.hex(64))\"")],
            nonTriggering: [Example("\"refresh_token\": \"dor_v1_\(Fake.hex(40))\"")]),
    ]
}
