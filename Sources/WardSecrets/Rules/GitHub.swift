import WardCore

extension SecretRules {
    static let gitHub: [SecretRule] = [
        SecretRule(
            id: "github-personal-access-token", title: "GitHub personal access token (classic)",
            summary: "A classic GitHub personal access token (ghp_): it acts as its owner on every repository and organisation the owner can reach, within broad scopes such as repo or admin:org.",
            severity: .high, remediation: Remediation.rotate("token", where: "GitHub (Settings › Developer settings › Personal access tokens), and prefer fine-grained tokens or GitHub Apps"),
            tags: ["git", "github"], references: ["https://docs.github.com/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens"],
            keywords: ["ghp_"],
            pattern: #"\b(ghp_[A-Za-z0-9]{36})\b"#,
            entropy: 3.0, filtersPlaceholders: true,
            triggering: [
                Example("GITHUB_TOKEN=↓ghp_\(Fake.alnum(36))"),
                Example("git remote add origin https://↓ghp_\(Fake.alnum(36))@github.com/acme/shop.git"),
            ],
            nonTriggering: [
                "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                Example("GITHUB_TOKEN=ghp_\(Fake.alnum(20))"),
            ]),
        SecretRule(
            id: "github-fine-grained-pat", title: "GitHub fine-grained personal access token",
            summary: "A fine-grained GitHub personal access token (github_pat_): it acts as its owner on the repositories and permissions it was granted, often including contents write.",
            severity: .high, remediation: Remediation.rotate("token", where: "GitHub (Settings › Developer settings › Fine-grained tokens; organisation owners can revoke it too)"),
            tags: ["git", "github"], references: ["https://docs.github.com/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens"],
            keywords: ["github_pat_"],
            pattern: #"\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b"#,
            entropy: 3.0, filtersPlaceholders: true,
            triggering: [
                Example("export GH_TOKEN=↓github_pat_\(Fake.alnum(22))_\(Fake.alnum(59))"),
                Example("token: \"↓github_pat_\(Fake.alnum(22))_\(Fake.alnum(59))\""),
            ],
            nonTriggering: [Example("token: github_pat_\(Fake.alnum(22))_\(Fake.alnum(20))")]),
        SecretRule(
            id: "github-oauth-access-token", title: "GitHub OAuth access token",
            summary: "A GitHub OAuth app access token (gho_), such as the one the gh CLI stores: it acts as the user with the scopes they granted the app.",
            severity: .high, remediation: Remediation.rotate("token", where: "GitHub (Settings › Applications › Authorized OAuth Apps: revoke the app's access)"),
            tags: ["git", "github", "oauth"], references: ["https://docs.github.com/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps"],
            keywords: ["gho_"],
            pattern: #"\b(gho_[A-Za-z0-9]{36})\b"#,
            entropy: 3.0, filtersPlaceholders: true,
            triggering: [Example("github.com:\n    user: octocat\n    oauth_token: ↓gho_\(Fake.alnum(36))")],
            nonTriggering: [Example("oauth_token: gho_\(Fake.alnum(30))")]),
        SecretRule(
            id: "github-user-to-server-token", title: "GitHub App user access token",
            summary: "A GitHub App user-to-server token (ghu_): it acts as the user within the intersection of the user's and the app's permissions; it usually expires after eight hours but is renewed with its refresh token.",
            severity: .high, remediation: Remediation.rotate("token", where: "GitHub (Settings › Applications › Authorized GitHub Apps: revoke the app)"),
            tags: ["git", "github", "oauth"], references: ["https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-user-access-token-for-a-github-app"],
            keywords: ["ghu_"],
            pattern: #"\b(ghu_[A-Za-z0-9]{36})\b"#,
            entropy: 3.0, filtersPlaceholders: true,
            triggering: [Example("\"access_token\": \"↓ghu_\(Fake.alnum(36))\"")],
            nonTriggering: [Example("\"access_token\": \"ghu_\(Fake.alnum(36))_\(Fake.alnum(4))\"")]),
        SecretRule(
            id: "github-installation-token", title: "GitHub App installation token",
            summary: "A GitHub App installation (server-to-server) token, ghs_, which is also what Actions' GITHUB_TOKEN looks like: it acts as the app on the installation's repositories, and expires within an hour.",
            severity: .medium, remediation: "The token expires within an hour of issue; if it may still be valid, revoke it through the REST API (DELETE /installation/token) and rotate the GitHub App's private key if that leaked too. Never print or persist installation tokens.",
            tags: ["git", "github"], references: ["https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation"],
            keywords: ["ghs_"],
            pattern: #"\b(ghs_[A-Za-z0-9]{36})\b"#,
            entropy: 3.0, filtersPlaceholders: true,
            triggering: [Example("Authorization: token ↓ghs_\(Fake.alnum(36))")],
            nonTriggering: [Example("Authorization: token ghs_\(Fake.alnum(12))")]),
        SecretRule(
            id: "github-refresh-token", title: "GitHub App refresh token",
            summary: "A GitHub App refresh token (ghr_): for six months it exchanges for new user access tokens, so it keeps access alive long after the short-lived token expires.",
            severity: .high, remediation: Remediation.rotate("refresh token", where: "GitHub (Settings › Applications › Authorized GitHub Apps: revoke the app)"),
            tags: ["git", "github", "oauth"], references: ["https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens"],
            keywords: ["ghr_"],
            pattern: #"\b(ghr_[A-Za-z0-9]{36,76})\b"#,
            entropy: 3.0, filtersPlaceholders: true,
            triggering: [Example("refresh_token=↓ghr_\(Fake.alnum(76))&refresh_token_expires_in=15811200")],
            nonTriggering: [Example("refresh_token=ghr_\(Fake.alnum(16))")]),
    ]
}
