import Testing
import WardComponents
import WardCore

@Suite struct SwiftLockfileTests {
    @Test func packageResolvedVersion1KeepsARevisionWhenThereIsNoVersion() throws {
        #expect(summaries(try Fixtures.inventory("swift/v1")) == [
            "pkg:swift/github.com/apple/swift-argument-parser@1.2.2 unknown runtime Package.resolved:5",
            "pkg:swift/github.com/jpsim/Yams@01835dc202670b5bb90d07f3eae41867e9ed29f6 unknown runtime Package.resolved:14",
        ])
    }

    @Test func packageResolvedVersion2SkipsLocalPackages() throws {
        #expect(summaries(try Fixtures.inventory("swift/v2")) == ["pkg:swift/github.com/Alamofire/Alamofire@5.4.3 unknown runtime Package.resolved:4"])
    }

    @Test func packageResolvedVersion3WithCRLFAndBOM() throws {
        let result = try Fixtures.inventory("swift/v3")
        #expect(summaries(result) == ["pkg:swift/github.com/apple/swift-nio@2.64.0 unknown runtime Package.resolved:5"])
        #expect(result.components.first?.name == "github.com/apple/swift-nio")
        #expect(result.components.first?.ecosystem == "SwiftURL")
    }

    @Test func aBrokenPackageResolvedIsAWarningNamingTheLine() throws {
        let result = try Fixtures.inventory("swift/broken")
        #expect(result.components.isEmpty)
        #expect(result.warnings.map { "\($0.path ?? ""):\($0.line ?? 0) \($0.message)" } == ["Package.resolved:10 invalid JSON: unexpected end of file"])
    }

    @Test func podfileLockFoldsSubspecsAndReadsTheGraph() throws {
        let result = try Fixtures.inventory("swift/cocoapods")
        #expect(summaries(result) == [
            "pkg:cocoapods/Alamofire@5.4.3 direct runtime Podfile.lock:2",
            "pkg:cocoapods/Firebase@10.18.0 direct runtime Podfile.lock:3",
            "pkg:cocoapods/FirebaseCore@10.18.0 transitive runtime Podfile.lock:7",
            "pkg:cocoapods/GoogleUtilities@7.12.0 transitive runtime Podfile.lock:9",
            "pkg:cocoapods/SDWebImage@5.18.5 direct runtime Podfile.lock:10",
        ])
        #expect(result.components[1].dependencies == ["pkg:cocoapods/FirebaseCore@10.18.0"])
        #expect(result.components[2].dependencies == ["pkg:cocoapods/GoogleUtilities@7.12.0"])
    }

    @Test func cartfileResolvedUsesTheCartfileForDirectDependencies() throws {
        #expect(summaries(try Fixtures.inventory("swift/carthage")) == [
            "pkg:carthage/dl.example.com/sdk/ExampleSDK.json@2.1.0 direct runtime Cartfile.resolved:1",
            "pkg:carthage/github.com/Alamofire/Alamofire@5.4.3 direct runtime Cartfile.resolved:2",
            "pkg:carthage/gitlab.example.com/mobile/Helpers@v1.0.2 transitive runtime Cartfile.resolved:4",
        ])
    }
}
