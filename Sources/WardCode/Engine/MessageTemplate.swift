/// A rule message with `$1` / `$NAME` placeholders, split once at parse time.
public struct MessageTemplate: Sendable, Hashable {
    enum Segment: Sendable, Hashable {
        case text(String)
        case group(GroupReference)
    }

    let segments: [Segment]
    public let source: String

    /// Splits `source` at `$<digit>` and `$<UPPERCASE NAME>`; any other `$` is literal text.
    public init(_ source: String) {
        self.source = source
        var segments: [Segment] = []
        var text = ""
        let scalars = Array(source.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "$", index + 1 < scalars.count {
                let next = scalars[index + 1]
                if ("1"..."9").contains(next) {
                    if !text.isEmpty { segments.append(.text(text)) }
                    text = ""
                    segments.append(.group(.number(Int(next.value - 48))))
                    index += 2
                    continue
                }
                if ("A"..."Z").contains(next) {
                    var end = index + 1
                    while end < scalars.count, ("A"..."Z").contains(scalars[end]) || ("0"..."9").contains(scalars[end]) || scalars[end] == "_" { end += 1 }
                    if !text.isEmpty { segments.append(.text(text)) }
                    text = ""
                    var name = ""
                    name.unicodeScalars.append(contentsOf: scalars[(index + 1)..<end])
                    segments.append(.group(.name(name)))
                    index = end
                    continue
                }
            }
            text.unicodeScalars.append(scalar)
            index += 1
        }
        if !text.isEmpty { segments.append(.text(text)) }
        self.segments = segments
    }

    /// The metavariables the message uses.
    public var references: [GroupReference] {
        segments.compactMap { if case .group(let reference) = $0 { reference } else { nil } }
    }

    /// The message with each placeholder replaced by `value(reference)` (empty when it gives nil).
    public func render(_ value: (GroupReference) -> String?) -> String {
        var out = ""
        for segment in segments {
            switch segment {
            case .text(let text): out += text
            case .group(let reference): out += value(reference) ?? ""
            }
        }
        return out
    }
}
