import Foundation
import WardCore

/// Every tool `ward scan --with` can run, one per line, sorted by id.
public enum ExternalTools {
    public static let all: [ExternalTool] = [
        bandit,
        checkov,
        detectSecrets,
        gitleaks,
        gosec,
        govulncheck,
        grype,
        hadolint,
        kics,
        osvScanner,
        semgrep,
        trivy,
        trufflehog,
    ]

    public static func named(_ id: String) -> ExternalTool? { all.first { $0.id == id.lowercased() } }

    static let bandit = ExternalTool(
        id: "bandit", kinds: [.code], install: "pip install bandit", output: .file
    ) { context in .success(["-r", ".", "-f", "json", "-o", context.outputPath, "-q"]) }

    static let checkov = ExternalTool(
        id: "checkov", kinds: [.configuration], install: "pip install checkov", output: .standardOutput
    ) { _ in .success(["-d", ".", "-o", "json", "--quiet", "--compact", "--skip-download"]) }

    static let detectSecrets = ExternalTool(
        id: "detect-secrets", kinds: [.secret], install: "pip install detect-secrets", output: .standardOutput
    ) { _ in .success(["scan", "--all-files", "."]) }

    static let gitleaks = ExternalTool(
        id: "gitleaks", kinds: [.secret], install: "see https://github.com/gitleaks/gitleaks#installing", output: .file,
        versionArguments: ["version"]
    ) { context in .success(["detect", "--no-git", "--source", ".", "--report-format", "json", "--report-path", context.outputPath, "--exit-code", "0", "--no-banner"]) }

    static let gosec = ExternalTool(
        id: "gosec", reader: "sarif", kinds: [.code], install: "go install github.com/securego/gosec/v2/cmd/gosec@latest", output: .file,
        versionArguments: ["-version"]
    ) { context in
        context.exists("go.mod") ? .success(["-fmt", "sarif", "-out", context.outputPath, "-no-fail", "./..."]) : .failure(.init("no go.mod at the root"))
    }

    static let govulncheck = ExternalTool(
        id: "govulncheck", kinds: [.dependency], install: "go install golang.org/x/vuln/cmd/govulncheck@latest", output: .standardOutput,
        versionArguments: ["-version"], successStatuses: [0, 3]
    ) { context in
        context.exists("go.mod") ? .success(["-json", "./..."]) : .failure(.init("no go.mod at the root"))
    }

    static let grype = ExternalTool(
        id: "grype", kinds: [.dependency], install: "see https://github.com/anchore/grype#installation", output: .file,
        versionArguments: ["version"]
    ) { context in .success(["dir:.", "-o", "json", "--file", context.outputPath]) }

    static let hadolint = ExternalTool(
        id: "hadolint", kinds: [.configuration], install: "see https://github.com/hadolint/hadolint#install", output: .standardOutput
    ) { context in
        context.exists("Dockerfile") ? .success(["-f", "json", "--no-fail", "Dockerfile"]) : .failure(.init("no Dockerfile at the root"))
    }

    static let kics = ExternalTool(
        id: "kics", kinds: [.configuration], install: "see https://docs.kics.io/latest/getting-started/", output: .file,
        versionArguments: ["version"], successStatuses: [0, 20, 30, 40, 50, 60]
    ) { context in
        let directory = (context.outputPath as NSString).deletingLastPathComponent
        let name = ((context.outputPath as NSString).lastPathComponent as NSString).deletingPathExtension
        return .success(["scan", "-p", ".", "-o", directory, "--output-name", name, "--report-formats", "json", "--no-progress", "--disable-secrets"])
    }

    static let osvScanner = ExternalTool(
        id: "osv-scanner", kinds: [.dependency], install: "go install github.com/google/osv-scanner/cmd/osv-scanner@latest", output: .standardOutput
    ) { _ in .success(["--format", "json", "-r", "."]) }

    /// Semgrep's rules come from the project (`.semgrep.yml`, `.semgrep.yaml` or a `.semgrep/`
    /// folder); without them, `--config auto` fetches rules from the registry, which needs network.
    static let semgrep = ExternalTool(
        id: "semgrep", kinds: [.code], install: "pip install semgrep", output: .file
    ) { context in
        let config = [".semgrep.yml", ".semgrep.yaml", ".semgrep"].first(where: context.exists) ?? "auto"
        return .success(["scan", "--config", config, "--json", "--output", context.outputPath, "--metrics", "off", "--quiet", "--disable-version-check", "."])
    }

    static let trivy = ExternalTool(
        id: "trivy", kinds: [.dependency, .configuration, .secret], install: "see https://trivy.dev/latest/getting-started/installation/", output: .file
    ) { context in .success(["fs", "--format", "json", "--output", context.outputPath, "--scanners", "vuln,misconfig,secret", "--quiet", "."]) }

    static let trufflehog = ExternalTool(
        id: "trufflehog", kinds: [.secret], install: "see https://github.com/trufflesecurity/trufflehog#floppy_disk-installation", output: .standardOutput
    ) { _ in .success(["filesystem", ".", "--json", "--no-update"]) }
}
