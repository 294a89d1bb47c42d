import WardCore

extension SecretRules {
    static let dropbox: [SecretRule] = [
        SecretRule(
            id: "dropbox-short-lived-token", title: "Dropbox short-lived access token",
            summary: "A Dropbox short-lived access token (sl.…): for about four hours it reads and writes the files of the account or team it was issued for.",
            severity: .medium, remediation: "The token expires within hours; if it may still be valid, revoke it (`/2/auth/token/revoke`) or disconnect the app in the Dropbox account's Connected apps, and check for the refresh token that minted it.",
            tags: ["storage", "dropbox"], references: ["https://developers.dropbox.com/oauth-guide"],
            keywords: ["sl."],
            pattern: #"\b(sl\.(?:u\.)?[A-Za-z0-9_-]{130,1500})(?![A-Za-z0-9_=-])"#,
            entropy: 4.0,
            triggering: [Example("Authorization: Bearer ↓sl.\(Fake.base64URL(140))")],
            nonTriggering: [Example("Authorization: Bearer sl.\(Fake.base64URL(40))")]),
        SecretRule(
            id: "dropbox-long-lived-token", title: "Dropbox long-lived access token",
            summary: "A legacy long-lived Dropbox access token, recognised by a dropbox setting: it reads and writes the account's or team's files until the app is disconnected.",
            severity: .high, remediation: Remediation.rotate("access token", where: "the Dropbox App Console (the app's settings), or disconnect the app from the account"),
            tags: ["storage", "dropbox"], references: ["https://developers.dropbox.com/oauth-guide"],
            keywords: ["dropbox"],
            pattern: #"(?i:dropbox[\w.-]{0,25}(?:token|key|secret)["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})([a-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])"#,
            triggering: [Example("DROPBOX_ACCESS_TOKEN=↓\(Fake.lowerAlnum(11))AAAAAAAAAA\(Fake.base64URL(43))")],
            nonTriggering: [Example("DROPBOX_ACCESS_TOKEN=\(Fake.lowerAlnum(11))AAAAAAAAAA\(Fake.base64URL(10))")]),
    ]
}
