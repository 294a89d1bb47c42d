import Testing
@testable import WardServer

@Suite struct ServerConfigurationTests {
    @Test func secureCookiesFollowTheSchemeOfThePublicURL() {
        #expect(ServerConfiguration(publicURL: "https://ward.bank.example").secureCookies)
        #expect(!ServerConfiguration().secureCookies)
        #expect(ServerConfiguration(port: 9000).baseURL == "http://127.0.0.1:9000")
    }
}
