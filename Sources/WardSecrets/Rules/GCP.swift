import WardCore

extension SecretRules {
    static let gcp: [SecretRule] = [
        SecretRule(
            id: "gcp-api-key", title: "Google API key",
            summary: "A Google API key (AIza…) calls Google Cloud, Maps, Firebase and Gemini APIs on its project's bill; without application and API restrictions anyone holding it can spend the quota or read what those APIs return.",
            severity: .high, remediation: Remediation.rotate("API key", where: "the Google Cloud console (APIs & Services › Credentials; restrict the replacement to its apps and APIs)"),
            tags: ["cloud", "gcp"], references: ["https://cloud.google.com/docs/authentication/api-keys"],
            keywords: ["aiza"],
            pattern: #"\b(AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])"#,
            entropy: 3.5,
            triggering: [
                Example("GOOGLE_MAPS_API_KEY=↓AIza\(Fake.base64URL(35))"),
                Example("<string name=\"google_api_key\">↓AIza\(Fake.base64URL(35))</string>"),
            ],
            nonTriggering: [
                Example("apiKey: \"AIza\(Fake.base64URL(20))\""),
                Example("key = \"AIza\(Fake.base64URL(40))\""),
            ]),
        SecretRule(
            id: "gcp-service-account-key", title: "Google Cloud service account key file",
            summary: "A service account JSON key (type service_account with its private key): it signs in as the service account from anywhere, with every IAM role the account holds, until the key is deleted.",
            severity: .critical, remediation: Remediation.rotate("service account key (by its private_key_id)", where: "the Google Cloud console (IAM & Admin › Service Accounts › Keys), and prefer workload identity federation to key files"),
            tags: ["cloud", "gcp"], references: ["https://cloud.google.com/iam/docs/keys-create-delete"],
            keywords: ["service_account"],
            pattern: #"\\?"type\\?"[ \t]*:[ \t]*\\?"service_account\\?"[\s\S]{0,400}?\\?"private_key_id\\?"[ \t]*:[ \t]*\\?"([a-f0-9]{40})\\?"[ \t]*,[\s\S]{0,80}?\\?"private_key\\?"[ \t]*:[ \t]*\\?"-----BEGIN"#,
            window: .wholeFile,
            triggering: [
                Example("""
                    {
                      "type": "service_account",
                      "project_id": "billing-\(Fake.lowerAlnum(6))",
                      "private_key_id": "↓\(Fake.hex(40))",
                      "private_key": "-----BEGIN PRIVATE KEY-----\\n\(Fake.base64(64))\\n-----END PRIVATE KEY-----\\n",
                      "client_email": "deployer@billing.iam.gserviceaccount.com"
                    }
                    """),
                Example(#"GOOGLE_CREDENTIALS="{\"type\":\"service_account\",\"project_id\":\"ci\",\"private_key_id\":\"↓\#(Fake.hex(40))\",\"private_key\":\"-----BEGIN PRIVATE KEY-----\\nMII\#(Fake.base64(60))\\n-----END PRIVATE KEY-----\\n\"}""#),
            ],
            nonTriggering: [
                Example("""
                    {
                      "type": "service_account",
                      "project_id": "billing",
                      "private_key_id": "\(Fake.hex(40))",
                      "client_email": "deployer@billing.iam.gserviceaccount.com"
                    }
                    """),
            ]),
        SecretRule(
            id: "gcp-oauth-client-secret", title: "Google OAuth client secret",
            summary: "The secret of a Google OAuth client (GOCSPX-…): with the client ID it lets an impostor app complete sign-ins as the registered application and exchange codes for users' tokens.",
            severity: .high, remediation: Remediation.rotate("client secret", where: "the Google Cloud console (APIs & Services › Credentials › the OAuth client; add a new secret, then disable the old one)"),
            tags: ["cloud", "gcp", "oauth"], references: ["https://support.google.com/cloud/answer/15549257"],
            keywords: ["gocspx-"],
            pattern: #"\b(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])"#,
            triggering: [
                Example("{\"web\": {\"client_id\": \"\(Fake.digits(12))-\(Fake.lowerAlnum(32)).apps.googleusercontent.com\", \"client_secret\": \"↓GOCSPX-\(Fake.base64URL(28))\"}}"),
                Example("GOOGLE_CLIENT_SECRET=↓GOCSPX-\(Fake.base64URL(28))"),
            ],
            nonTriggering: [Example("GOOGLE_CLIENT_SECRET=GOCSPX-\(Fake.base64URL(12))")]),
        SecretRule(
            id: "gcp-oauth-refresh-token", title: "Google OAuth refresh token",
            summary: "A Google OAuth refresh token (1//0…), as stored by gcloud's application default credentials or an app's token cache: it mints new access tokens for the user's granted scopes until revoked.",
            severity: .high, remediation: Remediation.rotate("refresh token", where: "the Google account's third-party access page (or `gcloud auth application-default revoke`)"),
            tags: ["cloud", "gcp", "oauth"], references: ["https://developers.google.com/identity/protocols/oauth2"],
            keywords: ["1//0"],
            pattern: #"\b(1//0[A-Za-z0-9_-]{60,300})(?![A-Za-z0-9_-])"#,
            entropy: 4.0,
            triggering: [
                Example("\"refresh_token\": \"↓1//0\(Fake.alnum(1))\(Fake.base64URL(98))\","),
                Example("GOOGLE_REFRESH_TOKEN=↓1//0\(Fake.base64URL(100))"),
            ],
            nonTriggering: [
                "// 1//0 divides by zero",
                Example("\"refresh_token\": \"1//0\(Fake.base64URL(20))\""),
            ]),
        SecretRule(
            id: "firebase-cloud-messaging-server-key", title: "Firebase Cloud Messaging legacy server key",
            summary: "A legacy FCM server key (AAAA…:APA91b…): it sends push notifications to every device registered with the Firebase project, so it can phish the app's whole user base.",
            severity: .high, remediation: Remediation.rotate("server key", where: "the Firebase console (Project settings › Cloud Messaging), and move to the HTTP v1 API with short-lived OAuth tokens"),
            tags: ["cloud", "gcp", "firebase"], references: ["https://firebase.google.com/docs/cloud-messaging/migrate-v1"],
            keywords: ["apa91b"],
            pattern: #"\b(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])"#,
            triggering: [
                Example("Authorization: key=↓AAAA\(Fake.base64URL(7)):APA91b\(Fake.base64URL(134))"),
                Example("FCM_SERVER_KEY=\"↓AAAA\(Fake.base64URL(7)):APA91b\(Fake.base64URL(134))\""),
            ],
            nonTriggering: [
                // A device registration token, which identifies a phone rather than granting anything.
                Example("registration_ids: [\"\(Fake.base64URL(11)):APA91b\(Fake.base64URL(134))\"]"),
            ]),
        SecretRule(
            id: "firebase-database-secret", title: "Firebase Realtime Database secret in a URL",
            summary: "A legacy Realtime Database secret passed as ?auth= on a firebaseio.com URL: it bypasses the security rules and reads or writes the whole database.",
            severity: .critical, remediation: Remediation.rotate("database secret", where: "the Firebase console (Project settings › Service accounts › Database secrets)"),
            tags: ["cloud", "gcp", "firebase"], references: ["https://firebase.google.com/docs/database/rest/auth"],
            keywords: ["firebaseio.com", "firebasedatabase.app"],
            pattern: #"\bhttps://[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,40})?\.(?:firebaseio\.com|firebasedatabase\.app)/[^\s"'?#]{0,200}\?(?:[^\s"'#]{0,200}&)?auth=([A-Za-z0-9]{40})(?![A-Za-z0-9])"#,
            entropy: 3.5,
            triggering: [
                Example("curl 'https://shop-\(Fake.lowerAlnum(5)).firebaseio.com/orders.json?auth=↓\(Fake.alnum(40))'"),
                Example("url = \"https://chat-\(Fake.lowerAlnum(5))-default-rtdb.europe-west1.firebasedatabase.app/rooms.json?print=pretty&auth=↓\(Fake.alnum(40))\""),
            ],
            nonTriggering: [
                Example("https://shop.firebaseio.com/orders.json?auth=\(Fake.alnum(20))"),
                "https://shop.firebaseio.com/orders.json?auth=${FIREBASE_SECRET}",
            ]),
    ]
}
