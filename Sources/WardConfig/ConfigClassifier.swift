#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decides which configuration type a file is, by name first: most files of a repository are source
/// code and are rejected from their extension before a single content byte is read.
public enum ConfigClassifier {
    /// The file's configuration type, or nil when Ward has no configuration checks for it.
    public static func classify(path: String, bytes: UnsafeRawBufferPointer) -> ConfigFileType? {
        let name = baseName(path)
        let lower = name.lowercased()
        if lower.hasSuffix(".tf") { return .terraform }
        if lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") { return classifyYAML(path: path, lowerName: lower, bytes: bytes) }
        if lower.hasSuffix(".xml") { return classifyXML(path: path, name: name, bytes: bytes) }
        if lower.hasSuffix(".plist") { return lower.hasSuffix("info.plist") ? .infoPlist : nil }
        if lower.hasSuffix(".entitlements") { return .entitlements }
        if isDockerfileName(lower) { return .dockerfile }
        return nil
    }

    /// `Dockerfile`, `Dockerfile.prod`, `api.Dockerfile`, `Containerfile`.
    static func isDockerfileName(_ lower: String) -> Bool {
        if lower == "dockerfile" || lower == "containerfile" || lower.hasSuffix(".dockerfile") { return true }
        guard lower.hasPrefix("dockerfile.") else { return false }
        // `Dockerfile.prod` is a Dockerfile; `Dockerfile.swift` or `Dockerfile.md` is source or prose about one.
        let suffix = lower.dropFirst("dockerfile.".count)
        return !notDockerfileSuffixes.contains(String(suffix))
    }

    private static let notDockerfileSuffixes: Set<String> = ["swift", "go", "py", "js", "ts", "rs", "java", "kt", "rb", "md", "txt",
                                                             "json", "yml", "yaml", "sh", "j2", "tpl", "tmpl", "template", "erb"]

    private static func classifyYAML(path: String, lowerName: String, bytes: UnsafeRawBufferPointer) -> ConfigFileType? {
        if lowerName == ".gitlab-ci.yml" || lowerName == ".gitlab-ci.yaml" { return .gitlabCI }
        if path.hasPrefix(".github/workflows/") || path.hasBytes("/.github/workflows/") { return .githubActions }
        // Kubernetes objects always carry both keys; anything else (compose files, app settings) is skipped.
        if contains(bytes, "apiVersion:"), contains(bytes, "kind:") { return .kubernetes }
        return nil
    }

    private static func classifyXML(path: String, name: String, bytes: UnsafeRawBufferPointer) -> ConfigFileType? {
        if name == "AndroidManifest.xml" { return .androidManifest }
        let inResXML = path.hasPrefix("res/xml/") || path.hasBytes("/res/xml/")
        if inResXML, contains(bytes, "<network-security-config") { return .networkSecurityConfig }
        return nil
    }

    static func baseName(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    static func contains(_ bytes: UnsafeRawBufferPointer, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let base = bytes.baseAddress, let first = pattern.first, bytes.count >= pattern.count else { return false }
        var offset = 0
        let last = bytes.count - pattern.count
        // memchr finds candidates at memory speed; only those are compared in full.
        while offset <= last {
            guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
            let start = UnsafeRawPointer(hit) - base
            if memcmp(base + start, pattern, pattern.count) == 0 { return true }
            offset = start + 1
        }
        return false
    }
}
