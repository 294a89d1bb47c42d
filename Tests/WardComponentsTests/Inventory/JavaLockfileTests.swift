import Testing
import WardComponents
import WardCore

@Suite struct JavaLockfileTests {
    @Test func pomResolvesPropertiesAndManagedVersionsFromTheParent() throws {
        let result = try Fixtures.inventory("java/maven")
        #expect(summaries(result) == [
            "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1 direct runtime app/pom.xml:15",
            "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.16.0 direct runtime app/pom.xml:20",
            "pkg:maven/com.example.bank/bank-common@3.2.0 direct runtime app/pom.xml:24",
            "pkg:maven/javax.servlet/javax.servlet-api@4.0.1 direct development app/pom.xml:29",
            "pkg:maven/junit/junit@4.13.2 direct test app/pom.xml:35",
        ])
        #expect(result.components[0].name == "org.apache.logging.log4j:log4j-core")
        #expect(result.warnings.map { "\($0.path ?? ""):\($0.line ?? 0) \($0.message)" } == ["app/pom.xml:39 org.unknown:mystery: cannot resolve version ${undefined.version}"])
    }

    @Test func aMalformedPomIsAWarningWithItsLine() throws {
        let result = try Fixtures.inventory("java/broken")
        #expect(result.components.isEmpty)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.path == "pom.xml")
        #expect(result.warnings.first?.line == 6)
    }

    @Test func gradleLockfileAndVersionCatalog() throws {
        #expect(summaries(try Fixtures.inventory("java/gradle")) == [
            "pkg:maven/com.google.guava/failureaccess@1.0.1 unknown runtime gradle.lockfile:4",
            "pkg:maven/com.google.guava/guava@32.1.3-jre unknown runtime gradle.lockfile:5",
            "pkg:maven/junit/junit@4.13.2 unknown test gradle.lockfile:6",
            "pkg:maven/org.hamcrest/hamcrest-core@1.3 unknown test gradle.lockfile:7",
            "pkg:maven/org.jetbrains.kotlin/kotlin-stdlib@1.9.20 direct runtime gradle/libs.versions.toml:6",
            "pkg:maven/com.squareup.okhttp3/okhttp@4.12.0 direct runtime gradle/libs.versions.toml:7",
            "pkg:maven/com.google.code.gson/gson@2.10.1 direct runtime gradle/libs.versions.toml:8",
        ])
    }

    @Test func externalEntitiesAreNotResolved() throws {
        let pom = """
            <?xml version="1.0"?>
            <!DOCTYPE project [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <project><dependencies><dependency><groupId>g</groupId><artifactId>a</artifactId><version>&secret;</version></dependency></dependencies></project>
            """
        let components = (try? PomParser().parse(Array(pom.utf8), path: "pom.xml")) ?? []
        #expect(components.allSatisfy { !$0.version.contains(where: \.isLetter) || $0.version.isEmpty })
    }
}
