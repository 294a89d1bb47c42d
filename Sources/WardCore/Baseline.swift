import Foundation

/// The fingerprints of findings a team has accepted for now; `ward scan --baseline` reports only
/// what is not in it. Holds no secrets: fingerprints, rule ids and paths only.
public struct Baseline: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public var fingerprint: String
        public var ruleId: String
        public var path: String?

        public init(fingerprint: String, ruleId: String, path: String?) {
            self.fingerprint = fingerprint
            self.ruleId = ruleId
            self.path = path
        }
    }

    public static let currentVersion = 1

    public var baselineVersion: Int
    public var createdAt: Date
    public var entries: [Entry]

    public init(findings: [Finding], createdAt: Date = Date()) {
        baselineVersion = Self.currentVersion
        self.createdAt = createdAt
        var seen = Set<String>()
        entries = findings.compactMap { finding in
            guard seen.insert(finding.fingerprint).inserted else { return nil }
            return Entry(fingerprint: finding.fingerprint, ruleId: finding.ruleId, path: finding.location?.path)
        }.sorted { ($0.path ?? "", $0.ruleId, $0.fingerprint) < ($1.path ?? "", $1.ruleId, $1.fingerprint) }
    }

    public var fingerprints: Set<String> { Set(entries.map(\.fingerprint)) }

    /// Splits findings into those not in the baseline and the number that were.
    public func filter(_ findings: [Finding]) -> (new: [Finding], known: Int) {
        let known = fingerprints
        let fresh = findings.filter { !known.contains($0.fingerprint) }
        return (fresh, findings.count - fresh.count)
    }

    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }

    /// Reads a baseline file, or a Ward JSON report used as one.
    public static func load(path: String) throws(InputError) -> Baseline {
        let bytes = try FileReader.readAll(path: path, limit: 256 << 20)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        if let baseline = try? decoder.decode(Baseline.self, from: Data(bytes)) { return baseline }
        struct ReportShape: Decodable { var findings: [Finding] }
        if let report = try? decoder.decode(ReportShape.self, from: Data(bytes)) {
            return Baseline(findings: report.findings)
        }
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw InputError(path: path, "not valid JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)")")
        }
        throw InputError(path: path, "neither a Ward baseline (baselineVersion, entries) nor a Ward JSON report (findings)")
    }
}
