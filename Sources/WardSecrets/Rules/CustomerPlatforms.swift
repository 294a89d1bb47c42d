import WardCore

extension SecretRules {
    static let customerPlatforms: [SecretRule] = [
        SecretRule(
            id: "hubspot-private-app-token", title: "HubSpot private app access token",
            summary: "A HubSpot private app access token (pat-na1-…, pat-eu1-…): it reads and writes CRM contacts, deals and other records within the app's scopes.",
            severity: .high, remediation: Remediation.rotate("access token", where: "HubSpot (Settings > Integrations > Private Apps, rotate the token)"),
            tags: ["crm", "hubspot"], references: ["https://developers.hubspot.com/docs/api/private-apps"],
            keywords: ["pat-na", "pat-eu", "pat-ap"],
            pattern: #"\b(pat-(?:na|eu|ap)[0-9]-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b"#,
            triggering: [
                Example("HUBSPOT_ACCESS_TOKEN=↓pat-na1-\(Fake.uuid())"),
                Example("const hubspot = new Client({ accessToken: '↓pat-eu1-\(Fake.uuid())' })"),
            ],
            nonTriggering: ["HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx-xxxx"]),
        SecretRule(
            id: "hubspot-api-key", title: "HubSpot legacy API key",
            summary: "A HubSpot developer or legacy portal API key (hapikey): it has read and write access to the portal's CRM data.",
            severity: .high, remediation: Remediation.rotate("API key", where: "HubSpot (Settings > Integrations > API key, or the developer account's keys)"),
            tags: ["crm", "hubspot"],
            keywords: ["hubspot", "hapikey"],
            pattern: #"(?i)(?:hubspot[\w.-]{0,25}["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?|hapikey=)([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b"#,
            entropy: 3.0,
            triggering: [
                Example("HUBSPOT_API_KEY=↓\(Fake.uuid())"),
                Example("https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=↓\(Fake.uuid())"),
            ],
            nonTriggering: ["HUBSPOT_API_KEY=${HUBSPOT_API_KEY}", Example("portal_id=\(Fake.uuid())")]),
        SecretRule(
            id: "zendesk-api-token", title: "Zendesk API token",
            summary: "A Zendesk API token: with any agent's email address it acts on the help desk's tickets, users and settings through the API.",
            severity: .high, remediation: Remediation.rotate("API token", where: "Zendesk Admin Center (Apps and integrations > Zendesk API, delete the token)"),
            tags: ["support", "zendesk"], references: ["https://developer.zendesk.com/api-reference/introduction/security-and-auth/"],
            keywords: ["zendesk"],
            pattern: #"(?i)zendesk[\w.-]{0,25}["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([A-Za-z0-9]{40})(?![A-Za-z0-9])"#,
            entropy: 3.5,
            triggering: [Example("ZENDESK_API_TOKEN=↓\(Fake.alnum(40))")],
            nonTriggering: ["ZENDESK_API_TOKEN=${ZENDESK_API_TOKEN}", Example("ZENDESK_SUBDOMAIN=\(Fake.lower(12))")]),
        SecretRule(
            id: "intercom-access-token", title: "Intercom access token",
            summary: "An Intercom access token: it reads and updates the workspace's contacts, conversations and messages.",
            severity: .high, remediation: Remediation.rotate("access token", where: "the Intercom Developer Hub (the app's Authentication page)"),
            tags: ["support", "intercom"], references: ["https://developers.intercom.com/docs/build-an-integration/learn-more/authentication"],
            keywords: ["intercom"],
            pattern: #"(?i)intercom[\w.-]{0,25}["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([A-Za-z0-9_=-]{60})(?![A-Za-z0-9_=-])"#,
            entropy: 3.5,
            triggering: [Example("INTERCOM_ACCESS_TOKEN=↓dG9rO\(Fake.base64URL(53))==")],
            nonTriggering: ["INTERCOM_ACCESS_TOKEN=<your access token>", Example("INTERCOM_APP_ID=\(Fake.lowerAlnum(8))")]),
        SecretRule(
            id: "zoom-client-secret", title: "Zoom app client secret",
            summary: "The client secret of a Zoom OAuth, server-to-server or SDK app: it obtains tokens that schedule meetings, read recordings and manage users within the app's scopes.",
            severity: .high, remediation: Remediation.rotate("client secret", where: "the Zoom App Marketplace (Manage > the app > App Credentials, regenerate)"),
            tags: ["video", "zoom"], references: ["https://developers.zoom.us/docs/internal-apps/s2s-oauth/"],
            keywords: ["zoom"],
            pattern: #"(?i)zoom[\w.-]{0,20}(?:client|api|sdk|app)[_.-]?secret["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([A-Za-z0-9]{32})(?![A-Za-z0-9])"#,
            entropy: 3.5,
            triggering: [Example("ZOOM_CLIENT_SECRET=↓\(Fake.alnum(32))")],
            nonTriggering: ["ZOOM_CLIENT_SECRET=your-client-secret", Example("ZOOM_CLIENT_ID=\(Fake.alnum(22))")]),
    ]
}
