import Hummingbird

/// The page shown for an error outside the API, inside the usual frame when someone is signed in.
enum WebErrorPage {
    static func render(status: HTTPResponse.Status, message: String, identity: Identity?) -> Response {
        let body = """
            <section class="narrow error"><h1>\(status.code) \(HTML.escape(status.reasonPhrase))</h1>
            <p>\(HTML.escape(message))</p><p><a href="/">Back to the dashboard</a></p></section>
            """
        return Layout.page("\(status.code) \(status.reasonPhrase)", identity: identity, status: status, body: body)
    }
}
