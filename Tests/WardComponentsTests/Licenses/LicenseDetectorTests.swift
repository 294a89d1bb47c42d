import Testing
import WardComponents
import WardCore

@Suite struct LicenseDetectorTests {
    @Test(arguments: [
        ("MIT.txt", "MIT"), ("MIT-crlf-reflowed.txt", "MIT"), ("ISC.txt", "ISC"), ("BSD-2-Clause.txt", "BSD-2-Clause"),
        ("BSD-3-Clause.txt", "BSD-3-Clause"), ("Apache-2.0-notice.txt", "Apache-2.0"), ("Unlicense.txt", "Unlicense"),
        ("GPL-3.0-preamble.txt", "GPL-3.0"), ("LGPL-3.0.txt", "LGPL-3.0"),
    ])
    func identifiesLicenseFiles(file: String, spdx: String) throws {
        let text = String(decoding: try Fixtures.bytes("licenses/" + file), as: UTF8.self)
        let match = LicenseDetector().identify(text)
        #expect(match?.spdx == spdx)
        #expect((match?.score ?? 0) > 0.9)
    }

    @Test func textThatIsNoLicenseHasNone() throws {
        #expect(LicenseDetector().identify(String(decoding: try Fixtures.bytes("licenses/not-a-license.md"), as: UTF8.self)) == nil)
        #expect(LicenseDetector().identify("") == nil)
    }

    @Test func aTruncatedLicenseDoesNotMatch() throws {
        let text = String(decoding: try Fixtures.bytes("licenses/BSD-3-Clause.txt"), as: UTF8.self)
        #expect(LicenseDetector().identify(String(text.prefix(300))) == nil)
    }

    @Test func vendoredDirectoriesGiveLicensesToComponents() throws {
        let root = try Fixtures.path("vendored")
        let licenses = VendoredLicenseScanner().scan(root: root)
        #expect(licenses.map { "\($0.directory) \($0.name) detected=\($0.detected) declared=\($0.declared)" } == [
            "Carthage/Checkouts/RxSwift RxSwift detected=[\"MIT\"] declared=[]",
            "Pods/Alamofire Alamofire detected=[\"MIT\"] declared=[]",
            "node_modules/@scope/util @scope/util detected=[\"BSD-3-Clause\"] declared=[]",
            "node_modules/isc-thing isc-thing detected=[\"ISC\"] declared=[]",
            "node_modules/left-pad left-pad detected=[\"MIT\"] declared=[\"WTFPL\"]",
            "vendor/github.com/pkg/errors github.com/pkg/errors detected=[\"BSD-2-Clause\"] declared=[]",
        ])
        var components = try Inventory().collect(root: root).components
        licenses.apply(to: &components)
        #expect(components.map { "\($0.name) \($0.licenses)" } == [
            "github.com/ReactiveX/RxSwift [\"MIT\"]",
            "Alamofire [\"MIT\"]",
            "github.com/pkg/errors [\"BSD-2-Clause\"]",
            "left-pad [\"WTFPL\"]",
            "@scope/util [\"BSD-3-Clause\"]",
            "isc-thing [\"ISC\"]",
        ])
    }
}
