extension ReportReaders {
    /// Readers of secret scanners, SAST and IaC tools, one per line, sorted by id.
    static let secretsAndCode: [any ReportReader.Type] = [
        BanditReader.self,
        CheckovReader.self,
        DetectSecretsReader.self,
        GGShieldReader.self,
        GitleaksReader.self,
        HadolintReader.self,
        KICSReader.self,
        NoseyParkerReader.self,
        SemgrepReader.self,
        TruffleHogReader.self,
    ]
}
