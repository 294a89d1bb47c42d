/// One problem at one place.
public struct Finding: Codable, Sendable, Hashable {
    public var ruleId: String
    /// Which tool reported it (`ward` for Ward's own scanners).
    public var tool: String
    public var kind: FindingKind
    public var severity: Severity
    public var confidence: Confidence
    public var title: String
    public var message: String
    public var cwe: [Int]
    public var location: Location?
    /// Present for secrets and sensitive data: the redacted value and its hash, never the value.
    public var secret: RedactedSecret?
    public var remediation: String?
    public var tags: [String]
    public var fingerprint: String
    /// Present for findings from git history.
    public var commit: GitProvenance?
    /// Present for dependency and container findings.
    public var component: ComponentReference?
    public var advisory: AdvisoryReference?
    /// Present for dynamic findings.
    public var endpoint: Endpoint?
    /// Every tool that reported this finding, when correlation merged several; nil for a single source.
    public var sources: [FindingSource]?
    /// VEX or triage statement; a suppressing one keeps the finding visible but out of gates.
    public var analysis: FindingAnalysis?

    public init(
        ruleId: String, tool: String = "ward", kind: FindingKind, severity: Severity, confidence: Confidence = .high,
        title: String, message: String, cwe: [Int] = [], location: Location? = nil, secret: RedactedSecret? = nil,
        remediation: String? = nil, tags: [String] = [], fingerprint: String, commit: GitProvenance? = nil,
        component: ComponentReference? = nil, advisory: AdvisoryReference? = nil, endpoint: Endpoint? = nil,
        sources: [FindingSource]? = nil, analysis: FindingAnalysis? = nil
    ) {
        self.ruleId = ruleId
        self.tool = tool
        self.kind = kind
        self.severity = severity
        self.confidence = confidence
        self.title = title
        self.message = message
        self.cwe = cwe
        self.location = location
        self.secret = secret
        self.remediation = remediation
        self.tags = tags
        self.fingerprint = fingerprint
        self.commit = commit
        self.component = component
        self.advisory = advisory
        self.endpoint = endpoint
        self.sources = sources
        self.analysis = analysis
    }
}

extension Finding {
    /// Report order: by path, then line, then column, then rule id.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        let pa = a.location?.path ?? "", pb = b.location?.path ?? ""
        if pa != pb { return pa < pb }
        let la = a.location?.startLine ?? 0, lb = b.location?.startLine ?? 0
        if la != lb { return la < lb }
        let ca = a.location?.startColumn ?? 0, cb = b.location?.startColumn ?? 0
        if ca != cb { return ca < cb }
        if a.ruleId != b.ruleId { return a.ruleId < b.ruleId }
        return (a.commit?.commit ?? "") < (b.commit?.commit ?? "")
    }
}
extension Finding: ConcurrentlyEncodableElement {}
