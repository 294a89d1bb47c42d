import WardCore

extension SecretRules {
    static let android: [SecretRule] = [
        SecretRule(
            id: "android-signing-password-gradle", title: "Android signing password in a Gradle script",
            summary: "A keystore or key password written into a Gradle signingConfig: with the keystore, often committed or kept on the same CI, it signs app updates as the publisher.",
            severity: .high, cwe: [798, 522],
            remediation: "Read storePassword and keyPassword from environment variables or an uncommitted keystore.properties instead. "
                + "If the keystore left your control too, enrol in Play App Signing and request an upload-key reset; otherwise change the keystore and key passwords with keytool.",
            tags: ["android", "mobile"], references: ["https://developer.android.com/studio/publish/app-signing#secure-shared-keystore"],
            keywords: ["storepassword", "keypassword"],
            pattern: #"\b(?:storePassword|keyPassword)[ \t]{0,3}=?[ \t]{0,3}\(?[ \t]{0,3}["']((?!(?:android|changeit)["'])[^"'\r\n]{4,128})["']"#,
            paths: ["*.gradle", "*.gradle.kts"], filtersPlaceholders: true,
            triggering: [
                Example("signingConfigs {\n    release {\n        storeFile file(\"release.jks\")\n        storePassword \"↓\(Fake.alnum(14))\"\n        keyAlias \"upload\"\n        keyPassword '↓\(Fake.alnum(14))'\n    }\n}", path: "app/build.gradle"),
                Example("create(\"release\") {\n    storePassword = \"↓\(Fake.alnum(16))\"\n}", path: "app/build.gradle.kts"),
            ],
            nonTriggering: [
                Example("storePassword System.getenv(\"KEYSTORE_PASSWORD\")", path: "app/build.gradle"),
                Example("storePassword keystoreProperties['storePassword']", path: "app/build.gradle"),
                Example("storePassword = \"${System.getenv(\"STORE_PASSWORD\")}\"", path: "app/build.gradle.kts"),
                Example("storePassword \"android\"\nkeyPassword \"android\"", path: "app/build.gradle"),
                Example("storePassword \"\(Fake.alnum(14))\"", path: "docs/signing.md"),
            ]),
        SecretRule(
            id: "android-signing-password-properties", title: "Keystore or signing password in a properties file",
            summary: "A keystore or key password in gradle.properties, a signing or keystore properties file or another .properties file: with the keystore it signs Android app updates as the publisher, or unlocks the Java key store's TLS keys.",
            severity: .high, cwe: [798, 522],
            remediation: "Keep signing passwords in ~/.gradle/gradle.properties on the build machine, environment variables or the CI's protected variables, "
                + "never in the project's properties files. Change the keystore and key passwords with keytool, and request an upload-key reset in Play Console if the keystore leaked as well.",
            tags: ["android", "mobile"], references: ["https://developer.android.com/studio/publish/app-signing#secure-shared-keystore"],
            keywords: ["pass"],
            pattern: #"(?i)(?:store|key)[_.-]?pass(?:word)?[ \t]{0,3}[=:][ \t]{0,3}((?!(?:android|changeit)[ \t]*(?:$|#))[^\s#"']{4,128})"#,
            paths: ["gradle.properties", "*.properties"], filtersPlaceholders: true,
            triggering: [
                Example("MYAPP_UPLOAD_STORE_FILE=upload.keystore\nMYAPP_UPLOAD_STORE_PASSWORD=↓\(Fake.alnum(16))\nMYAPP_UPLOAD_KEY_PASSWORD=↓\(Fake.alnum(16))", path: "android/gradle.properties"),
                Example("storeFile=../release.jks\nstorePassword=↓\(Fake.alnum(12))\nkeyAlias=release\nkeyPassword=↓\(Fake.alnum(12))", path: "keystore.properties"),
                Example("android.injected.signing.store.password=↓\(Fake.alnum(20))", path: "signing.properties"),
            ],
            nonTriggering: [
                Example("storePassword=${STORE_PASSWORD}", path: "keystore.properties"),
                Example("storePassword=android\nkeyPassword=android", path: "debug.properties"),
                Example("server.ssl.trust-store-password=changeit", path: "application.properties"),
                Example("storePassword=\(Fake.alnum(12))", path: "README.md"),
                Example("org.gradle.jvmargs=-Xmx2048m", path: "gradle.properties"),
            ]),
    ]
}
