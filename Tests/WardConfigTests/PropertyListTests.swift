import Foundation
import Testing
import WardCore
@testable import WardConfig

/// Info.plist and entitlements in XML and binary form; binary plists have no lines and report line 1.
@Suite struct PropertyListTests {
    @Test func binaryPlistIsCheckedWithoutLines() throws {
        let plist: [String: Any] = ["NSAppTransportSecurity": ["NSAllowsArbitraryLoads": true], "CFBundleIdentifier": "com.example.bank"]
        let data = try PropertyListSerialization.data(fromPropertyList: plist, format: .binary, options: 0)
        let findings = try Array(data).withUnsafeBytes { bytes in
            try ConfigScanner().check(SourceFile(path: "Build/App.app/Info.plist", bytes: bytes))
        }
        #expect(findings.map(\.ruleId) == ["ios-ats-arbitrary-loads"])
        #expect(findings.first?.location?.startLine == 1)
    }

    @Test func xmlPlistKeepsKeyLines() throws {
        let text = "<?xml version=\"1.0\"?>\n<plist version=\"1.0\">\n<dict>\n<key>get-task-allow</key>\n<true/>\n<key>keychain-access-groups</key>\n<array><string>$(AppIdentifierPrefix)com.example</string></array>\n</dict>\n</plist>\n"
        let value = try PlistValue.parse(Array(text.utf8), path: "App.entitlements")
        #expect(value.entries.map(\.key) == ["get-task-allow", "keychain-access-groups"])
        #expect(value.entries.map(\.line) == [4, 6])
        #expect(value["get-task-allow"]?.value.isTrue == true)
        #expect(value["keychain-access-groups"]?.value.elements.first?.string == "$(AppIdentifierPrefix)com.example")
    }

    @Test func notAPlistIsAnInputError() {
        #expect(throws: InputError.self) { try PlistValue.parse(Array("<html><body/></html>".utf8), path: "Info.plist") }
    }
}
