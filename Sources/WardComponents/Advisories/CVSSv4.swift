import Foundation

/// CVSS v4.0 scoring (https://www.first.org/cvss/v4-0/specification-document, section 8): the
/// vector falls into a macrovector whose score comes from the specification's table, then moves
/// down by the mean of its proportional distances to the next lower macrovectors.
public enum CVSSv4 {
    /// The score of a `CVSS:4.0/...` vector (base, and threat/environmental metrics when present),
    /// or nil when the vector is not valid.
    public static func score(_ vector: String) -> Double? {
        guard let metrics = parse(vector) else { return nil }
        return score(metrics)
    }

    /// Parses and validates the metrics; nil on unknown metrics, bad values, duplicates or missing base metrics.
    static func parse(_ vector: String) -> [String: String]? {
        var parts = vector.trimmingCharacters(in: .whitespaces).split(separator: "/")
        guard parts.first == "CVSS:4.0" else { return nil }
        parts.removeFirst()
        var metrics: [String: String] = [:]
        let allowed = Dictionary(uniqueKeysWithValues: allowedValues)
        for part in parts {
            let pair = part.split(separator: ":", maxSplits: 1).map(String.init)
            guard pair.count == 2, let values = allowed[pair[0]], values.contains(pair[1]), metrics[pair[0]] == nil else { return nil }
            metrics[pair[0]] = pair[1]
        }
        for (name, _) in allowedValues.prefix(mandatoryCount) where metrics[name] == nil { return nil }
        return metrics
    }

    /// The value in effect: modified metrics override base ones; undefined threat and requirement
    /// metrics take their worst case (`E:A`, `CR:H`...).
    static func effective(_ metrics: [String: String], _ name: String) -> String {
        let value = metrics[name] ?? "X"
        switch name {
        case "E": return value == "X" ? "A" : value
        case "CR", "IR", "AR": return value == "X" ? "H" : value
        default: break
        }
        if let modified = metrics["M" + name], modified != "X" { return modified }
        return value
    }

    /// The six equivalence-class levels of the vector.
    static func macrovector(_ m: [String: String]) -> [Int] {
        let e = { (name: String) in effective(m, name) }
        let eq1: Int
        if e("AV") == "N", e("PR") == "N", e("UI") == "N" {
            eq1 = 0
        } else if (e("AV") == "N" || e("PR") == "N" || e("UI") == "N"), e("AV") != "P" {
            eq1 = 1
        } else {
            eq1 = 2
        }
        let eq2 = e("AC") == "L" && e("AT") == "N" ? 0 : 1
        let eq3: Int
        if e("VC") == "H", e("VI") == "H" {
            eq3 = 0
        } else if e("VC") == "H" || e("VI") == "H" || e("VA") == "H" {
            eq3 = 1
        } else {
            eq3 = 2
        }
        // Safety (S) exists only as a modified subsequent-system value.
        let eq4: Int
        if m["MSI"] == "S" || m["MSA"] == "S" {
            eq4 = 0
        } else if e("SC") == "H" || e("SI") == "H" || e("SA") == "H" {
            eq4 = 1
        } else {
            eq4 = 2
        }
        let eq5 = ["A": 0, "P": 1, "U": 2][e("E")] ?? 0
        let highRequirement = (e("CR") == "H" && e("VC") == "H") || (e("IR") == "H" && e("VI") == "H") || (e("AR") == "H" && e("VA") == "H")
        let eq6 = highRequirement ? 0 : 1
        return [eq1, eq2, eq3, eq4, eq5, eq6]
    }

    static func key(_ levels: [Int]) -> String { levels.map(String.init).joined() }

