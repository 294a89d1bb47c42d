import WardCore

/// Flags components with `android:exported="true"` and no permission: any app on the device can invoke them.
struct AndroidExportedComponentRule: AndroidXMLRule {
    let description = RuleDescription(
        id: "android-exported-component", title: "Exported component without permission",
        summary: "Any installed app can start this activity, bind this service, send to this receiver or query this provider, reaching internal functionality and data.",
        kind: .configuration, severity: .medium, confidence: .medium, cwe: [926], owasp: ["MASVS-PLATFORM-1"],
        remediation: "Set android:exported=\"false\" unless other apps must use it; otherwise protect it with a signature-level android:permission and validate intents.",
        triggeringExamples: [manifestExample(application: "<application>\n  <service android:name=\".SyncService\" ↓android:exported=\"true\"/>\n  <provider android:name=\".Files\" android:authorities=\"com.example.files\"\n      ↓android:exported=\"true\"/>\n</application>")],
        nonTriggeringExamples: [manifestExample(application: "<application>\n  <activity android:name=\".Main\" android:exported=\"true\">\n    <intent-filter>\n      <action android:name=\"android.intent.action.MAIN\"/>\n      <category android:name=\"android.intent.category.LAUNCHER\"/>\n    </intent-filter>\n  </activity>\n  <service android:name=\".Sync\" android:exported=\"true\" android:permission=\"com.example.SYNC\"/>\n</application>")])

    func check(root: XMLElementNode, into issues: inout IssueCollector) {
        for component in root.androidComponents where component.attributes["android:exported"] == "true" {
            guard !component.isPermissionProtected, !component.isLauncher else { continue }
            issues.add(component, attribute: "android:exported", detail: "\(component.name) \(component.attributes["android:name"] ?? "")")
        }
    }
}
