import Testing
import WardComponents
import WardCore

@Suite struct JavaScriptLockfileTests {
    @Test func packageLockVersion3() throws {
        let result = try Fixtures.inventory("npm/v3")
        #expect(summaries(result) == [
            "pkg:npm/%40babel/runtime@7.23.2 direct runtime package-lock.json:19",
            "pkg:npm/express@4.18.2 direct runtime package-lock.json:28",
            "pkg:npm/qs@6.11.0 transitive runtime package-lock.json:35",
            "pkg:npm/qs@6.5.3 transitive development package-lock.json:39",
            "pkg:npm/jest@29.7.0 direct development package-lock.json:44",
            "pkg:npm/regenerator-runtime@0.14.0 transitive runtime package-lock.json:52",
            "pkg:npm/fsevents@2.3.3 transitive optional package-lock.json:56",
        ])
        let babel = result.components[0]
        #expect(babel.name == "@babel/runtime")
        #expect(babel.licenses == ["MIT"])
        #expect(babel.hashes == [ComponentHash(algorithm: "SHA-512", value: "98cf1e838ca5e43ea2de5bb640a3ee3c7e0502bbc9f0a853a1f6c4ee3c0c52ff4a5f9981bf03c0aa7577325c8136a769f51c9128fe98724f13adf62b3ef5f76e")])
        #expect(babel.dependencies == ["pkg:npm/regenerator-runtime@0.14.0"])
        // Node resolution: express gets its nested qs, jest the hoisted one.
        #expect(result.components[1].dependencies == ["pkg:npm/qs@6.11.0"])
        #expect(result.components[4].dependencies == ["pkg:npm/qs@6.5.3"])
    }

    @Test func packageLockVersion1WithCRLFAndPackageJSON() throws {
        let result = try Fixtures.inventory("npm/v1")
        #expect(summaries(result) == [
            "pkg:npm/lodash@4.17.20 direct runtime package-lock.json:7",
            "pkg:npm/mocha@5.2.0 direct development package-lock.json:12",
            "pkg:npm/debug@3.1.0 transitive development package-lock.json:19",
        ])
        #expect(result.components[0].hashes == [ComponentHash(algorithm: "SHA-1", value: "b44a9b6297bcb698f1c51a3545a2b3b368d59c52")])
        #expect(result.components[1].dependencies == ["pkg:npm/debug@3.1.0"])
    }

    @Test func aBrokenPackageLockIsAWarning() throws {
        let result = try Fixtures.inventory("npm/broken")
        #expect(result.components.isEmpty)
        #expect(result.warnings.map { "\($0.path ?? ""):\($0.line ?? 0)" } == ["package-lock.json:6"])
    }

    @Test func yarnClassic() throws {
        let result = try Fixtures.inventory("npm/yarn-classic")
        #expect(summaries(result) == [
            "pkg:npm/%40babel/code-frame@7.12.13 direct runtime yarn.lock:5",
            "pkg:npm/%40babel/highlight@7.13.10 transitive runtime yarn.lock:12",
            "pkg:npm/chalk@2.4.2 direct development yarn.lock:18",
        ])
        #expect(result.components[0].dependencies == ["pkg:npm/%40babel/highlight@7.13.10"])
        #expect(result.components[1].dependencies == ["pkg:npm/chalk@2.4.2"])
    }

    @Test func yarnBerrySkipsTheWorkspaceAndPatches() throws {
        #expect(summaries(try Fixtures.inventory("npm/yarn-berry")) == [
            "pkg:npm/lodash@4.17.21 direct runtime yarn.lock:17",
            "pkg:npm/typescript@5.2.2 direct development yarn.lock:24",
        ])
    }

    @Test func pnpmVersion6() throws {
        let result = try Fixtures.inventory("npm/pnpm6")
        #expect(summaries(result) == [
            "pkg:npm/%40types/node@20.8.7 direct development pnpm-lock.yaml:19",
            "pkg:npm/react-dom@18.2.0 direct runtime pnpm-lock.yaml:25",
            "pkg:npm/react@18.2.0 transitive runtime pnpm-lock.yaml:33",
            "pkg:npm/undici-types@5.25.3 transitive development pnpm-lock.yaml:37",
        ])
        #expect(result.components[1].dependencies == ["pkg:npm/react@18.2.0"])
    }

    @Test func pnpmVersion9WithImportersAndSnapshots() throws {
        let result = try Fixtures.inventory("npm/pnpm9")
        #expect(summaries(result) == [
            "pkg:npm/debug@4.3.4 direct development pnpm-lock.yaml:17",
            "pkg:npm/ms@2.1.2 transitive runtime pnpm-lock.yaml:21",
            "pkg:npm/ms@2.1.3 direct runtime pnpm-lock.yaml:24",
        ])
        #expect(result.components[0].dependencies == ["pkg:npm/ms@2.1.2"])
    }
}
