/// A `uses:` reference of a workflow step: `owner/repo[/path]@ref`, local `./…` or `docker://…`.
struct ActionReference {
    var owner: String
    var ref: String

    init?(_ uses: String) {
        guard !uses.hasPrefix("./"), !uses.hasPrefix("docker://"), let at = uses.lastIndex(of: "@") else { return nil }
        owner = String(uses[..<at].split(separator: "/").first ?? "").lowercased()
        ref = String(uses[uses.index(after: at)...])
    }

    /// Actions published by GitHub itself, whose tags GitHub controls.
    var isGitHubOwned: Bool { owner == "actions" || owner == "github" }

    /// Pinned to a full 40-hex commit SHA, the only reference its owner cannot move.
    var isPinned: Bool { ref.count == 40 && ref.allSatisfy(\.isHexDigit) }
}
