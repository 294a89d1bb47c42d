import WardCore

/// Flags `android:debuggable="true"`: anyone with the device can attach a debugger and read app memory.
struct AndroidDebuggableRule: AndroidXMLRule {
    let description = RuleDescription(
        id: "android-debuggable", title: "App is debuggable",
        summary: "A debuggable app accepts debugger connections and `run-as`, exposing its data, keys and logic on any device.",
        kind: .configuration, severity: .high, cwe: [489], owasp: ["MASVS-RESILIENCE-4", "MASVS-CODE-2"],
        remediation: "Remove android:debuggable from the manifest; the build type sets it for debug builds only.",
        triggeringExamples: [manifestExample(application: "<application android:label=\"Bank\" ↓android:debuggable=\"true\"/>")],
        nonTriggeringExamples: [manifestExample(application: "<application android:label=\"Bank\" android:debuggable=\"false\"/>")])

    func check(root: XMLElementNode, into issues: inout IssueCollector) {
        if let application = root.child("application"), application.attributes["android:debuggable"] == "true" {
            issues.add(application, attribute: "android:debuggable")
        }
    }
}
