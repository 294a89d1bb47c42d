import Foundation

/// The in-app assistant that answers questions about statements.
struct AssistantClient {
    // ward-demo: fake credential, gitleaks:allow, pragma: allowlist secret
    private let apiKey = "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"

    func ask(_ question: String) async throws -> String {
        var request = URLRequest(url: URL(string: "https://api.openai.com/v1/responses")!)
        request.setValue("Bearer \(apiKey)", forHTTPHeaderField: "Authorization")
        request.httpBody = try JSONEncoder().encode(["input": question])
        let (data, _) = try await URLSession.shared.data(for: request)
        return String(decoding: data, as: UTF8.self)
    }
}
