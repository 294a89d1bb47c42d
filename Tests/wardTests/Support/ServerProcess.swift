import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A real `ward serve` on a free loopback port, for tests of the platform from the outside.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let port: Int
    let database: String
    var baseURL: String { "http://127.0.0.1:\(port)" }

    init(database: String, in directory: String) throws {
        self.database = database
        port = try Self.freePort()
        process.executableURL = URL(fileURLWithPath: Ward.executable)
        process.arguments = ["serve", "--database", database, "--port", String(port)]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if (try? HTTP.request("GET", baseURL + "/health"))?.status == 200 { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        process.terminate()
        throw ShellError(message: "ward serve did not answer /health within 20 s")
    }

    /// Ends the server the hard way, as a crash or `kill -9` would.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    deinit { if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) } }

    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// Small synchronous HTTP calls for tests.
enum HTTP {
    struct Reply {
        var status: Int
        var body: Data
        var json: Any? { try? JSONSerialization.jsonObject(with: body) }
    }

    static func request(_ method: String, _ url: String, token: String? = nil, body: Data? = nil, timeout: TimeInterval = 60) throws -> Reply {
        var request = URLRequest(url: URL(string: url)!, timeoutInterval: timeout)
        request.httpMethod = method
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        final class Box: @unchecked Sendable { var reply: Result<Reply, any Error> = .failure(URLError(.unknown)) }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let error { box.reply = .failure(error) } else {
                box.reply = .success(Reply(status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: data ?? Data()))
            }
            done.signal()
        }.resume()
        done.wait()
        return try box.reply.get()
    }
}
