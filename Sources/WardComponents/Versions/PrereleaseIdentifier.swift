/// One dot-separated part of a SemVer pre-release (`alpha`, `1`): numbers sort before words.
struct PrereleaseIdentifier: Comparable, Sendable, Hashable {
    var number: UInt64?
    var text: String

    init(_ text: Substring, caseInsensitive: Bool = false) {
        let bytes = Array(text.utf8)
        if !bytes.isEmpty, bytes.allSatisfy(VersionText.isDigit) {
            number = VersionText.number(bytes)
            self.text = ""  // numbers compare by value: `01` equals `1`
        } else {
            number = nil
            self.text = caseInsensitive ? text.lowercased() : String(text)
        }
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        switch (lhs.number, rhs.number) {
        case let (left?, right?): left < right
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): lhs.text < rhs.text
        }
    }

    /// SemVer §11.4: a release has no pre-release and sorts after every pre-release of it;
    /// otherwise identifiers compare one by one and a longer list wins a tie.
    static func compareLists(_ lhs: [Self], _ rhs: [Self]) -> Int {
        if lhs.isEmpty || rhs.isEmpty { return lhs.isEmpty == rhs.isEmpty ? 0 : (lhs.isEmpty ? 1 : -1) }
        for (left, right) in zip(lhs, rhs) where left != right {
            return left < right ? -1 : 1
        }
        return lhs.count == rhs.count ? 0 : (lhs.count < rhs.count ? -1 : 1)
    }
}
