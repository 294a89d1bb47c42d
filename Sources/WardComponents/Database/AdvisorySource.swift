import Foundation
import WardCore

/// Where advisories come from: the OSV export of an ecosystem, a zip, a directory or a URL.
public enum AdvisorySource: Sendable, Hashable, CustomStringConvertible {
    /// An `http(s)://` URL of an OSV zip export, downloaded to a temporary file.
    case remote(URL)
    /// A local zip of OSV files (`all.zip`).
    case zip(String)
    /// A directory of OSV `.json` / `.yaml` files, searched recursively.
    case directory(String)
    /// One OSV file.
    case file(String)

    /// The public OSV bucket; `{ecosystem}` is replaced by the OSV ecosystem name.
    public static let defaultURLTemplate = "https://osv-vulnerabilities.storage.googleapis.com/{ecosystem}/all.zip"

    /// Ecosystems `ward db update` fetches when none is named: the package ecosystems the inventory reads.
    public static let defaultEcosystems: [Ecosystem] = [
        .npm, .pypi, .maven, .go, .cratesIO, .rubyGems, .packagist, .nuget, .pub, .swiftURL,
    ]

    /// Interprets what the user typed: a URL (`http`, `https`, `file`), a directory, or a file
    /// (a zip when it starts like one, an OSV document otherwise). `{ecosystem}` in a URL or path
    /// expands to one source per ecosystem.
    public static func parse(_ text: String, ecosystems: [Ecosystem] = []) throws -> [AdvisorySource] {
        if text.contains("{ecosystem}") {
            let names = (ecosystems.isEmpty ? defaultEcosystems : ecosystems).map(\.rawValue)
            return try names.flatMap { name in
                try parse(text.replacingOccurrences(of: "{ecosystem}", with: name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name))
            }
        }
        let lowered = text.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            guard let url = URL(string: text), url.host != nil else { throw InputError(path: text, "not a valid URL") }
            return [.remote(url)]
        }
        var path = text
        if lowered.hasPrefix("file://") {
            guard let url = URL(string: text), url.isFileURL else { throw InputError(path: text, "not a valid file URL") }
            path = url.path
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, "no such file or directory")
        }
        if isDirectory.boolValue { return [.directory(path)] }
        return [looksLikeZip(path) ? .zip(path) : .file(path)]
    }

    /// The default sources: the OSV export of each ecosystem.
    public static func defaults(for ecosystems: [Ecosystem]) -> [AdvisorySource] {
        (ecosystems.isEmpty ? defaultEcosystems : ecosystems).compactMap { ecosystem in
            let name = ecosystem.rawValue.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ecosystem.rawValue
            return URL(string: defaultURLTemplate.replacingOccurrences(of: "{ecosystem}", with: name)).map(AdvisorySource.remote)
        }
    }

    static func looksLikeZip(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return path.lowercased().hasSuffix(".zip") }
        defer { try? handle.close() }
        let magic = (try? handle.read(upToCount: 2)) ?? Data()
        return magic == Data("PK".utf8) || path.lowercased().hasSuffix(".zip")
    }

    public var description: String {
        switch self {
        case let .remote(url): url.absoluteString
        case let .zip(path), let .directory(path), let .file(path): path
        }
    }
}
