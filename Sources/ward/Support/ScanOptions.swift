import ArgumentParser
import WardCore
import WardImport

/// What to scan and with which rules: shared by `ward scan` and `ward baseline create`.
struct ScanOptions: ParsableArguments {
    @Argument(help: "Directory or file to scan (for --git and --staged: the repository).")
    var path: String = "."

    @Option(name: .long, help: "Configuration file (default: ward.yml at the scan root, if present).")
    var config: String?

    @Option(name: .long, parsing: .singleValue, help: "Only scan paths matching this glob (repeatable).")
    var include: [String] = []

    @Option(name: .long, parsing: .singleValue, help: "Skip paths matching this glob (repeatable).")
    var exclude: [String] = []

    @Option(name: .long, help: "Skip files larger than this (e.g. 10MB, 512KB; default 10MB).")
    var maxFileSize: String?

    @Flag(name: .long, help: "Scan files that .gitignore excludes (.wardignore is still honoured).")
    var noGitignore = false

    @Flag(name: .long, help: "Leave out the personal-data rules (cards, identity numbers, IBAN, phone numbers).")
    var noPersonalData = false

    @Option(name: .long, help: "Also use the rules and allowlists of this gitleaks configuration (default: .gitleaks.toml at the root).")
    var gitleaksConfig: String?

    @Flag(name: .long, help: "Scan the git history of all branches instead of the working tree.")
    var git = false

    @Option(name: .long, help: "With --git: only commits not reachable from this revision.")
    var since: String?

    @Flag(name: .long, help: "Scan only what is staged for commit (for a pre-commit hook).")
    var staged = false

    @Option(name: .long, help: "Worker threads (default: one per core).")
    var threads: Int = 0

    @Flag(name: .long, help: "Leave out dependency scanning (vulnerable, banned and unlicensed components).")
    var noComponents = false

    @Option(name: .long, help: "Advisory database (default: components.database in ward.yml, $WARD_DB, else the cache directory; see `ward db status`).")
    var db: String?

    @Option(name: .long, help: "Scan the components of this CycloneDX or SPDX SBOM instead of the tree's lockfiles.")
    var sbom: String?

    @Option(name: .long, parsing: .singleValue, help: "OpenVEX or CycloneDX VEX file whose statements mark findings not_affected, fixed, ... (repeatable).")
    var vex: [String] = []

    @Flag(name: .long, help: "Leave out the secret and sensitive-data rules.")
    var noSecrets = false

    @Flag(name: .long, help: "Leave out static analysis of code (pattern rules and Swift syntax-tree rules).")
    var noCode = false

    @Flag(name: .long, help: "Leave out the configuration checks (Dockerfile, Kubernetes, CI workflows, Terraform, app manifests).")
    var noConfig = false

    @Option(name: .long, parsing: .singleValue, help: "Also load the code rules in this folder of YAML rule files (repeatable; see docs/rule-language.md).")
    var rules: [String] = []

    @Option(name: .long, parsing: .singleValue, help: "Also run these installed scanners and merge their findings, e.g. semgrep,bandit,checkov (see `ward tools`).")
    var with: [String] = []

    @Option(name: .long, help: "Seconds each --with tool may run before it is stopped (default 600).")
    var toolTimeout: Double = 600

    /// The tool names of every --with, split on commas.
    var externalTools: [String] {
        with.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }.filter { !$0.isEmpty }
    }

    func validate() throws {
        for name in externalTools where ExternalTools.named(name) == nil {
            throw ValidationError("--with: '\(name)' is not a tool Ward can run; one of \(ExternalTools.all.map(\.id).joined(separator: ", "))")
        }
        if toolTimeout <= 0 { throw ValidationError("--tool-timeout must be positive") }
        if git && staged { throw ValidationError("--git and --staged cannot be combined") }
        if since != nil && !git { throw ValidationError("--since needs --git") }
        if noComponents && (sbom != nil || !vex.isEmpty) { throw ValidationError("--sbom and --vex need dependency scanning; drop --no-components") }
        if threads < 0 { throw ValidationError("--threads must be positive") }
        if let maxFileSize {
            guard let bytes = ByteSize.parse(maxFileSize) else {
                throw ValidationError("--max-file-size must be a size such as 10MB, 512KB or a number of bytes")
            }
            guard bytes <= ByteSize.largestScannable else { throw ValidationError("--max-file-size cannot exceed 2GB") }
        }
    }
}
