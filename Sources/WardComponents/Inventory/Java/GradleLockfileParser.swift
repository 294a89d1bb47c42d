import WardCore

/// Gradle's dependency lock state `gradle.lockfile` (and per-configuration `*.lockfile` under
/// `gradle/dependency-locks/`): `group:artifact:version=configuration,...` lines.
public struct GradleLockfileParser: LockfileParser {
    public let id = "gradle-lockfile"
    public let ecosystem = Ecosystem.maven

    public init() {}

    public func accepts(path: String, name: String) -> Bool {
        name == "gradle.lockfile" || (path.contains("gradle/dependency-locks/") && name.hasSuffix(".lockfile"))
    }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        var components: [Component] = []
        for line in TextLines(bytes) {
            let text = line.text.trimmed
            if text.isEmpty || text.hasPrefix("#") || text.hasPrefix("empty=") { continue }
            let parts = text.split(separator: "=", maxSplits: 1)
            let coordinates = parts[0].split(separator: ":")
            guard coordinates.count >= 3 else {
                throw InputError(path: path, line: line.number, "expected group:artifact:version, found '\(parts[0])'")
            }
            let configurations = parts.count > 1 ? parts[1].split(separator: ",").map { $0.lowercased() } : []
            // Only test configurations (testCompileClasspath, ...) means test-only.
            let testOnly = !configurations.isEmpty && configurations.allSatisfy { $0.hasPrefix("test") || $0.contains("androidtest") || $0.contains("unittest") }
            if let component = Component.declared(
                .maven, name: coordinates[0] + ":" + coordinates[1], version: String(coordinates[2]), path: path, line: line.number,
                scope: testOnly ? .test : .runtime) {
                components.append(component)
            }
        }
        return components
    }
}
