import Foundation
import WardCore

/// A property list value with the line each dictionary key is on (line 1 for binary plists, which have none).
public indirect enum PlistValue: Sendable {
    case dictionary([PlistEntry])
    case array([PlistValue])
    case string(String, line: Int)
    case bool(Bool, line: Int)
    /// Numbers, dates and data: their text, which no rule needs to interpret.
    case other(String, line: Int)

    public subscript(key: String) -> PlistEntry? {
        if case .dictionary(let entries) = self { return entries.first { $0.key == key } }
        return nil
    }

    public var isTrue: Bool { if case .bool(true, _) = self { true } else { false } }
    public var entries: [PlistEntry] { if case .dictionary(let entries) = self { entries } else { [] } }
    public var elements: [PlistValue] { if case .array(let items) = self { items } else { [] } }
    public var string: String? { if case .string(let text, _) = self { text } else { nil } }

    public var line: Int {
        switch self {
        case .string(_, let line), .bool(_, let line), .other(_, let line): line
        case .dictionary(let entries): entries.first?.line ?? 1
        case .array(let items): items.first?.line ?? 1
        }
    }

    /// Parses an XML plist (lines kept) or a binary one (via Foundation, without lines).
    public static func parse(_ bytes: [UInt8], path: String) throws(InputError) -> PlistValue {
        if bytes.starts(with: Array("bplist".utf8)) { return try binary(bytes, path: path) }
        let root = try XMLElementNode.parse(bytes, path: path)
        guard root.name == "plist", let top = root.children.first else { throw InputError(path: path, line: root.line, "not a property list") }
        return try from(top, path: path, depth: 0)
    }

    private static func from(_ node: XMLElementNode, path: String, depth: Int) throws(InputError) -> PlistValue {
        guard depth < 64 else { throw InputError(path: path, line: node.line, "property list nested too deeply") }
        switch node.name {
        case "dict":
            var entries: [PlistEntry] = []
            var pendingKey: XMLElementNode?
            for child in node.children {
                if child.name == "key" {
                    pendingKey = child
                } else if let key = pendingKey {
                    entries.append(PlistEntry(key: key.text.trimming(" \t\n\r"), line: key.line, value: try from(child, path: path, depth: depth + 1)))
                    pendingKey = nil
                }
            }
            return .dictionary(entries)
        case "array":
            var items: [PlistValue] = []
            for child in node.children { items.append(try from(child, path: path, depth: depth + 1)) }
            return .array(items)
        case "string": return .string(node.text, line: node.line)
        case "true": return .bool(true, line: node.line)
        case "false": return .bool(false, line: node.line)
        default: return .other(node.text, line: node.line)
        }
    }

    private static func binary(_ bytes: [UInt8], path: String) throws(InputError) -> PlistValue {
        let object: Any
        do {
            object = try PropertyListSerialization.propertyList(from: Data(bytes), options: [], format: nil)
        } catch {
            throw InputError(path: path, line: 1, "invalid binary property list")
        }
        return convert(object, depth: 0)
    }

    private static func convert(_ object: Any, depth: Int) -> PlistValue {
        guard depth < 64 else { return .other("", line: 1) }
        if let dictionary = object as? [String: Any] {
            return .dictionary(dictionary.keys.sorted().map { PlistEntry(key: $0, line: 1, value: convert(dictionary[$0] as Any, depth: depth + 1)) })
        }
        if let array = object as? [Any] { return .array(array.map { convert($0, depth: depth + 1) }) }
        if let text = object as? String { return .string(text, line: 1) }
        if let flag = object as? Bool { return .bool(flag, line: 1) }
        return .other("\(object)", line: 1)
    }
}
