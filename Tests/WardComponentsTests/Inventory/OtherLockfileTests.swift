import Testing
import WardComponents
import WardCore

@Suite struct OtherLockfileTests {
    @Test func goModWithIndirectAndReplaceAndGoSumOnlyWhenAlone() throws {
        #expect(summaries(try Fixtures.inventory("go")) == [
            "pkg:golang/github.com/gin-gonic/gin@v1.9.1 direct runtime go.mod:6",
            "pkg:golang/github.com/pkg/errors@v0.9.2-fork.1 direct runtime go.mod:7",
            "pkg:golang/golang.org/x/text@v0.13.0 transitive runtime go.mod:8",
            "pkg:golang/github.com/google/uuid@v1.3.1 transitive runtime go.mod:12",
            "pkg:golang/github.com/google/uuid@v1.3.1 unknown runtime sum-only/go.sum:1",
            "pkg:golang/golang.org/x/text@v0.13.0 unknown runtime sum-only/go.sum:3",
        ])
    }

    @Test func cargoLock() throws {
        let result = try Fixtures.inventory("rust")
        #expect(summaries(result) == [
            "pkg:cargo/serde@1.0.190 direct runtime Cargo.lock:14",
            "pkg:cargo/serde_derive@1.0.190 transitive runtime Cargo.lock:23",
            "pkg:cargo/time@0.1.45 transitive runtime Cargo.lock:29",
            "pkg:cargo/time@0.3.30 direct runtime Cargo.lock:34",
        ])
        #expect(result.components[0].hashes == [ComponentHash(algorithm: "SHA-256", value: "91d3c334ca1ee894a2c6f6ad698fe8c435b76d504b13d436f0685d648d6d96f7")])
        #expect(result.components[0].dependencies == ["pkg:cargo/serde_derive@1.0.190"])
    }

    @Test func gemfileLockWithGitPathAndPlatforms() throws {
        let result = try Fixtures.inventory("ruby")
        #expect(summaries(result) == [
            "pkg:gem/paperclip@6.1.0 direct runtime Gemfile.lock:5",
            "pkg:gem/activesupport@7.0.8 direct runtime Gemfile.lock:16",
            "pkg:gem/concurrent-ruby@1.2.2 transitive runtime Gemfile.lock:19",
            "pkg:gem/i18n@1.14.1 transitive runtime Gemfile.lock:20",
            "pkg:gem/nokogiri@1.15.4 direct runtime Gemfile.lock:22",
            "pkg:gem/racc@1.7.1 transitive runtime Gemfile.lock:24",
        ])
        #expect(result.components[1].dependencies == ["pkg:gem/concurrent-ruby@1.2.2", "pkg:gem/i18n@1.14.1"])
    }

    @Test func composerLockWithLicenses() throws {
        let result = try Fixtures.inventory("php")
        #expect(summaries(result) == [
            "pkg:composer/monolog/monolog@3.5.0 direct runtime composer.lock:8",
            "pkg:composer/psr/log@3.0.0 transitive runtime composer.lock:30",
            "pkg:composer/phpunit/phpunit@10.4.2 direct development composer.lock:43",
            "pkg:composer/symfony/polyfill-php80@v1.28.0 transitive development composer.lock:50",
        ])
        #expect(result.components.map(\.licenses) == [["MIT"], ["MIT"], ["BSD-3-Clause"], ["(MIT OR Apache-2.0)"]])
        #expect(result.components[1].hashes == [ComponentHash(algorithm: "SHA-1", value: "fe5ea303b0887d5caefd3d431c3e61ad47037001")])
    }

    @Test func nugetPackagesLockAcrossFrameworks() throws {
        let result = try Fixtures.inventory("dotnet")
        #expect(summaries(result) == [
            "pkg:nuget/Newtonsoft.Json@13.0.3 direct runtime packages.lock.json:5",
            "pkg:nuget/System.Text.Encodings.Web@4.7.2 transitive runtime packages.lock.json:11",
        ])
        #expect(result.components[1].dependencies == ["pkg:nuget/Newtonsoft.Json@13.0.3"])
    }

    @Test func pubspecLockSkipsTheSDK() throws {
        #expect(summaries(try Fixtures.inventory("dart")) == [
            "pkg:pub/async@2.11.0 transitive runtime pubspec.lock:4",
            "pkg:pub/http@1.1.0 direct runtime pubspec.lock:17",
            "pkg:pub/mockito@5.4.2 direct development pubspec.lock:25",
        ])
    }
}
