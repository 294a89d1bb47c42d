import Foundation
import WardCode
import WardComponents
import WardConfig
import WardCore
import WardImport
import WardSecrets

/// Assembles a scan from the command line and `ward.yml`: configuration, rules, file walking or
/// git, the engine, and the baseline. Shared by `ward scan` and `ward baseline create`.
struct ScanPipeline {
    let options: ScanOptions
    var showProgress = false

    struct Outcome {
        var report: ScanReport
        var configuration: ProjectConfiguration
        /// The kinds of finding this scan looked for: the upload declares them, so the platform
        /// marks fixed only what such a scan would have reported.
        var kinds: Set<FindingKind> = [.secret]
        /// Ward and every --with tool that ran: the platform fixes only what these tools no longer report.
        var tools: [String] = ["ward"]
    }

    func run(baselinePath: String? = nil) throws(InputError) -> Outcome {
        let started = Date()
        let root = options.path
        guard FileManager.default.fileExists(atPath: root) else { throw InputError(path: root, "no such file or directory") }
        let rootIsDirectory = FileSystem.isDirectory(root)

        let configuration: ProjectConfiguration
        if let path = options.config {
            configuration = try ProjectConfiguration.load(path: path)
        } else if rootIsDirectory {
            configuration = try ProjectConfiguration.find(in: root)
        } else {
            configuration = ProjectConfiguration()
        }
        var secrets = configuration.secrets
        if options.noPersonalData { secrets.personalData = false }

        let gitleaks = try gitleaksConfiguration(configuration: configuration, root: root, rootIsDirectory: rootIsDirectory)
        let selection = try SecretRuleSelection(settings: secrets, configuration: configuration, gitleaks: gitleaks)
        let scanner = try SecretScanner(rules: options.noSecrets ? [] : selection.rules, allowlists: selection.allowlists)
        // Every scanner reads the same files from one walk: secrets, code (patterns, Swift syntax trees), configuration.
        let analysers = try staticAnalysers(configuration, root: root, rootIsDirectory: rootIsDirectory)
        let scanners: [any FileScanner] = (options.noSecrets ? [] : [scanner]) + analysers

        let maxFileSize = options.maxFileSize.flatMap(ByteSize.parse) ?? configuration.scan.maxFileSize ?? 10 * 1024 * 1024
        let engine = ScanEngine(scanners: scanners, threads: options.threads, maxFileSize: maxFileSize)
        let progress = ScanProgress()
        let display = showProgress ? ProgressDisplay(progress: progress, label: "Scanning") : nil
        defer { display?.stop() }

        var statistics = ScanStatistics()
        var result = EngineResult()
        var warnings = selection.warnings
        let target: ScanTarget
        if options.git || options.staged {
            let selection: GitSource.Selection = options.git ? .history(since: options.since) : .staged
            let source = GitSource(repository: rootIsDirectory ? root : ".", selection: selection)
            var merged = EngineResult()
            let commits = try source.run { blobs in merged.absorb(engine.scan(blobs: blobs, progress: progress)) }
            merged.findings.sort(by: Finding.reportOrder)
            result = merged
            if options.git { statistics.commitsScanned = commits }
            target = ScanTarget(mode: options.git ? .gitHistory : .staged, root: root, revisions: options.git ? (options.since.map { "--all --not \($0)" } ?? "--all") : nil)
        } else {
            var walkOptions = walkOptions(configuration, maxFileSize: maxFileSize)
            walkOptions.exclude += ownFiles(configuration: configuration, baselinePath: baselinePath, root: root).map(PathPattern.init)
            let walk = try FileWalker(options: walkOptions, threads: options.threads).walk(root: root)
            result = engine.scan(files: walk.files, progress: progress)
            statistics.filesSkippedIgnored = walk.skippedIgnored
            statistics.filesSkippedTooLarge = walk.skippedTooLarge
            warnings += walk.warnings
            target = ScanTarget(mode: .directory, root: root)
        }

        var findings = result.findings
        var componentsRan = false
        if try componentsEnabled(configuration, rootIsDirectory: rootIsDirectory) {
            let components = try componentScan(configuration, root: root, rootIsDirectory: rootIsDirectory).run()
            findings = (findings + components.findings).sorted(by: Finding.reportOrder)
            warnings += components.warnings
            statistics.componentsScanned = components.components.count
            statistics.findingsSuppressed += components.suppressed
            componentsRan = true
        }
        var kinds = Set(scanners.flatMap(\.kinds))
        if componentsRan { kinds.insert(.dependency) }
        var tools = ["ward"]
        if !options.externalTools.isEmpty {
            let external = runExternalTools(root: root, rootIsDirectory: rootIsDirectory)
            // Ward's own findings come first, so they stay the primary of every group they join.
            findings = FindingCorrelator.merge(findings + external.findings).sorted(by: Finding.reportOrder)
            warnings += external.warnings
            kinds.formUnion(external.kinds)
            tools += external.tools
        }
        if let baselinePath = baselinePath ?? configuration.scan.baseline.map({ resolve($0, root: root, rootIsDirectory: rootIsDirectory) }) {
            let baseline = try Baseline.load(path: baselinePath)
            let filtered = baseline.filter(findings)
            findings = filtered.new
            statistics.findingsInBaseline = filtered.known
        }

        statistics.filesScanned = result.filesScanned
        statistics.bytesScanned = result.bytesScanned
        statistics.linesScanned = result.linesScanned
        statistics.filesSkippedBinary = result.skippedBinary
        statistics.findingsSuppressed += result.suppressed
        let finished = Date()
        statistics.durationSeconds = finished.timeIntervalSince(started)

        let usedRules = Set(findings.map(\.ruleId))
        let rules = (scanners.flatMap(\.rules).filter { usedRules.contains($0.id) }.map(RuleSummary.init) + ComponentRules.summaries(for: findings))
            .sorted { $0.id < $1.id }
        var report = ScanReport(
            target: target, startedAt: started, finishedAt: finished, statistics: statistics,
            rules: rules, findings: findings, warnings: warnings + result.warnings)
        report.kindsScanned = kinds.sorted { $0.rawValue < $1.rawValue }
        return Outcome(report: report, configuration: configuration, kinds: kinds, tools: tools)
    }

