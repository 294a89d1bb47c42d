/// The kinds of configuration file Ward checks; each is parsed once and handed to its rules.
public enum ConfigFileType: String, Sendable, CaseIterable, Codable {
    case dockerfile
    case kubernetes
    case githubActions = "github-actions"
    case gitlabCI = "gitlab-ci"
    case terraform
    case infoPlist = "info-plist"
    case entitlements
    case androidManifest = "android-manifest"
    case networkSecurityConfig = "network-security-config"
}
