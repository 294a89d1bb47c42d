import Foundation
import Hummingbird
import WardCore

/// HTML escaping and the few building blocks every page shares. Every value that comes from a
/// user, a scan or the database goes through `escape` before it reaches a page.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A `200 text/html` response (or another status).
    static func response(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// `2026-11-22`, in UTC; a dash for nothing.
    static func day(_ date: Date?) -> String { date.map { escape($0.day) } ?? "—" }

    /// `2026-11-22 14:03 UTC`, for events and scans where the time of day matters.
    static func time(_ date: Date) -> String {
        let iso = date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
        return escape(iso.prefix(16).replacingOccurrences(of: "T", with: " ") + " UTC")
    }

    /// A severity as a coloured badge.
    static func severity(_ severity: Severity) -> String {
        "<span class=\"badge sev-\(severity.rawValue)\">\(severity.rawValue)</span>"
    }

    static func state(_ state: String) -> String {
        "<span class=\"badge state-\(escape(state))\">\(escape(state.replacingOccurrences(of: "_", with: " ")))</span>"
    }

    /// `<option>`s for `values`, with `selected` marked.
    static func options(_ values: [(value: String, label: String)], selected: Set<String>, blank: String? = nil) -> String {
        var out = blank.map { "<option value=\"\">\(escape($0))</option>" } ?? ""
        for (value, label) in values {
            out += "<option value=\"\(escape(value))\"\(selected.contains(value) ? " selected" : "")>\(escape(label))</option>"
        }
        return out
    }

    /// The hidden field that carries the session's CSRF token in every unsafe form.
    static func csrfField(_ identity: Identity) -> String {
        "<input type=\"hidden\" name=\"_csrf\" value=\"\(escape(identity.csrf ?? ""))\">"
    }

    /// A table, or a sentence saying there is nothing to show.
    static func table(_ headers: [String], _ rows: [String], empty: String, classes: String = "") -> String {
        guard !rows.isEmpty else { return "<p class=\"empty\">\(escape(empty))</p>" }
        let head = headers.map { header -> String in "<th scope=\"col\">\(escape(header))</th>" }.joined()
        return "<table class=\"data \(classes)\"><thead><tr>\(head)</tr></thead><tbody>\(rows.joined())</tbody></table>"
    }
}

/// Builds query strings for links that keep the current filters.
struct QueryString {
    private(set) var pairs: [(String, String)] = []

    init(_ pairs: [(String, String)] = []) { self.pairs = pairs }

    /// The request's own query parameters, minus `dropping`.
    init(request: Request, dropping: Set<String> = []) {
        for (name, value) in request.uri.queryParameters where !dropping.contains(String(name)) && !value.isEmpty {
            pairs.append((String(name), String(value)))
        }
    }

    mutating func set(_ name: String, _ value: String?) {
        pairs.removeAll { $0.0 == name }
        if let value, !value.isEmpty { pairs.append((name, value)) }
    }

    /// `?a=1&b=2` (percent-encoded), or the empty string.
    var encoded: String {
        guard !pairs.isEmpty else { return "" }
        return "?" + pairs.map { pair -> String in Self.encode(pair.0) + "=" + Self.encode(pair.1) }.joined(separator: "&")
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
