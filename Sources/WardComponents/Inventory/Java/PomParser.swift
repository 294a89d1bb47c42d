import WardCore

/// Maven's `pom.xml`: the declared dependencies, with `${property}` values resolved from the pom
/// and its parent chain (when the parent is in the tree, by `relativePath` or `../pom.xml`) and
/// versions taken from `dependencyManagement` when a dependency leaves them out.
public struct PomParser: LockfileParser {
    public let id = "maven-pom"
    public let ecosystem = Ecosystem.maven

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "pom.xml" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        let project = try XMLElementNode.parse(bytes, path: path)
        guard project.name == "project" else { throw InputError(path: path, line: project.line, "the root element is <\(project.name)>, not <project>") }
        let model = PomModel.load(project, path: path, files: context.files)
        var components: [Component] = []
        for dependency in project.path("dependencies")?.children("dependency") ?? [] {
            guard let group = dependency.value("groupId").map(model.resolve), let artifact = dependency.value("artifactId").map(model.resolve) else {
                context.warn(path, line: dependency.line, "dependency without groupId or artifactId skipped")
                continue
            }
            let key = group + ":" + artifact
            let managed = model.managed[key]
            guard let version = dependency.value("version").map(model.resolve) ?? managed?.version else {
                context.warn(path, line: dependency.line, "\(key) has no version here, in dependencyManagement or in a parent pom in the tree")
                continue
            }
            guard !version.contains("${") else {
                context.warn(path, line: dependency.line, "\(key): cannot resolve version \(version)")
                continue
            }
            // A range such as [1.0,2.0) is not one version; Maven picks it at build time.
            guard !version.hasPrefix("["), !version.hasPrefix("(") else { continue }
            let scopeName = dependency.value("scope").map(model.resolve) ?? managed?.scope ?? "compile"
            var scope = ComponentScope.runtime
            switch scopeName {
            case "test": scope = .test
            // `provided` and `system` jars come from the runtime environment; the build does not ship them.
            case "provided", "system": scope = .development
            default: if dependency.value("optional") == "true" { scope = .optional }
            }
            if let component = Component.declared(.maven, name: key, version: version, path: path, line: dependency.line, direct: true, scope: scope) {
                components.append(component)
            }
        }
        return components
    }
}
