import Foundation
import WardCore

/// What the terminal can show: colour only on a TTY and without `NO_COLOR`; progress only on a TTY.
enum Terminal {
    static var standardOutputIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    static var standardErrorIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    static var colourAllowed: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return true
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func error(_ message: String) {
        standardError("ward: error: \(message)\n")
    }

    static func warning(_ warning: ScanWarning) {
        var place = warning.path ?? ""
        if let line = warning.line { place += ":\(line)" }
        standardError("ward: warning: \(place.isEmpty ? "" : place + ": ")\(warning.message)\n")
    }
}

/// A one-line progress display on standard error, shown only once a scan has taken over a second.
final class ProgressDisplay: @unchecked Sendable {
    private let progress: ScanProgress
    private let label: String
    private let lock = NSLock()
    private var running = true
    private var shown = false
    private let finished = DispatchSemaphore(value: 0)

    init(progress: ScanProgress, label: String) {
        self.progress = progress
        self.label = label
        Thread.detachNewThread { [self] in loop() }
    }

    private func loop() {
        let start = Date()
        var frame = 0
        let frames = Array("|/-\\")
        while true {
            Thread.sleep(forTimeInterval: 0.1)
            lock.lock()
            let keepGoing = running
            lock.unlock()
            guard keepGoing else { break }
            guard Date().timeIntervalSince(start) > 1 else { continue }
            let done = progress.filesDone.load(ordering: .relaxed)
            let total = progress.filesTotal.load(ordering: .relaxed)
            let bytes = Double(progress.bytesDone.load(ordering: .relaxed)) / 1_048_576
            let count = total > 0 ? "\(done)/\(total) files" : "\(done) files"
            Terminal.standardError("\r\u{1B}[2K\(frames[frame % frames.count]) \(label): \(count), \(String(format: "%.1f", bytes)) MB")
            shown = true
            frame += 1
        }
        if shown { Terminal.standardError("\r\u{1B}[2K") }
        finished.signal()
    }

    func stop() {
        lock.lock()
        running = false
        lock.unlock()
        finished.wait()
    }
}
