import os
import WebKit

/// The support chat, a web page with a small bridge to the native app.
final class SupportChatView {
    private let webView = WKWebView()
    private let logger = Logger(subsystem: "com.lumenbank.app", category: "support")

    func greet(customerName: String) {
        webView.evaluateJavaScript("chat.greet('\(customerName)')")
    }

    func greetSafely(customerName: String) async throws {
        _ = try await webView.callAsyncJavaScript("chat.greet(name)", arguments: ["name": customerName], in: nil, contentWorld: .page)
    }

    func attach(sessionToken: String) {
        print("support chat attached with \(sessionToken)")
        logger.info("support chat attached with \(sessionToken, privacy: .private)")
    }
}
