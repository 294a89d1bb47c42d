import WardCore
import Yams

/// YAML lockfiles (pnpm, yarn berry, pubspec) read into Yams nodes, which keep 1-based lines.
enum YAMLDocument {
    static func parse(_ bytes: [UInt8], path: String) throws(InputError) -> Node {
        let text = TextLines(bytes).text
        do {
            guard let node = try Yams.compose(yaml: text, .default, .default, .utf8) else { throw InputError(path: path, line: 1, "empty YAML document") }
            return node
        } catch let error as InputError {
            throw error
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                throw InputError(path: path, line: mark.line, "invalid YAML: \(problem)")
            default:
                throw InputError(path: path, "invalid YAML: \(error)")
            }
        } catch {
            throw InputError(path: path, "invalid YAML: \(error)")
        }
    }
}

extension Node {
    /// Mapping entries in file order with each key's text and line.
    var entries: [(key: String, line: Int, value: Node)] {
        guard case .mapping(let mapping) = self else { return [] }
        return mapping.map { ($0.key.string ?? "", $0.key.mark?.line ?? 0, $0.value) }
    }

    /// The value under `key` of a mapping.
    func value(_ key: String) -> Node? {
        guard case .mapping(let mapping) = self else { return nil }
        return mapping.first { $0.key.string == key }?.value
    }

    var line: Int { mark?.line ?? 0 }

    var text: String? { string }
}
