import WardCore

extension Ecosystem {
    /// The package URL of `name@version` in this ecosystem, splitting the name the way the purl type wants.
    public func packageURL(name: String, version: String, qualifiers: [String: String] = [:]) -> PackageURL? {
        var namespace: String?
        var local = name
        var subpath: String?
        switch self {
        case .npm, .go, .packagist, .swiftURL, .carthage:
            if let slash = name.lastIndex(of: "/") {
                namespace = String(name[..<slash])
                local = String(name[name.index(after: slash)...])
            }
        case .maven:
            let parts = name.split(separator: ":", maxSplits: 1)
            if parts.count == 2 {
                namespace = String(parts[0])
                local = String(parts[1])
            }
        case .cocoaPods:
            // Subspecs (`Firebase/Core`) are paths inside the pod.
            if let slash = name.firstIndex(of: "/") {
                local = String(name[..<slash])
                subpath = String(name[name.index(after: slash)...])
            }
        default:
            break
        }
        return try? PackageURL(type: purlType, namespace: namespace, name: local, version: version.isEmpty ? nil : version,
                               qualifiers: qualifiers, subpath: subpath)
    }
}

extension Component {
    /// A component of `ecosystem` declared at `path:line`, or nil when the name cannot make a package URL.
    static func declared(
        _ ecosystem: Ecosystem, name: String, version: String, path: String, line: Int, direct: Bool? = nil,
        scope: ComponentScope = .runtime, licenses: [String] = [], hashes: [ComponentHash] = [], dependencies: [String] = []
    ) -> Component? {
        guard !name.isEmpty, let purl = ecosystem.packageURL(name: name, version: version) else { return nil }
        return Component(
            ecosystem: ecosystem.rawValue, name: name, version: version, purl: purl, direct: direct, scope: scope,
            location: DeclaredLocation(path: path, line: line), licenses: licenses, hashes: hashes, dependencies: dependencies)
    }
}

extension ComponentHash {
    /// Reads `algorithm-base64` (npm/yarn integrity) or `algorithm:hex` (pip, poetry, cargo) into a hex hash.
    static func parse(_ text: String) -> ComponentHash? {
        let separatorIndex = text.firstIndex(where: { $0 == "-" || $0 == ":" || $0 == "=" })
        guard let separatorIndex else { return nil }
        let algorithmName = text[..<separatorIndex].lowercased()
        let digest = String(text[text.index(after: separatorIndex)...])
        let algorithm: String
        switch algorithmName {
        case "sha1": algorithm = "SHA-1"
        case "sha256": algorithm = "SHA-256"
        case "sha384": algorithm = "SHA-384"
        case "sha512": algorithm = "SHA-512"
        case "md5": algorithm = "MD5"
        default: return nil
        }
        let hex: String
        if digest.utf8.allSatisfy({ Self.isHex($0) }) {
            hex = digest.lowercased()
        } else if let bytes = Base64.decode(digest) {
            hex = bytes.map { byte in String(byte, radix: 16).leftPadded(to: 2) }.joined()
        } else {
            return nil
        }
        let expected = ["SHA-1": 40, "SHA-256": 64, "SHA-384": 96, "SHA-512": 128, "MD5": 32][algorithm]
        guard hex.count == expected else { return nil }
        return ComponentHash(algorithm: algorithm, value: hex)
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}

/// Standard base64 (RFC 4648) decoding without Foundation.
enum Base64 {
    static func decode(_ text: String) -> [UInt8]? {
        var values: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): values.append(byte - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): values.append(byte - UInt8(ascii: "a") + 26)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): values.append(byte - UInt8(ascii: "0") + 52)
            case UInt8(ascii: "+"), UInt8(ascii: "-"): values.append(62)
            case UInt8(ascii: "/"), UInt8(ascii: "_"): values.append(63)
            case UInt8(ascii: "="): break
            default: return nil
            }
        }
        var out: [UInt8] = []
        var index = 0
        while index + 1 < values.count {
            let chunk = values[index..<min(index + 4, values.count)].map(UInt32.init)
            let a = chunk[0], b = chunk[1], c = chunk.count > 2 ? chunk[2] : 0, d = chunk.count > 3 ? chunk[3] : 0
            let triple = a << 18 | b << 12 | c << 6 | d
            out.append(UInt8(triple >> 16 & 0xFF))
            if chunk.count > 2 { out.append(UInt8(triple >> 8 & 0xFF)) }
            if chunk.count > 3 { out.append(UInt8(triple & 0xFF)) }
            index += 4
        }
        return out
    }
}
