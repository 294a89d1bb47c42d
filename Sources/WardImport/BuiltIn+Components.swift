extension ReportReaders {
    /// Readers of dependency and SBOM scanners, one per line, sorted by id.
    static let components: [any ReportReader.Type] = [
        AnchoreReader.self,
        CycloneDXReader.self,
        DependencyCheckReader.self,
        GitHubVulnerabilityReader.self,
        GovulncheckReader.self,
        GrypeReader.self,
        NpmAuditReader.self,
        OSVScannerReader.self,
        PipAuditReader.self,
        SnykReader.self,
        TrivyReader.self,
    ]
}
