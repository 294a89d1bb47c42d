import WardCore

/// A check on a property list: `Info.plist` or an `.entitlements` file, as `fileType` says.
protocol PlistRule: ConfigRule {
    func check(plist: PlistValue, into issues: inout IssueCollector)
}

extension PlistRule {
    var fileType: ConfigFileType { .infoPlist }

    func check(_ document: ConfigDocument, into issues: inout IssueCollector) {
        guard case .plist(let plist) = document else { return }
        check(plist: plist, into: &issues)
    }
}

/// A plist rule example: `body` goes inside the top-level `<dict>`.
func plistExample(_ body: String, path: String = "App/Info.plist") -> Example {
    Example("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n\(body)\n</dict>\n</plist>\n", path: path)
}

/// An App Transport Security example: `body` goes inside `NSAppTransportSecurity`.
func atsExample(_ body: String) -> Example {
    plistExample("  <key>NSAppTransportSecurity</key>\n  <dict>\n\(body)\n  </dict>")
}

extension PlistValue {
    /// `NSAppTransportSecurity` and each entry of its `NSExceptionDomains`.
    var appTransportSecurity: PlistValue? { self["NSAppTransportSecurity"]?.value }

    var exceptionDomains: [PlistEntry] { appTransportSecurity?["NSExceptionDomains"]?.value.entries ?? [] }
}
