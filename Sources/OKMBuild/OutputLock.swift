import Foundation
import OKMModel
#if canImport(Glibc)
import Glibc
#endif

/// One writer per output folder: an advisory lock (`flock`) on `<parent>/.<name>.okm-lock`
/// beside the output folder, holding the pid of the process that has it. `okm build` takes
/// it for the whole of its writing (staging, external tools, the swap), `okm serve` for its
/// own folder; a second writer fails at once instead of waiting or removing the first one's
/// staging folder. The system drops the lock when the process ends, however it ends, so a
/// killed build never leaves it taken (a killed build leaves the file, which means nothing
/// then; a build that ends removes it).
public final class OutputLock: @unchecked Sendable {
    public struct Busy: Error, CustomStringConvertible, Equatable {
        /// The pid written by the holder (nil when it could not be read).
        public let pid: Int32?
        public let output: String
        /// From the catalog (`output.busy`), worded when printed.
        public var message: Message {
            Message(pid == nil ? "output.busy.noPid" : "output.busy", ["output": "\(output)", "pid": "\(pid.map(String.init) ?? "")"])
        }
        /// In English (the tests' form).
        public var description: String { message.worded(.en) }
    }

    public let path: String
    private var fd: Int32
    private let mutex = NSLock()

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    /// The lock file's path for an output folder: `site/output` → `site/.output.okm-lock`.
    public static func lockPath(output: String) -> String {
        var trimmed = output
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        let ns = trimmed as NSString
        let parent = ns.deletingLastPathComponent
        return (parent.isEmpty ? "." : parent) + "/.\(ns.lastPathComponent).okm-lock"
    }

    /// Takes the lock of `output` without waiting. Throws `Busy` when another process holds
    /// it, or a `WriteError` when the lock file cannot be made (the parent folder is made if
    /// it is missing, as the build would make it).
    public static func acquire(output: String) throws -> OutputLock {
        let path = lockPath(output: output)
        let parent = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        while true {
            // O_CLOEXEC: a tool okm starts (Pagefind) must not keep the lock after okm is gone.
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw WriteError("write.couldNot", ["path": "\(path)", "reason": "\(String(cString: strerror(errno)))"]) }
            var result: Int32
            repeat { result = flock(fd, LOCK_EX | LOCK_NB) } while result != 0 && errno == EINTR
            if result != 0 {
                let reason = errno
                if reason == EWOULDBLOCK {
                    var buffer = [UInt8](repeating: 0, count: 32)
                    let n = pread(fd, &buffer, buffer.count, 0)
                    close(fd)
                    let text = n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : ""
                    throw Busy(pid: Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), output: displayed(output))
                }
                close(fd)
                throw WriteError("write.couldNotLock", ["path": "\(path)", "reason": "\(String(cString: strerror(reason)))"])
            }
            // The holder before us removes the file as it lets go: a lock on a file that is no
            // longer at `path` is worth nothing, so open the one that is there now.
            var mine = stat(), there = stat()
            guard fstat(fd, &mine) == 0, stat(path, &there) == 0, mine.st_ino == there.st_ino, mine.st_dev == there.st_dev else {
                close(fd)
                continue
            }
            let pid = Array("\(getpid())\n".utf8)
            _ = ftruncate(fd, 0)
            _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            return OutputLock(path: path, fd: fd)
        }
    }

    static func displayed(_ output: String) -> String {
        var trimmed = output
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed
    }

    /// Gives the lock up (also done when the lock is released from memory), removing the file
    /// while still holding it; `acquire` checks that the file it locked is still the one at
    /// the path, so two processes never hold two files of the same name.
    public func release() {
        mutex.withLock {
            guard fd >= 0 else { return }
            unlink(path)
            flock(fd, LOCK_UN)
            close(fd)
            fd = -1
        }
    }

    deinit { release() }

    /// True when a process with this pid exists (a zombie counts as gone).
    static func isAlive(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        if kill(pid, 0) != 0 && errno != EPERM { return false }
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
           let close = stat.lastIndex(of: ")") {
            let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).prefix(1)
            return state != "Z" && state != "X"
        }
        return true
    }
}
