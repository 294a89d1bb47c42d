extension PackageURL {
    // MARK: - Per-type rules from the purl spec's PURL-TYPES

    /// Case and spelling rules of types whose registries do not tell names apart by case.
    static func normalise(type: String, namespace: inout String?, name: inout String) {
        switch type {
        case "bitbucket", "github", "gitlab", "composer", "deb", "apk", "alpm", "hex", "qpkg":
            namespace = namespace?.lowercased()
            name = name.lowercased()
        case "pypi":
            // The purl spec asks for lowercase and `_` → `-` (PyPI treats them as the same name).
            name = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        case "pub":
            name = name.lowercased()
        default:
            break
        }
    }

    /// Rules a type imposes on which parts must or must not be present.
    func validateTypeRules() throws(InputError) {
        switch type {
        case "swift":
            guard namespace != nil else { throw InputError("a swift package-url needs a namespace (the source host and owner)") }
            guard version != nil else { throw InputError("a swift package-url needs a version") }
        case "cran":
            guard version != nil else { throw InputError("a cran package-url needs a version") }
        case "conan":
            if (namespace != nil) != (qualifiers["channel"] != nil) {
                throw InputError("a conan package-url has a namespace exactly when it has a channel qualifier")
            }
        default:
            break
        }
    }

    // MARK: - Syntax

    /// A type is ASCII letters, digits, `.`, `+` and `-`, and does not start with a digit.
    static func isValidType(_ type: String) -> Bool {
        guard let first = type.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return type.utf8.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
    }

    /// A qualifier key is ASCII letters, digits, `.`, `-` and `_`, and does not start with a digit.
    static func isValidQualifierKey(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return key.utf8.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Percent-encodes everything but the URL unreserved characters; `:` stays readable outside
    /// qualifier values (as in `sha256:…` versions).
    static func encode<S: StringProtocol>(_ text: S, keepingColon: Bool) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "~") || (keepingColon && byte == UInt8(ascii: ":")) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes `%XX` escapes; a malformed escape is kept as it is.
    static func decode<S: StringProtocol>(_ text: S) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "%")) else { return String(text) }
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
