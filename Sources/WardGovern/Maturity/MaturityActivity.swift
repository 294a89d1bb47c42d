import Foundation

/// One practice of the maturity model, placed at a level of a dimension, and how it is evidenced.
public struct MaturityActivity: Sendable {
    /// Kebab-case identifier, stable: attestations refer to it.
    public var id: String
    public var dimension: MaturityDimension
    /// 1...5.
    public var level: Int
    public var title: String
    public var evidence: ActivityEvidence
    /// Closest OWASP DevSecOps Maturity Model activity and OWASP SAMM practice (stream), for the mapping in docs.
    public var dsomm: String
    public var samm: String

    public init(
        id: String, dimension: MaturityDimension, level: Int, title: String, evidence: ActivityEvidence, dsomm: String, samm: String
    ) {
        self.id = id
        self.dimension = dimension
        self.level = level
        self.title = title
        self.evidence = evidence
        self.dsomm = dsomm
        self.samm = samm
    }

    /// What would satisfy the activity, in words a team can act on.
    public var howToSatisfy: String {
        switch evidence {
        case .computed(let check): check.threshold
        case .attested(let what): "An unexpired attestation (who, when, evidence link) that \(what)."
        }
    }
}

/// How an activity is shown to be in place.
public enum ActivityEvidence: Sendable {
    /// Computed from what the platform recorded.
    case computed(EvidenceCheck)
    /// Attested by a person; the text says what they attest.
    case attested(String)
}

/// A threshold on recorded evidence, with its wording for reports.
public struct EvidenceCheck: Sendable {
    /// The threshold in words, e.g. "At least one dynamic (DAST) scan in the last 30 days."
    public var threshold: String
    public var isMet: @Sendable (MaturityEvidence, Date) -> Bool

    public init(_ threshold: String, isMet: @escaping @Sendable (MaturityEvidence, Date) -> Bool) {
        self.threshold = threshold
        self.isMet = isMet
    }
}
