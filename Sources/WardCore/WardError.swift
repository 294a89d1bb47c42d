/// An error in what the user gave Ward: a file, an option or a request. Always exit status 2.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var path: String?
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(path: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        guard let path else { return message }
        var place = path
        if let line { place += ":\(line)" }
        if let line, let column, line > 0 { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
