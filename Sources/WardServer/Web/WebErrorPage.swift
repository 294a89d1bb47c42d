import Hummingbird

/// The page shown for an error outside the API.
enum WebErrorPage {
    static func render(status: HTTPResponse.Status, message: String, identity: Identity?) -> Response {
        let html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>\(status.code) · Ward</title>
            <link rel="stylesheet" href="/static/ward.css"></head><body><main class="narrow"><h1>\(status.code) \(HTML.escape(status.reasonPhrase))</h1>
            <p>\(HTML.escape(message))</p><p><a href="/">Back to the dashboard</a></p></main></body></html>
            """
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

/// HTML escaping for text and attribute values.
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
}
