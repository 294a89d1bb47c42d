import WardCore
import Yams

/// Reads the entries of a berry (Yarn 2+) `yarn.lock`, which is YAML.
enum YarnBerryReader {
    static func entries(_ bytes: [UInt8], path: String) throws(InputError) -> [YarnLockParser.Entry] {
        let root = try YAMLDocument.parse(bytes, path: path)
        var entries: [YarnLockParser.Entry] = []
        for (key, line, node) in root.entries where key != "__metadata" {
            let specifiers = key.split(separator: ",").map { String($0.trimmed) }
            var name = specifiers.first.map(YarnLockParser.name(ofSpecifier:)) ?? key
            if let resolution = node.value("resolution")?.string {
                name = YarnLockParser.name(ofSpecifier: resolution)
            }
            var entry = YarnLockParser.Entry(specifiers: specifiers, name: name, version: node.value("version")?.string ?? "", line: line)
            for section in ["dependencies", "optionalDependencies"] {
                for (dependency, _, range) in node.value(section)?.entries ?? [] {
                    entry.dependencies.append(dependency + "@" + (range.string ?? ""))
                }
            }
            entries.append(entry)
        }
        return entries
    }
}
