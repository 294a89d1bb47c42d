import WardCore

/// Parses a classified file into the document its rules read. A file that does not parse yields nil:
/// the scanner reports nothing for it rather than guessing (the engine's warnings are for I/O).
enum ConfigParser {
    static func parse(_ type: ConfigFileType, file: SourceFile) -> ConfigDocument? {
        do {
            switch type {
            case .dockerfile:
                return .dockerfile(Dockerfile.parse(text(file)))
            case .kubernetes:
                var yaml = try YAMLDocuments.parse(text(file), path: file.path)
                yaml.podSpecs = PodSpec.all(in: yaml)
                return .yaml(yaml)
            case .githubActions, .gitlabCI:
                return .yaml(try YAMLDocuments.parse(text(file), path: file.path))
            case .terraform:
                return .terraform(try HCLReader.parse(text(file), path: file.path))
            case .infoPlist, .entitlements:
                return .plist(try PlistValue.parse(Array(file.bytes), path: file.path))
            case .androidManifest, .networkSecurityConfig:
                return .xml(try XMLElementNode.parse(Array(file.bytes), path: file.path, namespaces: false))
            }
        } catch {
            return nil
        }
    }

    private static func text(_ file: SourceFile) -> String { String(decoding: file.bytes, as: UTF8.self) }
}
