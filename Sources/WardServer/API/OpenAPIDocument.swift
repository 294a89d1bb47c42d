// Generated from docs/openapi.json by `swift run ward serve --print-openapi`'s counterpart test; do not edit.
enum OpenAPIDocument {
    static let json = #"""
{"openapi": "3.1.0", "info": {"title": "Ward", "version": "1"}, "paths": {}}
"""#
}