    static func score(_ m: [String: String]) -> Double {
        let impacts = ["VC", "VI", "VA", "SC", "SI", "SA"]
        if impacts.allSatisfy({ effective(m, $0) == "N" }) { return 0 }
        let eq = macrovector(m)
        guard let value = macrovectorScores[key(eq)] else { return 0 }

        func lower(_ change: (inout [Int]) -> Void) -> Double? {
            var next = eq
            change(&next)
            return macrovectorScores[key(next)]
        }
        let lowerEQ1 = lower { $0[0] += 1 }
        let lowerEQ2 = lower { $0[1] += 1 }
        // EQ3 and EQ6 move together: 00 can go to 01 or 10 (take the higher), 01 and 11 to the next EQ3, 10 to 11.
        let lowerEQ3EQ6: Double?
        switch (eq[2], eq[5]) {
        case (0, 0):
            let left = lower { $0[5] += 1 }, right = lower { $0[2] += 1 }
            lowerEQ3EQ6 = [left, right].compactMap { $0 }.max()
        case (1, 0): lowerEQ3EQ6 = lower { $0[5] += 1 }
        case (0, 1), (1, 1): lowerEQ3EQ6 = lower { $0[2] += 1 }
        default: lowerEQ3EQ6 = lower { $0[2] += 1; $0[5] += 1 }
        }
        let lowerEQ4 = lower { $0[3] += 1 }
        let lowerEQ5 = lower { $0[4] += 1 }

        let distances = severityDistances(m, eq: eq)
        let step = 0.1
        var total = 0.0
        var count = 0
        func add(_ lowerScore: Double?, distance: Double, depth: Double?) {
            guard let lowerScore else { return }
            count += 1
            if let depth { total += (value - lowerScore) * (distance / (depth * step)) }
        }
        add(lowerEQ1, distance: distances.eq1, depth: maxSeverity[1]?[eq[0]])
        add(lowerEQ2, distance: distances.eq2, depth: maxSeverity[2]?[eq[1]])
        add(lowerEQ3EQ6, distance: distances.eq3eq6, depth: maxSeverityEQ3EQ6[eq[2]]?[eq[5]])
        add(lowerEQ4, distance: distances.eq4, depth: maxSeverity[4]?[eq[3]])
        // EQ5 has no distance inside a level, but a lower level still counts in the mean.
        add(lowerEQ5, distance: 0, depth: 1)

        let mean = count == 0 ? 0 : total / Double(count)
        let result = min(max(value - mean, 0), 10)
        // The reference calculator adds 1e-6 before rounding so that 8.75 stored as 8.7499… rounds up.
        return ((result + 0.000001) * 10).rounded() / 10
    }

    struct Distances {
        var eq1 = 0.0, eq2 = 0.0, eq3eq6 = 0.0, eq4 = 0.0
    }

    /// Distance from the first highest-severity vector of the macrovector that is at least as severe in every metric.
    static func severityDistances(_ m: [String: String], eq: [Int]) -> Distances {
        let candidates = (maxComposed[1]?[eq[0]] ?? []).flatMap { a in
            (maxComposed[2]?[eq[1]] ?? []).flatMap { b in
                (maxComposedEQ3EQ6[eq[2]]?[eq[5]] ?? []).flatMap { c in
                    (maxComposed[4]?[eq[3]] ?? []).flatMap { d in
                        (maxComposed[5]?[eq[4]] ?? []).map { e in [a, b, c, d, e].joined(separator: "/") }
                    }
                }
            }
        }
        var distance: [String: Double] = [:]
        for candidate in candidates {
            var highest: [String: String] = [:]
            for part in candidate.split(separator: "/") {
                let pair = part.split(separator: ":").map(String.init)
                highest[pair[0]] = pair[1]
            }
            distance = [:]
            for name in ["AV", "PR", "UI", "AC", "AT", "VC", "VI", "VA", "SC", "SI", "SA", "CR", "IR", "AR"] {
                let own = levels[name]?[effective(m, name)] ?? 0
                let top = levels[name]?[highest[name] ?? ""] ?? 0
                distance[name] = own - top
            }
            if distance.values.allSatisfy({ $0 >= 0 }) { break }
        }
        let d = { (name: String) in distance[name] ?? 0 }
        return Distances(
            eq1: d("AV") + d("PR") + d("UI"),
            eq2: d("AC") + d("AT"),
            eq3eq6: d("VC") + d("VI") + d("VA") + d("CR") + d("IR") + d("AR"),
            eq4: d("SC") + d("SI") + d("SA"))
    }
}
