import Foundation
import OKMModel
#if canImport(Glibc)
import Glibc
#endif

/// Runs an external tool (Pagefind, WeasyPrint) in a process group of its own, with its
/// standard output and error read together through one pipe while it runs (so neither fills
/// up unread), and a time limit: past it the whole group (the tool and whatever it started)
/// is killed. The caller turns a failure into a build error.
public enum ExternalTool {
    public struct Result: Sendable {
        /// The exit status, or 128 + the signal that ended it.
        public var status: Int32
        /// Standard output and standard error together (the last 64 KB).
        public var output: String
        /// True when the time limit ran out and the tool was killed.
        public var timedOut: Bool

        /// The last `count` non-empty lines of the output, joined by " / ".
        public func tail(_ count: Int = 5) -> String {
            output.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.suffix(count).joined(separator: " / ")
        }
    }

    /// A tool that could not be started, from the catalog (`tool.*`); the system's reason quoted.
    public struct StartFailure: Error, CustomStringConvertible {
        public var message: Message
        init(_ id: String, _ arguments: [String: MessageArgument]) { message = Message(id, arguments) }
        /// In English (the tests' form).
        public var description: String { message.worded(.en) }
    }

    /// `OKM_TOOL_TIMEOUT` (seconds) when set, else `standard`: how long a tool may run.
    public static func timeout(standard: Double, environment: [String: String] = ProcessInfo.processInfo.environment) -> Double {
        if let given = environment["OKM_TOOL_TIMEOUT"].flatMap(Double.init), given > 0 { return given }
        return standard
    }

    /// Runs `executable` with `arguments` and waits for it, at most `timeout` seconds.
    public static func run(_ executable: String, arguments: [String], timeout: Double) throws -> Result {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw StartFailure("tool.noPipe", ["reason": "\(String(cString: strerror(errno)))"]) }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        // Neither end reaches another process okm starts (the end is not awaited: the tool's exit is).
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A group of its own, so that the kill reaches what the tool started.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        close(writeEnd)
        guard spawned == 0 else {
            close(readEnd)
            throw StartFailure("tool.cannotStart", ["executable": "\(executable)", "reason": "\(String(cString: strerror(spawned)))"])
        }

        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeout) * 1e9)
        var collected = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var open = true
        var timedOut = false
        var status: Int32?
        func remainingMilliseconds() -> Int32 {
            let now = DispatchTime.now().uptimeNanoseconds
            return now >= deadline ? 0 : Int32(min(UInt64(Int32.max), (deadline - now) / 1_000_000 + 1))
        }
        func reap(_ flags: Int32) -> Bool {
            var raw: Int32 = 0
            let r = waitpid(pid, &raw, flags)
            if r == pid {
                let signal = raw & 0x7f
                status = signal == 0 ? (raw >> 8) & 0xff : 128 + signal
                return true
            }
            if r < 0 && errno != EINTR { status = -1; return true }  // not ours to wait for any more
            return false
        }
        while status == nil {
            if open {
                var p = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
                let wait = min(remainingMilliseconds(), 200)
                let ready = poll(&p, 1, wait)
                if ready > 0 {
                    let n = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
                    if n > 0 {
                        collected += buffer[0..<n]
                        if collected.count > 131_072 { collected.removeFirst(collected.count - 65_536) }
                    } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                        open = false
                    }
                }
            } else {
                usleep(20_000)
            }
            if reap(WNOHANG) { break }
            if remainingMilliseconds() == 0 {
                timedOut = true
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                while !reap(0) {}
                break
            }
        }
        // What is still in the pipe (the tool has ended; a child it left may hold the pipe
        // open, so this does not wait for the end).
        while true {
            var p = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 0) > 0 else { break }
            let n = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            collected += buffer[0..<n]
        }
        close(readEnd)
        // A child the tool left behind in its group is not left running after okm is done with it.
        if timedOut || status != 0 { kill(-pid, SIGKILL) }
        if collected.count > 65_536 { collected.removeFirst(collected.count - 65_536) }
        return Result(status: status ?? -1, output: String(decoding: collected, as: UTF8.self), timedOut: timedOut)
    }
}
