import Testing
@testable import WardCode

/// How names are split into words and judged, which most Swift syntax rules rely on.
@Suite struct SwiftNameWordsTests {
    @Test(arguments: [
        ("APIKey", ["api", "key"]), ("authToken", ["auth", "token"]), ("user_password", ["user", "password"]),
        ("kSecAttrAccessible", ["k", "sec", "attr", "accessible"]), ("PIN_CODE", ["pin", "code"]), ("sha256Digest", ["sha256", "digest"]),
        ("auth-token.v2", ["auth", "token", "v2"]), ("", []),
    ])
    func splitsNamesIntoLowercaseWords(name: String, expected: [String]) {
        #expect(SwiftNameWords.words(name) == expected)
    }

    @Test func recognisesCredentialNamesButNotLookalikes() {
        let credentials = ["password", "authToken", "apiKey", "userPin", "client_secret", "sessionId", "refreshToken", "privateKey"]
        let others = ["tokenizer", "spinner", "isPinned", "passwordField", "tokenCount", "hasToken", "isTokenExpired", "keyboard", "session"]
        #expect(credentials.filter(SwiftNameWords.namesCredential) == credentials)
        #expect(others.filter(SwiftNameWords.namesCredential) == [])
    }

    @Test func securityContextNeedsASecurityWord() {
        #expect(SwiftNameWords.suggestSecurity(["cacheKey", "url", "absoluteString"]) == false)
        #expect(SwiftNameWords.suggestSecurity(["etag", "body"]) == false)
        #expect(SwiftNameWords.suggestSecurity(["signPayload"]) == true)
        #expect(SwiftNameWords.suggestSecurity(["passwordHash"]) == true)
    }
}
