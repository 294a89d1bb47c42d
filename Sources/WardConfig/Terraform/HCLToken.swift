/// One lexical token of HCL with its position.
struct HCLToken {
    enum Kind: Equatable { case identifier, number, string, punctuation, newline, end }
    var kind: Kind
    var text: String
    var line: Int
    var column: Int
}
