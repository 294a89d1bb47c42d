/// A JSON value whose object members keep the order they were written in, so SBOMs read the same
/// on every run and in the order their specifications list fields.
enum OrderedJSON {
    case object([(String, OrderedJSON)])
    case array([OrderedJSON])
    case string(String)
    case integer(Int)
    case bool(Bool)

    /// Pretty-printed with two-space indentation and a final newline.
    func rendered() -> [UInt8] {
        var out: [UInt8] = []
        render(into: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private func render(into out: inout [UInt8], indent: Int) {
        switch self {
        case .object(let members):
            guard !members.isEmpty else { out += Array("{}".utf8); return }
            out += Array("{\n".utf8)
            for (index, (key, value)) in members.enumerated() {
                out += [UInt8](repeating: UInt8(ascii: " "), count: indent + 2)
                Self.quote(key, into: &out)
                out += Array(": ".utf8)
                value.render(into: &out, indent: indent + 2)
                out += Array((index + 1 < members.count ? ",\n" : "\n").utf8)
            }
            out += [UInt8](repeating: UInt8(ascii: " "), count: indent)
            out.append(UInt8(ascii: "}"))
        case .array(let elements):
            guard !elements.isEmpty else { out += Array("[]".utf8); return }
            out += Array("[\n".utf8)
            for (index, value) in elements.enumerated() {
                out += [UInt8](repeating: UInt8(ascii: " "), count: indent + 2)
                value.render(into: &out, indent: indent + 2)
                out += Array((index + 1 < elements.count ? ",\n" : "\n").utf8)
            }
            out += [UInt8](repeating: UInt8(ascii: " "), count: indent)
            out.append(UInt8(ascii: "]"))
        case .string(let text): Self.quote(text, into: &out)
        case .integer(let number): out += Array(String(number).utf8)
        case .bool(let flag): out += Array((flag ? "true" : "false").utf8)
        }
    }

    private static func quote(_ text: String, into out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20: out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
