import Foundation
import WardCore

extension CodeRules {
    /// Loads every `.yml` / `.yaml` rule file directly inside `directory`, in name order; an id defined
    /// twice (across files too) or any invalid file is an error naming that file.
    public static func load(directory: String) throws(InputError) -> [PatternRule] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw InputError(path: directory, "cannot read the rules directory: \(error.localizedDescription)")
        }
        var packs: [(path: String, yaml: String)] = []
        for name in names.sorted() where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { throw InputError(path: path, "cannot read the rule file") }
            guard let text = String(data: data, encoding: .utf8) else { throw InputError(path: path, "rule file is not UTF-8 text") }
            packs.append((path, text))
        }
        return try load(packs)
    }
}
