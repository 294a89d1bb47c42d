import Foundation
import WardCore

/// Gives each finding of one report its fingerprint; identical findings (same tool, rule, path and
/// content) are numbered so that each keeps a distinct identity.
struct FingerprintMaker {
    private var seen: [String: Int] = [:]

    /// `content` is what identifies the finding at its place: the matched text, a secret's hash, a
    /// component's versionless purl, an endpoint — never a line number, so moved code keeps its identity.
    mutating func make(tool: String, ruleID: String, path: String, content: String) -> String {
        let key = "\(tool)|\(ruleID)|\(path)|\(Fingerprint.normalise(content))"
        let occurrence = seen[key, default: 0]
        seen[key] = occurrence + 1
        return Fingerprint.make(ruleId: tool + "/" + ruleID, path: path, content: content, occurrence: occurrence)
    }
}

extension ImportSupport {
    /// A component reference from a purl when the report has one, else from its parts.
    static func component(purl: String?, name: String, version: String, ecosystem: String, direct: Bool? = nil) -> ComponentReference {
        ComponentReference(purl: purl ?? "", name: name, version: version, ecosystem: ecosystem, direct: direct)
    }

    /// The versionless form of a purl string, for fingerprints that survive upgrades; the string itself when unparsable.
    static func versionless(_ purl: String) -> String {
        PackageURL(purl)?.versionless.description ?? purl
    }

    /// Decodes `data` as `T`, turning a decoding failure into an error naming the file and reader.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String, reader: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw ReportReadError(path: path, reader: reader, reason: describe(error))
        }
    }

    /// Decodes a JSON Lines report: one `T` per non-blank line; an error names the line.
    static func decodeLines<T: Decodable>(_ type: T.Type, from data: Data, path: String, reader: String) throws -> [T] {
        var items: [T] = []
        let decoder = JSONDecoder()
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            guard !trimmed.isEmpty, !trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { continue }
            do {
                items.append(try decoder.decode(T.self, from: Data(trimmed)))
            } catch {
                throw ReportReadError(path: path, reader: reader, reason: "line \(index + 1): \(describe(error))")
            }
        }
        return items
    }

    /// The first `limit` bytes as text, for cheap format detection.
    static func head(_ data: Data, limit: Int = 65_536) -> String {
        String(decoding: data.prefix(limit), as: UTF8.self)
    }
}
