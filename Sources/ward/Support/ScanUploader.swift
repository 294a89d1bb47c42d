import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import WardCore

/// Sends a Ward JSON report to the platform (`POST /api/v1/projects/{key}/scans`) with the token in `WARD_TOKEN`.
struct ScanUploader {
    var server: String
    var project: String
    var token: String
    var branch: String?
    var commit: String?
    var kinds: [FindingKind] = []
    /// Every tool whose findings the report holds: the platform fixes only what these tools no longer report.
    var tools: [String] = []

    struct Outcome: Decodable {
        struct Scan: Decodable { var id: Int }
        struct Gate: Decodable { var pass: Bool; var reasons: [String] }
        var scan: Scan
        var url: String
        var new: Int
        var reopened: Int
        var fixed: Int
        var gate: Gate
    }

    static func token(from environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        guard let token = environment["WARD_TOKEN"], !token.isEmpty else {
            throw InputError("--upload needs an API token in WARD_TOKEN (create one with `ward admin create-token`)")
        }
        return token
    }

    func upload(_ body: [UInt8], format: String) throws -> Outcome {
        guard var components = URLComponents(string: server.hasSuffix("/") ? String(server.dropLast()) : server),
              components.scheme == "http" || components.scheme == "https", components.host != nil
        else { throw InputError("--upload: '\(server)' is not an http(s) URL of a Ward server") }
        let key = project.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? project
        components.path += "/api/v1/projects/\(key)/scans"
        var query = [URLQueryItem(name: "format", value: format)]
        if let branch { query.append(URLQueryItem(name: "branch", value: branch)) }
        if let commit { query.append(URLQueryItem(name: "commit", value: commit)) }
        if !kinds.isEmpty { query.append(URLQueryItem(name: "kinds", value: kinds.map(\.rawValue).joined(separator: ","))) }
        if !tools.isEmpty { query.append(URLQueryItem(name: "tools", value: tools.joined(separator: ","))) }
        components.queryItems = query
        var request = URLRequest(url: components.url!, timeoutInterval: 300)
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body)
        let request_ = request
        let (data, response) = try runBlocking { () async throws -> (Data, URLResponse) in
            do {
                return try await URLSession.shared.data(for: request_)
            } catch {
                throw InputError("--upload: cannot reach \(server): \(error.localizedDescription)")
            }
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 201 else {
            struct Failure: Decodable { struct Detail: Decodable { var message: String }; var error: Detail }
            let message = (try? JSONDecoder().decode(Failure.self, from: data))?.error.message ?? String(decoding: data.prefix(300), as: UTF8.self)
            throw InputError("--upload: the server answered \(status): \(message)")
        }
        do {
            return try JSONDecoder().decode(Outcome.self, from: data)
        } catch {
            throw InputError("--upload: the server's answer is not a Ward upload result")
        }
    }

    /// The branch and commit of the git work tree at `path`, when it is one.
    static func gitState(at path: String) -> (branch: String?, commit: String?) {
        func git(_ arguments: [String]) -> String? {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", path] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            do { try process.run() } catch { return nil }
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { return nil }
            let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty || text == "HEAD" ? nil : text
        }
        return (git(["rev-parse", "--abbrev-ref", "HEAD"]), git(["rev-parse", "HEAD"]))
    }
}
