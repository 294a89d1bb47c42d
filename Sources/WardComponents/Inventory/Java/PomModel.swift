import WardCore

/// The effective properties and managed versions of a pom, merged with its parents found in the tree.
struct PomModel {
    var properties: [String: String] = [:]
    var managed: [String: (version: String, scope: String?)] = [:]

    /// Builds the model for `project` at `path`; a parent chain is followed at most 10 levels.
    static func load(_ project: XMLElementNode, path: String, files: any FileSource) -> PomModel {
        var chain: [XMLElementNode] = [project]
        var currentPath = path
        var current = project
        var visited: Set<String> = [LockfilePath.normalise(path)]
        while chain.count < 10, let parent = current.child("parent") {
            var relative = parent.value("relativePath") ?? "../pom.xml"
            if !relative.hasSuffix(".xml") { relative += "/pom.xml" }
            let parentPath = LockfilePath.join(LockfilePath.directory(of: currentPath), relative)
            guard visited.insert(parentPath).inserted, let bytes = files.read(parentPath),
                  let node = try? XMLElementNode.parse(bytes, path: parentPath), node.name == "project",
                  node.value("artifactId") == parent.value("artifactId") else { break }
            chain.append(node)
            current = node
            currentPath = parentPath
        }
        var model = PomModel()
        var declarations: [(group: String, artifact: String, version: String, scope: String?)] = []
        // Parents first, so that a child's own values override them.
        for pom in chain.reversed() {
            for property in pom.child("properties")?.children ?? [] {
                model.properties[property.name] = String(property.text.trimmed)
            }
            let parent = pom.child("parent")
            let version = pom.value("version") ?? parent?.value("version")
            let group = pom.value("groupId") ?? parent?.value("groupId")
            for (key, value) in [("project.version", version), ("pom.version", version), ("version", version),
                                 ("project.groupId", group), ("project.artifactId", pom.value("artifactId")),
                                 ("project.parent.version", parent?.value("version")), ("project.parent.groupId", parent?.value("groupId"))] {
                if let value { model.properties[key] = value }
            }
            for dependency in pom.path("dependencyManagement", "dependencies")?.children("dependency") ?? [] {
                guard let group = dependency.value("groupId"), let artifact = dependency.value("artifactId"),
                      let version = dependency.value("version") else { continue }
                declarations.append((group, artifact, version, dependency.value("scope")))
            }
        }
        // Resolved only now: Maven interpolates after merging, so a child's property wins in a parent's section.
        for declaration in declarations {
            let key = model.resolve(declaration.group) + ":" + model.resolve(declaration.artifact)
            model.managed[key] = (model.resolve(declaration.version), declaration.scope)
        }
        return model
    }

    /// Replaces `${name}` with the property's value, repeatedly for properties defined by others.
    func resolve(_ text: String) -> String {
        var result = text
        for _ in 0..<10 {
            guard let open = result.firstRange(of: "${"), let close = result[open.upperBound...].firstIndex(of: "}") else { return result }
            let name = String(result[open.upperBound..<close])
            guard let value = properties[name] else { return result }
            result.replaceSubrange(open.lowerBound...close, with: value)
        }
        return result
    }
}
