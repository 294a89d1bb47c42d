import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import WardCore

/// Calls the Ward platform's API with a bearer token; a non-2xx answer is an error carrying the
/// server's own message.
struct PlatformClient {
    var server: String
    var token: String

    struct Response {
        var status: Int
        var body: Data
    }

    static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? segment
    }

    func send(method: String, path: String, query: [URLQueryItem] = [], body: Data? = nil, contentType: String? = nil) throws -> Response {
        guard var components = URLComponents(string: server.hasSuffix("/") ? String(server.dropLast()) : server),
              components.scheme == "http" || components.scheme == "https", components.host != nil
        else { throw InputError("'\(server)' is not an http(s) URL of a Ward server") }
        components.percentEncodedPath += path
        if !query.isEmpty { components.queryItems = query }
        guard let url = components.url else { throw InputError("cannot build a URL from '\(server)' and '\(path)'") }
        var request = URLRequest(url: url, timeoutInterval: 120)
        request.httpMethod = method
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        request.httpBody = body
        let sent = request
        let (data, response) = try runBlocking { () async throws -> (Data, URLResponse) in
            do {
                return try await URLSession.shared.data(for: sent)
            } catch {
                throw InputError("cannot reach \(server): \(error.localizedDescription)")
            }
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard (200..<300).contains(status) else {
            struct Failure: Decodable { struct Detail: Decodable { var message: String }; var error: Detail }
            let message = (try? JSONDecoder().decode(Failure.self, from: data))?.error.message ?? String(decoding: data.prefix(300), as: UTF8.self)
            throw InputError("\(method) \(path): the server answered \(status): \(message)")
        }
        return Response(status: status, body: data)
    }
}
