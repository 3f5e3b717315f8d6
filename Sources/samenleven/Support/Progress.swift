import Foundation

/// Rows-per-second progress on one terminal line, only when stdout is a terminal (silent
/// in pipes, files and CI).
final class Progress: @unchecked Sendable {
    private let start = Date()
    private var lastPrint = Date.distantPast
    private let lock = NSLock()
    private var printed = false

    static func whenInteractive() -> Progress? {
        isatty(STDOUT_FILENO) == 1 ? Progress() : nil
    }

    func update(_ done: Int, _ total: Int) {
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastPrint) >= 0.2 || done == total else { return }
        lastPrint = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let rate = Int(Double(done) / seconds)
        let line = "\r\(done)/\(total) rijen gecontroleerd (\(rate) rijen/s)"
        FileHandle.standardOutput.write(Data(line.utf8))
        printed = true
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if printed { FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8)) }
    }
}
