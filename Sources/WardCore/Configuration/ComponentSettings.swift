/// `components:` — software composition analysis: which advisories to ignore, which components and
/// licenses are banned or approved, and which VEX statements apply.
public struct ComponentSettings: Sendable, Equatable {
    /// Look for vulnerable, banned and unlicensed components; on by default.
    public var enabled = true
    /// The advisory database (default: the user's cache directory, see `ward db status`).
    public var database: String?
    /// Include development and test dependencies; on by default (they still run in CI).
    public var devDependencies = true
    /// Advisory ids (or aliases) not to report, each with the reason it does not apply.
    public var ignore: [IgnoredAdvisory] = []
    public var banned: [ComponentRule] = []
    /// When not empty, every component outside this list is reported as unapproved.
    public var approved: [ComponentRule] = []
    public var licenses = LicensePolicySettings()
    /// OpenVEX or CycloneDX VEX files, relative to the scan root.
    public var vex: [String] = []

    public init() {}
}

/// An advisory a project has decided does not apply, and why.
public struct IgnoredAdvisory: Sendable, Equatable {
    public var id: String
    public var reason: String

    public init(id: String, reason: String) {
        self.id = id
        self.reason = reason
    }
}

/// A package URL, optionally with a version range after `@` (`pkg:maven/com.alibaba/fastjson@<1.2.83`,
/// `pkg:npm/left-pad`, `pkg:pypi/pyyaml@>=5.1,<5.4`), and the reason it is listed.
public struct ComponentRule: Sendable, Equatable {
    public var purl: String
    public var reason: String?

    public init(purl: String, reason: String? = nil) {
        self.purl = purl
        self.reason = reason
    }
}

/// `components.licenses:` — SPDX ids that are allowed or denied; with an allow list, anything else is reported.
public struct LicensePolicySettings: Sendable, Equatable {
    public var allow: [String] = []
    public var deny: [String] = []
    /// Report components whose license is unknown; off by default.
    public var reportUnknown = false

    public init() {}
}
