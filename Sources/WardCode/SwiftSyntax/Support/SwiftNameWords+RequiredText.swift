/// The words a file must contain for a name in it to pass `SwiftNameWords`' checks, for rule prefilters.
extension SwiftNameWords {
    /// One word of every credential pair that is not a credential word itself: `key` for `api key`,
    /// `session` for `session id` (`id` is in nearly every file).
    static let credentialPairWords = ["key", "phrase", "session"]

    /// A name or key that `containsCredential` accepts holds one of these words.
    static let credentialText: [RequiredText] = (credentialWords.sorted() + credentialPairWords).map(RequiredText.word)

    /// A list of names that `suggestSecurity` accepts holds one of these words.
    static let securityText: [RequiredText] = credentialText + securityWords.subtracting(credentialWords).sorted().map(RequiredText.word)
}
