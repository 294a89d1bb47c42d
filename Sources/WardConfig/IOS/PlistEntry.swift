/// One key of a plist dictionary, with the line of its `<key>` element.
public struct PlistEntry: Sendable {
    public var key: String
    public var line: Int
    public var value: PlistValue
}
