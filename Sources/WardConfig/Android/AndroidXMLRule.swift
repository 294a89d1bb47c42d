import WardCore

/// A check on an Android XML file: the manifest, or (with `fileType` overridden) a network security config.
protocol AndroidXMLRule: ConfigRule {
    func check(root: XMLElementNode, into issues: inout IssueCollector)
}

extension AndroidXMLRule {
    var fileType: ConfigFileType { .androidManifest }

    func check(_ document: ConfigDocument, into issues: inout IssueCollector) {
        guard case .xml(let root) = document else { return }
        check(root: root, into: &issues)
    }
}

/// A manifest example: `application` holds the attributes and children of `<application>`.
func manifestExample(application: String, sdk: String = "") -> Example {
    Example("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\" package=\"com.example.bank\">\n\(sdk)\(application)\n</manifest>\n", path: "app/src/main/AndroidManifest.xml")
}

/// A network security config example at `res/xml/network_security_config.xml`.
func networkConfigExample(_ body: String) -> Example {
    Example("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<network-security-config>\n\(body)\n</network-security-config>\n", path: "app/src/main/res/xml/network_security_config.xml")
}

extension IssueCollector {
    /// An issue at `attribute="` of `element`; XMLParser reports where the start tag ends, so the tag is
    /// found by looking back from there and the attribute by looking forward from the tag.
    mutating func add(_ element: XMLElementNode, attribute: String? = nil, detail: String? = nil) {
        let low = max(1, element.line - 60)
        let tagLine = stride(from: element.line, through: low, by: -1).first { file.text(ofLine: $0).hasBytes("<" + element.name) } ?? element.line
        guard let attribute else { return add(line: tagLine, at: "<" + element.name, detail: detail) }
        let needle = attribute.hasBytes("=") ? attribute : attribute + "="
        let attributeLine = line(containing: needle, from: tagLine, limit: 60) ?? tagLine
        add(line: attributeLine, at: needle, detail: detail)
    }
}

extension XMLElementNode {
    /// Every element of the tree, depth first, without recursion (XMLTree bounds the depth anyway).
    var descendants: [XMLElementNode] {
        var result: [XMLElementNode] = []
        var stack = [self]
        while let node = stack.popLast() {
            result.append(node)
            stack.append(contentsOf: node.children.reversed())
        }
        return result
    }

    /// Components that other apps can start: activities, aliases, services, receivers, providers.
    var androidComponents: [XMLElementNode] {
        let kinds: Set<String> = ["activity", "activity-alias", "service", "receiver", "provider"]
        return child("application")?.children.filter { kinds.contains($0.name) } ?? []
    }

    /// True for the launcher activity, which must be exported.
    var isLauncher: Bool {
        children("intent-filter").contains { filter in
            filter.children("action").contains { $0.attributes["android:name"] == "android.intent.action.MAIN" }
                && filter.children("category").contains { $0.attributes["android:name"] == "android.intent.category.LAUNCHER" }
        }
    }

    /// True when a permission guards the component (providers also have read and write permissions).
    var isPermissionProtected: Bool {
        ["android:permission", "android:readPermission", "android:writePermission"].contains { attributes[$0] != nil }
    }
}
