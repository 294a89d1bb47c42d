import Foundation
import WardComponents

/// A one-line progress display of `ward db update` on standard error, redrawn at most ten times a second.
final class BuildProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var shown = false

    func show(_ event: AdvisoryBuildEvent) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if case .finishing = event {} else if now.timeIntervalSince(lastDraw) < 0.1 { return }
        lastDraw = now
        Terminal.standardError("\r\u{1B}[2K" + Self.text(event))
        shown = true
    }

    /// Clears the line so that the summary starts on a clean one.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if shown { Terminal.standardError("\r\u{1B}[2K") }
        shown = false
    }

    static func text(_ event: AdvisoryBuildEvent) -> String {
        switch event {
        case let .downloading(source, bytes, total):
            let megabytes = String(format: "%.1f", Double(bytes) / 1_048_576)
            let of = total.map { String(format: " of %.1f", Double($0) / 1_048_576) } ?? ""
            return "downloading \(shortName(source)): \(megabytes)\(of) MB"
        case let .reading(source, advisories):
            return "reading \(shortName(source)): \(advisories) advisories"
        case .finishing:
            return "indexing…"
        }
    }

    /// `…/PyPI/all.zip` rather than the whole bucket URL.
    private static func shortName(_ source: String) -> String {
        let parts = source.split(separator: "/")
        return parts.count > 2 ? parts.suffix(2).joined(separator: "/") : source
    }
}
