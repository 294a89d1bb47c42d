/// A package URL (https://github.com/package-url/purl-spec):
/// `pkg:type/namespace/name@version?qualifiers#subpath`, kept in canonical form.
public struct PackageURL: Sendable, Hashable, Comparable, CustomStringConvertible, LosslessStringConvertible {
    /// Lowercase package type: `npm`, `maven`, `pypi`, `golang`, ...
    public let type: String
    /// `/`-separated namespace (npm scope with its `@`, Maven group id, Go module path prefix), or nil.
    public let namespace: String?
    public let name: String
    public let version: String?
    /// Qualifiers with lowercase keys and non-empty values.
    public let qualifiers: [String: String]
    /// `/`-separated path inside the package, without `.` and `..` segments.
    public let subpath: String?

    /// Builds a purl from its parts (not percent-encoded), applying the type's normalisation.
    public init(
        type: String, namespace: String? = nil, name: String, version: String? = nil,
        qualifiers: [String: String] = [:], subpath: String? = nil
    ) throws(InputError) {
        let type = type.lowercased()
        guard Self.isValidType(type) else { throw InputError("invalid package-url type '\(type)'") }
        var namespace = namespace.map { $0.split(separator: "/").map(String.init).joined(separator: "/") }
        if namespace?.isEmpty == true { namespace = nil }
        var name = name
        Self.normalise(type: type, namespace: &namespace, name: &name)
        guard !name.isEmpty else { throw InputError("a package-url needs a name") }
        var cleaned: [String: String] = [:]
        for (key, value) in qualifiers where !value.isEmpty {
            let key = key.lowercased()
            guard Self.isValidQualifierKey(key) else { throw InputError("invalid package-url qualifier key '\(key)'") }
            cleaned[key] = value
        }
        let segments = (subpath ?? "").split(separator: "/").filter { $0 != "." && $0 != ".." }
        self.type = type
        self.namespace = namespace
        self.name = name
        self.version = version?.isEmpty == true ? nil : version
        self.qualifiers = cleaned
        self.subpath = segments.isEmpty ? nil : segments.joined(separator: "/")
        try validateTypeRules()
    }

    /// Parses a purl string, following the spec's right-to-left parsing procedure.
    public init(parsing text: String) throws(InputError) {
        var rest = Substring(text)
        var subpath: String?
        if let hash = rest.lastIndex(of: "#") {
            subpath = rest[rest.index(after: hash)...].split(separator: "/").map { Self.decode($0) }.joined(separator: "/")
            rest = rest[..<hash]
        }
        var qualifiers: [String: String] = [:]
        if let question = rest.lastIndex(of: "?") {
            for pair in rest[rest.index(after: question)...].split(separator: "&") {
                guard let equals = pair.firstIndex(of: "=") else { continue }
                let key = Self.decode(pair[..<equals]).lowercased()
                guard Self.isValidQualifierKey(key) else { throw InputError("invalid package-url qualifier key '\(key)' in \(text)") }
                qualifiers[key] = Self.decode(pair[pair.index(after: equals)...])
            }
            rest = rest[..<question]
        }
        guard let colon = rest.firstIndex(of: ":"), rest[..<colon].lowercased() == "pkg" else {
            throw InputError("a package-url starts with 'pkg:': \(text)")
        }
        rest = rest[rest.index(after: colon)...]
        while rest.hasPrefix("/") { rest = rest.dropFirst() }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        guard let slash = rest.firstIndex(of: "/") else { throw InputError("a package-url needs a type and a name: \(text)") }
        let type = String(rest[..<slash])
        rest = rest[rest.index(after: slash)...]
        var version: String?
        if let at = rest.lastIndex(of: "@") {
            version = Self.decode(rest[rest.index(after: at)...])
            rest = rest[..<at]
        }
        var namespace: String?
        var name = rest
        if let last = rest.lastIndex(of: "/") {
            name = rest[rest.index(after: last)...]
            namespace = rest[..<last].split(separator: "/").map { Self.decode($0) }.joined(separator: "/")
        }
        do {
            try self.init(type: type, namespace: namespace, name: Self.decode(name), version: version, qualifiers: qualifiers, subpath: subpath)
        } catch {
            throw InputError("\(error.message): \(text)")
        }
    }

    public init?(_ description: String) {
        guard let parsed = try? PackageURL(parsing: description) else { return nil }
        self = parsed
    }

    /// The canonical string: lowercase type, percent-encoded parts, qualifiers sorted by key.
    public var description: String {
        var text = "pkg:" + type + "/"
        if let namespace {
            text += namespace.split(separator: "/").map { Self.encode($0, keepingColon: true) }.joined(separator: "/") + "/"
        }
        text += Self.encode(name, keepingColon: true)
        if let version { text += "@" + Self.encode(version, keepingColon: true) }
        if !qualifiers.isEmpty {
            text += "?" + qualifiers.keys.sorted().map { $0 + "=" + Self.encode(qualifiers[$0]!, keepingColon: false) }.joined(separator: "&")
        }
        if let subpath {
            text += "#" + subpath.split(separator: "/").map { Self.encode($0, keepingColon: true) }.joined(separator: "/")
        }
        return text
    }

    /// The same package without a version, qualifiers or subpath: what advisories and policies name.
    public var versionless: PackageURL {
        (try? PackageURL(type: type, namespace: namespace, name: name)) ?? self
    }

    public static func < (lhs: PackageURL, rhs: PackageURL) -> Bool { lhs.description < rhs.description }
}

extension PackageURL: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
