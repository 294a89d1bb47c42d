import Foundation
import Hummingbird
import HTTPTypes

/// An error with the HTTP status it answers with; API responses carry it as `{"error": {"status", "message"}}`.
public struct APIError: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var message: String
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try APIJSON.encoder.encode(APIErrorBody(error: .init(status: status.code, message: message)))
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func notFound(_ what: String = "not found") -> APIError { APIError(.notFound, what) }
    static func forbidden(_ why: String) -> APIError { APIError(.forbidden, why) }
    static func badRequest(_ why: String) -> APIError { APIError(.badRequest, why) }
}

/// `{"error": {"status": 404, "message": "…"}}`, the body of every API error.
struct APIErrorBody: Codable, Sendable {
    struct Detail: Codable, Sendable {
        var status: Int
        var message: String
    }

    var error: Detail
}
