import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import WardCore

/// Downloads a URL into a file, streaming, and reports bytes as they arrive.
final class Downloader: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let destination: String
    private let progress: @Sendable (Int64, Int64?) -> Void
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var handle: FileHandle?
    private var received: Int64 = 0
    private var expected: Int64?
    private var failure: (any Error)?

    private init(destination: String, progress: @escaping @Sendable (Int64, Int64?) -> Void) {
        self.destination = destination
        self.progress = progress
    }

    /// Downloads `url` to `destination` (created or truncated); throws an `InputError` naming the
    /// URL on a network error or a status other than 2xx.
    static func download(_ url: URL, to destination: String, timeout: TimeInterval = 60,
                         progress: @escaping @Sendable (Int64, Int64?) -> Void = { _, _ in }) throws {
        guard FileManager.default.createFile(atPath: destination, contents: nil),
              let handle = FileHandle(forWritingAtPath: destination) else {
            throw InputError(path: destination, "cannot create the download file")
        }
        let downloader = Downloader(destination: destination, progress: progress)
        downloader.handle = handle
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: configuration, delegate: downloader, delegateQueue: nil)
        var request = URLRequest(url: url)
        request.setValue("ward/\(WardVersion.current)", forHTTPHeaderField: "User-Agent")
        session.dataTask(with: request).resume()
        downloader.done.wait()
        session.finishTasksAndInvalidate()
        try? handle.close()
        if let failure = downloader.failure { throw failure }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let url = response.url?.absoluteString ?? "the URL"
        if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
            record(InputError(path: url, "download failed: HTTP \(http.statusCode)"))
            completionHandler(.cancel)
            return
        }
        lock.lock()
        expected = response.expectedContentLength > 0 ? response.expectedContentLength : nil
        lock.unlock()
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        do {
            try handle?.write(contentsOf: data)
            received += Int64(data.count)
        } catch {
            failure = failure ?? InputError(path: destination, "cannot write the download: \(error)")
        }
        let (bytes, total) = (received, expected)
        lock.unlock()
        progress(bytes, total)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let error {
            let url = task.originalRequest?.url?.absoluteString ?? "the URL"
            record(InputError(path: url, "download failed: \(error.localizedDescription)"))
        } else {
            lock.lock()
            let short = expected.map { received < $0 } ?? false
            lock.unlock()
            if short { record(InputError(path: task.originalRequest?.url?.absoluteString, "download ended early")) }
        }
        done.signal()
    }

    /// Keeps the first failure: a cancelled task reports a second, less useful one.
    private func record(_ error: any Error) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }
}
