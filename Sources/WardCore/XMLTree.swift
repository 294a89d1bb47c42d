import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML element with its text and the line its start tag is on; namespaces are dropped from names.
public struct XMLElementNode: Sendable {
    public var name: String
    public var attributes: [String: String]
    public var text: String
    public var line: Int
    public var children: [XMLElementNode]

    public init(name: String, attributes: [String: String] = [:], text: String = "", line: Int = 1, children: [XMLElementNode] = []) {
        self.name = name
        self.attributes = attributes
        self.text = text
        self.line = line
        self.children = children
    }

    public func child(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }

    public func children(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }

    /// Trimmed text of the child `name`, nil when absent or empty.
    public func value(_ name: String) -> String? {
        guard let text = child(name)?.text.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return String(text)
    }

    /// The element at a path of child names.
    public func path(_ names: String...) -> XMLElementNode? {
        var node: XMLElementNode? = self
        for name in names { node = node?.child(name) }
        return node
    }

    /// Parses a document with Foundation's XMLParser; external entities are never resolved. With
    /// `namespaces` false, prefixed names such as `android:exported` are kept as written.
    public static func parse(_ bytes: [UInt8], path: String, namespaces: Bool = true) throws(InputError) -> XMLElementNode {
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = namespaces
        let builder = XMLTreeBuilder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            let line = builder.errorLine ?? parser.lineNumber
            let reason = builder.errorMessage ?? parser.parserError.map { "\($0.localizedDescription)" } ?? "not well-formed"
            throw InputError(path: path, line: max(1, line), "invalid XML: \(reason)")
        }
        return root
    }
}

/// Collects the element tree while XMLParser reads; depth is bounded against hostile input.
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    var stack: [XMLElementNode] = []
    var root: XMLElementNode?
    var errorLine: Int?
    var errorMessage: String?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        guard stack.count < 256 else {
            errorMessage = "nested too deeply"
            errorLine = parser.lineNumber
            parser.abortParsing()
            return
        }
        let local = parser.shouldProcessNamespaces ? (elementName.split(separator: ":").last.map(String.init) ?? elementName) : elementName
        stack.append(XMLElementNode(name: local, attributes: attributes, text: "", line: parser.lineNumber, children: []))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let finished = stack.popLast() else { return }
        if stack.isEmpty {
            root = finished
        } else {
            stack[stack.count - 1].children.append(finished)
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if errorLine == nil {
            errorLine = parser.lineNumber
            errorMessage = "not well-formed (\((parseError as NSError).code))"
        }
    }
}
