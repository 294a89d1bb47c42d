/// How a requirement is shown to be met.
public enum VerificationMethod: String, Codable, Sendable, CaseIterable {
    /// A Ward scan proves it: the requirement carries an evidence rule.
    case automatedScan = "automated-scan"
    /// An automated or manual test in the project's own suite.
    case test
    /// A person reviews design or code.
    case review
    /// A responsible person signs that it holds (process or organisational controls).
    case attestation
}
