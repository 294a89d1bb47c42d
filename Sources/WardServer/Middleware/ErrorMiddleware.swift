import Foundation
import Hummingbird
import Logging
import NIOCore
import WardCore
import WardStore

/// Turns every error into a response: JSON under `/api`, a small HTML page elsewhere. Internal
/// errors are logged with detail and answered without it.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = WardRequestContext
    let renderPage: @Sendable (_ status: HTTPResponse.Status, _ message: String, _ identity: Identity?) -> Response

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let apiError = Self.apiError(for: error)
            if apiError.status == .internalServerError {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(describing: error))"])
            }
            if request.uri.path.hasPrefix("/api/") || request.uri.path == "/health" || request.uri.path == "/metrics" {
                return try apiError.response(from: request, context: context)
            }
            if apiError.status == .unauthorized {
                let target = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
                return Response.redirect(to: "/login?next=" + (target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
            }
            var response = renderPage(apiError.status, apiError.message, context.identity)
            for field in apiError.headers { response.headers.append(field) }
            return response
        }
    }

    static func apiError(for error: any Error) -> APIError {
        switch error {
        case let error as APIError: return error
        case let error as StoreError:
            switch error {
            case .notFound(let message): return APIError(.notFound, message)
            case .conflict(let message): return APIError(.conflict, message)
            case .invalid(let message), .configuration(let message): return APIError(.badRequest, message)
            case .forbidden(let message): return APIError(.forbidden, message)
            }
        case let error as InputError: return APIError(.badRequest, error.description)
        case let error as HTTPError: return APIError(error.status, error.body ?? error.status.reasonPhrase)
        case is DecodingError: return APIError(.badRequest, "the request body is not valid JSON of the expected shape")
        case is NIOTooManyBytesError: return APIError(.contentTooLarge, "the request body is larger than the server accepts")
        default: return APIError(.internalServerError, "internal error")
        }
    }
}
