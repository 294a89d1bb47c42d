import WardCore

/// Identifies the SPDX license of a license file by its distinctive passages.
public struct LicenseDetector: Sendable {
    /// A license found in a text, with how much of its passages the text contains (0...1).
    public struct Match: Sendable, Hashable {
        public var spdx: String
        public var score: Double
    }

    /// The share of a passage's word triples a text must contain; below 1 so that reflowed or
    /// lightly edited copies (a project name in place of "the copyright holder") still match.
    public var threshold: Double

    private let fingerprints: [(spdx: String, variants: [[Set<String>]])]

    public init(fingerprints: [LicenseFingerprint] = LicenseFingerprint.builtIn, threshold: Double = 0.75) {
        self.threshold = threshold
        self.fingerprints = fingerprints.map { fingerprint in
            (fingerprint.spdx, fingerprint.variants.map { $0.map { LicenseText.shingles(LicenseText.normalise($0)) } })
        }
    }

    /// The best matching license, or nil when no fingerprint is fully present.
    ///
    /// A passage scores the share of its word triples found in the text (containment: the text is
    /// the longer of the two, so a symmetric measure such as Dice would punish full license texts).
    /// When several licenses match, the one with more matched evidence wins: BSD-3-Clause over
    /// BSD-2-Clause, whose passages it contains.
    public func identify(_ text: String) -> Match? {
        let document = LicenseText.shingles(LicenseText.normalise(text))
        guard !document.isEmpty else { return nil }
        var best: (match: Match, evidence: Int)?
        for fingerprint in fingerprints {
            for passages in fingerprint.variants {
                var total = 0.0
                var evidence = 0
                var matched = true
                for passage in passages {
                    let found = passage.filter(document.contains).count
                    let share = Double(found) / Double(max(passage.count, 1))
                    if share < threshold { matched = false; break }
                    total += share
                    evidence += found
                }
                guard matched else { continue }
                let match = Match(spdx: fingerprint.spdx, score: total / Double(passages.count))
                if best == nil || evidence > best!.evidence || (evidence == best!.evidence && match.score > best!.match.score) {
                    best = (match, evidence)
                }
            }
        }
        return best?.match
    }
}
