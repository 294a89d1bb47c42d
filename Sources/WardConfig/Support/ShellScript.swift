/// Cheap checks on shell command text shared by Dockerfile and CI rules; no shell is parsed, so each
/// check looks for a narrow, high-signal shape.
enum ShellScript {
    /// `curl … | sh`, `wget -O- … | bash`: a downloaded script executed without verification.
    static func pipesDownloadToShell(_ text: String) -> Bool {
        guard text.hasBytes("|") else { return false }
        return text.split(separator: "\n").contains { pipedDownloadOffset(in: String($0)) != nil }
    }

    /// Byte offset, in `line`, of the `curl`/`wget` whose output is piped into a shell.
    static func pipedDownloadOffset(in line: String) -> Int? {
        guard line.hasBytes("|"), line.hasBytes("curl ") || line.hasBytes("wget ") else { return nil }
        let parts = line.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        var partStart = parts[0].utf8.count + 1
        for index in 1..<parts.count {
            defer { partStart += parts[index].utf8.count + 1 }
            let previous = parts[index - 1]
            let command = previous.split(whereSeparator: { $0 == ";" || $0 == "&" }).last ?? ""
            let words = parts[index].split(whereSeparator: { $0 == " " || $0 == "\t" })
            let runner = words.first == "sudo" ? words.dropFirst().first : words.first
            guard let runner, shells.contains(String(runner)) else { continue }
            guard let download = [command.byteRange(of: "curl "), command.byteRange(of: "wget ")].compactMap({ $0 }).max(by: { $0.lowerBound < $1.lowerBound })
            else { continue }
            let previousStart = partStart - previous.utf8.count - 1
            return previousStart + previous.utf8.distance(from: previous.startIndex, to: download.lowerBound)
        }
        return nil
    }

    static let shells: Set<String> = ["sh", "bash", "zsh", "ksh", "dash", "/bin/sh", "/bin/bash", "python", "python3"]

    /// `curl -k`, `curl --insecure`, `wget --no-check-certificate`: TLS verification switched off.
    static func disablesTLSVerification(_ text: String) -> String? {
        guard text.hasBytes("curl") || text.hasBytes("wget") else { return nil }
        if text.hasBytes("--no-check-certificate") { return "--no-check-certificate" }
        if text.hasBytes("curl "), text.hasBytes(" --insecure") { return "--insecure" }
        guard text.hasBytes("curl ") else { return nil }
        var inCurl = false
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if word == "curl" { inCurl = true; continue }
            if ["&&", "||", "|", ";"].contains(word) || word.hasSuffix(";") { inCurl = false; continue }
            if inCurl, word.hasPrefix("-"), !word.hasPrefix("--"), word.contains("k"), word.allSatisfy({ $0.isLetter || $0 == "-" }) {
                return String(word)
            }
        }
        return nil
    }

    /// The credential-looking variable an `echo`/`printf` prints, e.g. `$CI_JOB_TOKEN` or `${{ secrets.X }}`.
    static func echoedSecret(_ line: String, extraNames: [String] = []) -> String? {
        guard line.hasBytes("$") else { return nil }
        let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "-" }
        guard trimmed.hasPrefix("echo ") || trimmed.hasPrefix("printf ") || line.hasBytes("| tee") else { return nil }
        if let range = trimmed.byteRange(of: "${{"), let end = trimmed[range.upperBound...].byteRange(of: "}}") {
            let expression = String(trimmed[range.upperBound..<end.lowerBound]).trimming(" ")
            if expression.hasPrefix("secrets.") { return "${{ \(expression) }}" }
        }
        var rest = Substring(trimmed)
        while let dollar = rest.firstIndex(of: "$") {
            rest = rest[rest.index(after: dollar)...]
            let name = rest.drop { $0 == "{" }.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty, CredentialName.isCredential(String(name)) || extraNames.contains(String(name)) { return String(name) }
        }
        return nil
    }
}
