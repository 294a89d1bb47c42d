/// Container image references as written in Dockerfiles, manifests and CI files.
enum ImageReference {
    /// True when `reference` names no tag or `latest` and no digest, so each pull may get a different image.
    /// References built from variables cannot be judged and are not flagged.
    static func isUnpinned(_ reference: String) -> Bool {
        let image = reference.trimming("\"' ")
        guard !image.isEmpty, !image.hasBytes("$"), !image.hasBytes("{{"), !image.hasBytes("@sha256:") else { return false }
        let lastPart = image.split(separator: "/").last ?? Substring(image)
        guard let colon = lastPart.lastIndex(of: ":") else { return true }
        return lastPart[lastPart.index(after: colon)...].lowercased() == "latest"
    }
}
