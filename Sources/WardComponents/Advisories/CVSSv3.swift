import Foundation

/// CVSS v3.0 and v3.1 base scores (https://www.first.org/cvss/v3.1/specification-document, §7).
public enum CVSSv3 {
    private static let weights: [String: [String: Double]] = [
        "AV": ["N": 0.85, "A": 0.62, "L": 0.55, "P": 0.2],
        "AC": ["L": 0.77, "H": 0.44],
        "UI": ["N": 0.85, "R": 0.62],
        "C": ["H": 0.56, "L": 0.22, "N": 0],
        "I": ["H": 0.56, "L": 0.22, "N": 0],
        "A": ["H": 0.56, "L": 0.22, "N": 0],
    ]
    private static let base = ["AV", "AC", "PR", "UI", "S", "C", "I", "A"]
    /// Temporal and environmental metrics may follow the base ones; they do not change the base score.
    private static let optional: Set = [
        "E", "RL", "RC", "CR", "IR", "AR", "MAV", "MAC", "MPR", "MUI", "MS", "MC", "MI", "MA",
    ]

    /// The base score of a `CVSS:3.0/...` or `CVSS:3.1/...` vector, or nil when it is not valid.
    public static func baseScore(_ vector: String) -> Double? {
        var parts = vector.trimmingCharacters(in: .whitespaces).split(separator: "/")
        guard let prefix = parts.first, prefix == "CVSS:3.0" || prefix == "CVSS:3.1" else { return nil }
        let isV31 = prefix == "CVSS:3.1"
        parts.removeFirst()
        var metrics: [String: String] = [:]
        for part in parts {
            let pair = part.split(separator: ":", maxSplits: 1).map(String.init)
            guard pair.count == 2, metrics[pair[0]] == nil, base.contains(pair[0]) || optional.contains(pair[0]) else { return nil }
            metrics[pair[0]] = pair[1]
        }
        guard let scope = metrics["S"], scope == "U" || scope == "C" else { return nil }
        let changed = scope == "C"
        guard let av = weights["AV"]?[metrics["AV"] ?? ""],
              let ac = weights["AC"]?[metrics["AC"] ?? ""],
              let ui = weights["UI"]?[metrics["UI"] ?? ""],
              let c = weights["C"]?[metrics["C"] ?? ""],
              let i = weights["I"]?[metrics["I"] ?? ""],
              let a = weights["A"]?[metrics["A"] ?? ""] else { return nil }
        let pr: Double
        switch metrics["PR"] {
        case "N": pr = 0.85
        case "L": pr = changed ? 0.68 : 0.62
        case "H": pr = changed ? 0.5 : 0.27
        default: return nil
        }
        let iss = 1 - (1 - c) * (1 - i) * (1 - a)
        let impact = changed ? 7.52 * (iss - 0.029) - 3.25 * pow(iss - 0.02, 15) : 6.42 * iss
        let exploitability = 8.22 * av * ac * pr * ui
        guard impact > 0 else { return 0 }
        let raw = changed ? min(1.08 * (impact + exploitability), 10) : min(impact + exploitability, 10)
        return isV31 ? roundUp31(raw) : roundUp30(raw)
    }

    /// v3.1's Roundup: the smallest one-decimal number ≥ the input, computed on integers so that
    /// floating-point noise (4.000000000000001) does not push a score up.
    static func roundUp31(_ value: Double) -> Double {
        let integer = Int((value * 100_000).rounded())
        if integer % 10_000 == 0 { return Double(integer) / 100_000 }
        return (Double(integer / 10_000) + 1) / 10
    }

    /// v3.0's Roundup: the plain ceiling at one decimal.
    static func roundUp30(_ value: Double) -> Double {
        (value * 10).rounded(.up) / 10
    }
}
