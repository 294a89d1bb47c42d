/// One security requirement of the library: what must hold, why, how it is verified, where it comes
/// from in the public standards, and which projects it applies to.
public struct SecurityRequirement: Codable, Sendable, Hashable, Identifiable {
    /// `WARD-<AREA>-<NN>`, never renamed once published.
    public var id: String
    public var title: String
    /// What must hold, in our own words.
    public var text: String
    public var rationale: String
    public var verification: VerificationMethod
    /// OWASP ASVS 5.0 requirement ids, e.g. `V6.2.1`.
    public var asvs: [String]
    /// OWASP MASVS v2 control ids, e.g. `MASVS-STORAGE-1`.
    public var masvs: [String]
    public var cwe: [Int]
    public var appliesTo: RequirementApplicability
    /// How scans verify it; nil when a person must.
    public var evidence: EvidenceRule?

    public init(
        id: String, title: String, text: String, rationale: String, verification: VerificationMethod, asvs: [String] = [],
        masvs: [String] = [], cwe: [Int] = [], appliesTo: RequirementApplicability = .all, evidence: EvidenceRule? = nil
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.rationale = rationale
        self.verification = verification
        self.asvs = asvs
        self.masvs = masvs
        self.cwe = cwe
        self.appliesTo = appliesTo
        self.evidence = evidence
    }

    /// The area part of the id: `AUTH` for `WARD-AUTH-01`, `MOBILE-STORAGE` for `WARD-MOBILE-STORAGE-02`.
    public var area: String {
        let parts = id.split(separator: "-")
        guard parts.count >= 3 else { return "" }
        return parts.dropFirst().dropLast().joined(separator: "-")
    }

    /// Whether `id` has the `WARD-<AREA>-<NN>` shape.
    public static func isValidIdentifier(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts.first == "WARD", let number = parts.last, number.count == 2,
            number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber)
        else { return false }
        return parts.dropFirst().dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isUppercase } }
    }
}
