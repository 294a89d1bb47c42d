import WardCore

/// A check on a parsed Dockerfile.
protocol DockerfileRule: ConfigRule {
    func check(_ dockerfile: Dockerfile, into issues: inout IssueCollector)
}

extension DockerfileRule {
    var fileType: ConfigFileType { .dockerfile }

    func check(_ document: ConfigDocument, into issues: inout IssueCollector) {
        guard case .dockerfile(let dockerfile) = document else { return }
        check(dockerfile, into: &issues)
    }
}

/// A Dockerfile rule example.
func dockerExample(_ code: String) -> Example { Example(code, path: "Dockerfile") }

extension DockerInstruction {
    /// For FROM: the image (flags such as `--platform` skipped) and the stage name after `AS`.
    var fromImage: (image: String, name: String?)? {
        guard keyword == "FROM" else { return nil }
        let words = self.words.filter { !$0.hasPrefix("--") }
        guard let image = words.first else { return nil }
        let name = words.count >= 3 && words[1].lowercased() == "as" ? words[2] : nil
        return (image, name)
    }
}