    /// Runs each --with tool in turn; a missing or failing tool is a warning, and the scan goes on.
    private func runExternalTools(root: String, rootIsDirectory: Bool) -> (findings: [Finding], warnings: [ScanWarning], kinds: Set<FindingKind>, tools: [String]) {
        var findings: [Finding] = [], warnings: [ScanWarning] = [], kinds = Set<FindingKind>(), ran: [String] = []
        let directory = rootIsDirectory ? root : (root as NSString).deletingLastPathComponent
        let runner = ToolRunner(timeout: options.toolTimeout)
        for name in options.externalTools {
            guard let tool = ExternalTools.named(name) else { continue }
            if showProgress { Terminal.standardError("ward: running \(tool.id)…\n") }
            do {
                let report = try runner.run(tool, root: directory.isEmpty ? "." : directory)
                findings += report.findings
                kinds.formUnion(tool.kinds)
                ran.append(tool.id)
            } catch {
                warnings.append(ScanWarning(path: nil, message: error.description))
            }
        }
        return (findings, warnings, kinds, ran)
    }

    /// The code and configuration scanners `ward.yml` and the options leave on, with the project's own rules.
    private func staticAnalysers(_ configuration: ProjectConfiguration, root: String, rootIsDirectory: Bool) throws(InputError) -> [any FileScanner] {
        var analysers: [any FileScanner] = []
        if !options.noCode && configuration.code.enabled {
            let disabled = Set(configuration.code.disabledRules)
            var rules = CodeRules.builtIn
            let directories = configuration.code.ruleDirectories.map { resolveConfigured($0, configuration: configuration, root: root, rootIsDirectory: rootIsDirectory) } + options.rules
            for directory in directories { rules += try CodeRules.load(directory: directory) }
            if let inline = configuration.code.rules {
                rules += try PatternRuleParser.parse(rules: inline, path: configuration.path ?? ProjectConfiguration.fileName)
            }
            var seen = Set<String>()
            for rule in rules where !seen.insert(rule.id).inserted {
                throw InputError(path: configuration.path, "code rule '\(rule.id)' is defined twice (built-in rules cannot be redefined; disable one with code.disable)")
            }
            try analysers.append(CodeScanner(rules: rules.filter { !disabled.contains($0.id) }))
            try analysers.append(SwiftSyntaxScanner(rules: SwiftSyntaxRules.builtIn.filter { !disabled.contains(type(of: $0).description.id) }))
        }
        if !options.noConfig && configuration.configurationChecks.enabled {
            let disabled = Set(configuration.configurationChecks.disabledRules)
            try analysers.append(ConfigScanner(rules: ConfigRules.builtIn.filter { !disabled.contains($0.description.id) }))
        }
        return analysers
    }

