import WardCore

/// Flags backups of app data (`allowBackup` true, or unset, since it defaults to true) without backup rules.
struct AndroidAllowBackupRule: AndroidXMLRule {
    let description = RuleDescription(
        id: "android-allow-backup", title: "App data can be backed up",
        summary: "allowBackup (true by default) lets adb and cloud backups copy the app's private files, tokens and databases off the device.",
        kind: .configuration, severity: .medium, confidence: .medium, cwe: [530], owasp: ["MASVS-STORAGE-2"],
        remediation: "Set android:allowBackup=\"false\", or keep it and exclude sensitive files with dataExtractionRules / fullBackupContent.",
        triggeringExamples: [
            manifestExample(application: "<application ↓android:allowBackup=\"true\" android:label=\"Bank\"/>"),
            manifestExample(application: "↓<application android:label=\"Bank\"/>"),
        ],
        nonTriggeringExamples: [
            manifestExample(application: "<application android:allowBackup=\"false\"/>"),
            manifestExample(application: "<application android:dataExtractionRules=\"@xml/data_extraction_rules\" android:fullBackupContent=\"@xml/backup_rules\"/>"),
        ])

    func check(root: XMLElementNode, into issues: inout IssueCollector) {
        guard let application = root.child("application") else { return }
        let hasRules = application.attributes["android:dataExtractionRules"] != nil || application.attributes["android:fullBackupContent"] != nil
        switch application.attributes["android:allowBackup"] {
        case "true": if !hasRules { issues.add(application, attribute: "android:allowBackup") }
        case nil: if !hasRules { issues.add(application, detail: "allowBackup is not set and defaults to true") }
        default: break
        }
    }
}
