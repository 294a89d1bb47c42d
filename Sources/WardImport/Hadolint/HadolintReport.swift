/// One rule violation in a hadolint JSON report (`hadolint -f json Dockerfile`), which is an array of these.
struct HadolintViolation: Decodable {
    /// `DL3008` for hadolint's own rules, `SC2086` for ShellCheck's on `RUN` lines.
    var code: String
    var message: String?
    var file: String?
    var line: Int?
    var column: Int?
    /// `error`, `warning`, `info`, `style`.
    var level: String?
}
