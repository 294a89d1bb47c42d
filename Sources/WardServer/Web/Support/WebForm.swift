import Foundation
import Hummingbird

/// Reading the forms pages post, and where a form may send the browser afterwards.
enum WebForm {
    /// The `application/x-www-form-urlencoded` body of `request` (already buffered by the CSRF check on sessions).
    static func read(_ request: Request) async throws -> FormData {
        guard request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true else {
            throw APIError(.unsupportedMediaType, "this page expects a submitted form")
        }
        var request = request
        let body = try await request.collectBody(upTo: 1 << 20)
        return FormData(String(buffer: body))
    }

    /// `next` if it is a path on this site, else `fallback`: never another host, a scheme, or a
    /// protocol-relative `//host` (browsers also read `/\host` as another host).
    static func safeLocalPath(_ next: String?, fallback: String = "/") -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), next.count <= 2000,
              next.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F })
        else { return fallback }
        return next
    }

    /// A `303 See Other` after a successful POST, so reloading the next page does not post again.
    static func seeOther(_ location: String) -> Response {
        Response.redirect(to: location, type: .normal)
    }

    /// A UTC day (`2026-12-31`) read as the end of that day, for expiry dates.
    static func endOfDay(_ text: String?) -> Date? {
        guard let text, !text.isEmpty else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let start = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else { return nil }
        return start.addingTimeInterval(86_399)
    }
}

extension FormData {
    /// A trimmed, non-empty value.
    func value(_ name: String) -> String? {
        self[name].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A comma-separated list field as its items.
    func list(_ name: String) -> [String] {
        (self[name] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
