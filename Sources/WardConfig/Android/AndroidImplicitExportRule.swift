import WardCore

/// Flags components with an intent filter but no `android:exported`: exported by default before Android 12.
struct AndroidImplicitExportRule: AndroidXMLRule {
    let description = RuleDescription(
        id: "android-implicit-export", title: "Component exported implicitly",
        summary: "Before API 31 a component with an intent filter is exported unless it says otherwise, so other apps can invoke it, often unintentionally.",
        kind: .configuration, severity: .medium, confidence: .medium, cwe: [926], owasp: ["MASVS-PLATFORM-1"],
        remediation: "Declare android:exported explicitly on every component with an intent filter (required from targetSdk 31).",
        triggeringExamples: [manifestExample(application: "<application>\n  ↓<receiver android:name=\".PushReceiver\">\n    <intent-filter><action android:name=\"com.example.PUSH\"/></intent-filter>\n  </receiver>\n</application>", sdk: "<uses-sdk android:minSdkVersion=\"23\" android:targetSdkVersion=\"30\"/>\n")],
        nonTriggeringExamples: [manifestExample(application: "<application>\n  <receiver android:name=\".PushReceiver\" android:exported=\"false\">\n    <intent-filter><action android:name=\"com.example.PUSH\"/></intent-filter>\n  </receiver>\n</application>")])

    func check(root: XMLElementNode, into issues: inout IssueCollector) {
        if let target = root.child("uses-sdk")?.attributes["android:targetSdkVersion"].flatMap({ Int($0) }), target >= 31 { return }
        for component in root.androidComponents where component.attributes["android:exported"] == nil {
            guard component.child("intent-filter") != nil, !component.isPermissionProtected, !component.isLauncher else { continue }
            issues.add(component, detail: "\(component.name) \(component.attributes["android:name"] ?? "")")
        }
    }
}