    /// A path from ward.yml is relative to the file itself.
    private func resolveConfigured(_ path: String, configuration: ProjectConfiguration, root: String, rootIsDirectory: Bool) -> String {
        guard !path.hasPrefix("/") else { return path }
        if let file = configuration.path { return ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(path) }
        return resolve(path, root: root, rootIsDirectory: rootIsDirectory)
    }

    /// Dependency scanning runs on directory scans (and on `--sbom`) unless turned off.
    private func componentsEnabled(_ configuration: ProjectConfiguration, rootIsDirectory: Bool) throws(InputError) -> Bool {
        guard !options.noComponents else { return false }
        if options.sbom != nil { return true }
        guard configuration.components.enabled else {
            if !options.vex.isEmpty { throw InputError("--vex needs dependency scanning, which ward.yml turns off (components.enabled: false)") }
            return false
        }
        return !(options.git || options.staged)
    }

    /// The component scan over the same tree, exclusions and ignore files as the secret scan.
    private func componentScan(_ configuration: ProjectConfiguration, root: String, rootIsDirectory: Bool) -> ComponentScan {
        let settings = configuration.components
        let configured = settings.database.map { resolve($0, root: root, rootIsDirectory: rootIsDirectory) }
        var scan = ComponentScan(root: root, databasePath: AdvisoryDatabase.defaultPath(explicit: options.db ?? configured), settings: settings)
        let walk = walkOptions(configuration, maxFileSize: Int.max)
        scan.exclude = walk.exclude
        scan.include = walk.include
        scan.respectGitignore = walk.respectGitignore
        scan.sbom = options.sbom
        scan.vexFiles = options.vex + settings.vex.map { resolve($0, root: root, rootIsDirectory: rootIsDirectory) }
        return scan
    }

    private func walkOptions(_ configuration: ProjectConfiguration, maxFileSize: Int) -> WalkOptions {
        let split = { (values: [String]) in values.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty } }
        return WalkOptions(
            maxFileSize: maxFileSize,
            include: (configuration.scan.include + split(options.include)).map(PathPattern.init),
            exclude: (configuration.scan.exclude + split(options.exclude)).map(PathPattern.init),
            respectGitignore: !options.noGitignore && configuration.scan.gitignore != false)
    }

    /// Ward's own configuration and baseline files under the root, which describe findings rather
    /// than contain them (custom rules' examples match on purpose): anchored patterns to skip them.
    private func ownFiles(configuration: ProjectConfiguration, baselinePath: String?, root: String) -> [String] {
        let base = URL(fileURLWithPath: root).standardizedFileURL.path + "/"
        let candidates = [configuration.path, baselinePath, configuration.scan.baseline.map { resolve($0, root: root, rootIsDirectory: true) }]
        return candidates.compactMap { path in
            guard let path else { return nil }
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            return absolute.hasPrefix(base) ? "/" + absolute.dropFirst(base.count) : nil
        }
    }

    /// The gitleaks configuration named on the command line or in ward.yml, or `.gitleaks.toml` at the root.
    private func gitleaksConfiguration(configuration: ProjectConfiguration, root: String, rootIsDirectory: Bool) throws(InputError) -> GitleaksConfiguration? {
        var path = options.gitleaksConfig
        if path == nil, let configured = configuration.secrets.gitleaksConfig {
            path = resolve(configured, root: root, rootIsDirectory: rootIsDirectory)
        }
        if path == nil, rootIsDirectory {
            let candidate = (root as NSString).appendingPathComponent(".gitleaks.toml")
            if FileSystem.isRegularFile(candidate) { path = candidate }
        }
        guard let path else { return nil }
        return try GitleaksConfiguration.load(path: path)
    }

    private func resolve(_ path: String, root: String, rootIsDirectory: Bool) -> String {
        guard !path.hasPrefix("/"), rootIsDirectory else { return path }
        return (root as NSString).appendingPathComponent(path)
    }
}
