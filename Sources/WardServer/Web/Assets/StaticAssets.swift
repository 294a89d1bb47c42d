import Hummingbird

/// The UI's only stylesheet and script, held in the binary so `ward serve` needs no files beside it.
/// Pages never carry inline styles or scripts: the content security policy forbids both.
enum StaticAssets {
    static func add(to router: Router<WardRequestContext>) {
        router.get("/static/ward.css") { _, _ in asset(stylesheet, type: "text/css; charset=utf-8") }
        router.get("/static/ward.js") { _, _ in asset(script, type: "text/javascript; charset=utf-8") }
    }

    private static func asset(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Progressive enhancement only: "select all" for bulk triage, and the expiry field shown only
    /// when a risk is being accepted. Every page works without it.
    static let script = """
        document.addEventListener("DOMContentLoaded", function () {
          document.querySelectorAll("[data-select-all]").forEach(function (box) {
            box.hidden = false;
            box.addEventListener("change", function () {
              var form = box.closest("form");
              form.querySelectorAll("input[name=ids]").forEach(function (item) { item.checked = box.checked; });
            });
          });
          document.querySelectorAll("select[data-expiry]").forEach(function (select) {
            var field = document.getElementById(select.getAttribute("data-expiry"));
            if (!field) { return; }
            var update = function () { field.hidden = select.value !== "accepted_risk"; };
            select.addEventListener("change", update);
            update();
          });
        });
        """
}
