import Testing
@testable import WardConfig

/// Which files go to which checks, and that ordinary files are rejected by name.
@Suite struct ConfigClassifierTests {
    static func classify(_ path: String, _ content: String = "") -> ConfigFileType? {
        Array(content.utf8).withUnsafeBytes { ConfigClassifier.classify(path: path, bytes: $0) }
    }

    @Test(arguments: [
        ("Dockerfile", ConfigFileType.dockerfile), ("services/api/Dockerfile.prod", .dockerfile), ("build/api.dockerfile", .dockerfile),
        ("Containerfile", .dockerfile), (".gitlab-ci.yml", .gitlabCI), ("sub/.gitlab-ci.yml", .gitlabCI),
        (".github/workflows/ci.yml", .githubActions), ("tools/.github/workflows/release.yaml", .githubActions),
        ("infra/modules/vpc/main.tf", .terraform), ("ios/App/Info.plist", .infoPlist), ("ios/App/App-Info.plist", .infoPlist),
        ("ios/App/App.entitlements", .entitlements), ("app/src/main/AndroidManifest.xml", .androidManifest),
    ])
    func classifiesByName(path: String, expected: ConfigFileType) {
        #expect(Self.classify(path) == expected)
    }

    @Test func yamlIsKubernetesOnlyWithApiVersionAndKind() {
        #expect(Self.classify("deploy/app.yaml", "apiVersion: apps/v1\nkind: Deployment\n") == .kubernetes)
        #expect(Self.classify("chart/templates/all.yml", "---\n# Source: x\napiVersion: v1\nkind: Pod\n") == .kubernetes)
        #expect(Self.classify("docker-compose.yml", "services:\n  web:\n    image: nginx\n") == nil)
        #expect(Self.classify("config/app.yaml", "kind: settings\n") == nil)
    }

    @Test func networkSecurityConfigNeedsItsFolderAndRoot() {
        let config = "<network-security-config><base-config/></network-security-config>"
        #expect(Self.classify("app/src/main/res/xml/network_security_config.xml", config) == .networkSecurityConfig)
        #expect(Self.classify("res/xml/nsc.xml", config) == .networkSecurityConfig)
        #expect(Self.classify("app/src/main/res/xml/file_paths.xml", "<paths><files-path name=\"x\" path=\".\"/></paths>") == nil)
        #expect(Self.classify("docs/network_security_config.xml", config) == nil)
    }

    @Test(arguments: ["Sources/App/main.swift", "src/index.ts", "pom.xml", "README.md", "Package.swift", "build.gradle",
                      "ios/App/Settings.plist", "Dockerfile.swift", "dockerfiles/readme.txt", "values.yaml.bak", "Makefile"])
    func rejectsOrdinaryFiles(path: String) {
        #expect(Self.classify(path, "apiVersion: v1\nkind: Pod\n") == nil)
    }

    @Test func workflowYamlOutsideTheWorkflowsFolderIsNotAWorkflow() {
        #expect(Self.classify(".github/dependabot.yml", "version: 2\n") == nil)
        #expect(Self.classify(".github/workflows-old/ci.yml", "on: push\n") == nil)
    }
}
