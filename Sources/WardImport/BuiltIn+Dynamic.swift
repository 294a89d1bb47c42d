extension ReportReaders {
    /// Readers of DAST, mobile and platform (GitLab, SonarQube) reports, one per line, sorted by id.
    static let dynamicAndPlatforms: [any ReportReader.Type] = [
        BurpReader.self,
        GitLabReader.self,
        MobSFReader.self,
        NucleiReader.self,
        SonarQubeReader.self,
        ZAPReader.self,
    ]
}
