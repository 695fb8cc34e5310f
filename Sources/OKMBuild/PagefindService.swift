import Foundation
import OKMModel
#if canImport(Glibc)
import Glibc
#endif

/// Pagefind's indexing API (`pagefind --service`), spoken directly: each message either way is
/// a JSON object, base64-encoded, followed by a comma — the protocol of Pagefind's own Python
/// and Node packages (pagefind/service/__init__.py: `NewIndex`, `AddFile`, `WriteFiles`, and
/// answers that carry the request's `message_id`, or `type: "Error"`). okm sends the requests
/// as fast as the pipe takes them and reads the answers as they come, all in one poll loop with
/// the time limit of every external tool: past it the tool's process group is killed.
final class PagefindService {
    /// Why the service failed: its own error, its exit, or the time limit; with what it said.
    struct Failure: Error {
        enum Reason { case reported(String), exited(Int32), timedOut }
        var reason: Reason
        /// The last lines it wrote that were not answers (its standard error, stray output).
        var said: String
    }

    private let pid: pid_t
    /// Our ends: requests go into `input` (a socket, so that a write to a service that died
    /// returns an error instead of raising SIGPIPE), answers come from `output`, and `errors`
    /// is its standard error.
    private var input: Int32
    private let output: Int32
    private var errors: Int32
    private let deadline: UInt64
    private var lastID = 0
    private var received = [UInt8]()
    private var said = [UInt8]()
    private var answers: [Int: [String: Any]] = [:]
    private var ended = false

    init(executable: String, timeout: Double) throws {
        var sockets: [Int32] = [0, 0], out: [Int32] = [0, 0], err: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &sockets) == 0, pipe(&out) == 0, pipe(&err) == 0 else {
            throw ExternalTool.StartFailure("tool.noPipe", ["reason": "\(String(cString: strerror(errno)))"])
        }
        for fd in sockets + out + err { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, sockets[1], 0)
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
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
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(executable), strdup("--service"), nil]
        defer { for a in argv { free(a) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
        close(sockets[1]); close(out[1]); close(err[1])
        guard spawned == 0 else {
            close(sockets[0]); close(out[0]); close(err[0])
            throw ExternalTool.StartFailure("tool.cannotStart", ["executable": "\(executable)", "reason": "\(String(cString: strerror(spawned)))"])
        }
        pid = child
        input = sockets[0]
        output = out[0]
        errors = err[0]
        for fd in [input, output, errors] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeout) * 1e9)
    }

    deinit { stop() }

    /// Sends `count` requests (`payload(i)` is made when the pipe can take it, so that they are
    /// not all in memory at once) and returns their answers, in order.
    func exchange(_ count: Int, _ payload: (Int) -> [String: Any]) throws -> [[String: Any]] {
        let first = lastID + 1
        var made = 0
        var pending = [UInt8](), offset = 0
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while (first..<first + count).contains(where: { answers[$0] == nil }) {
            if offset == pending.count && made < count && input >= 0 {
                lastID += 1
                let message: [String: Any] = ["message_id": lastID, "payload": payload(made)]
                made += 1
                pending = Array(try JSONSerialization.data(withJSONObject: message).base64EncodedData()) + [UInt8(ascii: ",")]
                offset = 0
            }
            let writing = offset < pending.count && input >= 0
            var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: errors, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: writing ? input : -1, events: Int16(POLLOUT), revents: 0)]
            let ready = poll(&fds, 3, min(remainingMilliseconds(), 200))
            if ready > 0 {
                if fds[1].revents != 0 {
                    let n = buffer.withUnsafeMutableBytes { read(errors, $0.baseAddress, $0.count) }
                    if n > 0 { keep(buffer[0..<n]) } else if n == 0 { close(errors); errors = -1 }
                }
                if fds[0].revents != 0 {
                    let n = buffer.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
                    if n > 0 { try take(buffer[0..<n]) } else if n == 0 { throw failure(.exited(reap())) }
                }
                if writing && fds[2].revents != 0 {
                    let n = pending.withUnsafeBytes { send(input, $0.baseAddress! + offset, pending.count - offset, Int32(MSG_NOSIGNAL)) }
                    if n > 0 { offset += n } else if n < 0 && errno != EAGAIN && errno != EINTR { close(input); input = -1 }
                }
            }
            if remainingMilliseconds() == 0 { throw failure(.timedOut) }
        }
        return (first..<first + count).map { answers.removeValue(forKey: $0)! }
    }

    /// Closes the service's input, gives it a moment to end, then ends its whole group.
    func stop() {
        guard !ended else { return }
        ended = true
        if input >= 0 { close(input); input = -1 }
        // With its input closed the service finishes what it was writing and ends by itself:
        // wait for that (up to the tool's time limit), and kill only a service that hangs. A
        // kill after half a second, as before, could cut the index's last files short on a
        // busy machine (a truncated pagefind-entry.json was seen in a loaded test run).
        while waitpid(pid, nil, WNOHANG) == 0 && remainingMilliseconds() > 0 { usleep(10_000) }
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        while waitpid(pid, nil, 0) < 0 && errno == EINTR {}
        close(output)
        if errors >= 0 { close(errors); errors = -1 }
    }

    /// Answers are cut at commas (base64 has none); what is not an answer is kept as said.
    private func take(_ bytes: ArraySlice<UInt8>) throws {
        for byte in bytes {
            guard byte == UInt8(ascii: ",") else { received.append(byte); continue }
            defer { received.removeAll(keepingCapacity: true) }
            guard let json = Data(base64Encoded: Data(received)),
                  let answer = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any],
                  let payload = answer["payload"] as? [String: Any] else {
                keep(received[...] + [byte])
                continue
            }
            if payload["type"] as? String == "Error" {
                throw failure(.reported(payload["message"] as? String ?? "an error without a message"))
            }
            if let id = answer["message_id"] as? Int { answers[id] = payload }
        }
        // Stray text (not base64) is what a broken tool says: keep it in view.
        if received.count > 65_536 || received.contains(where: { $0 == UInt8(ascii: "\n") }) {
            keep(received[...])
            received.removeAll(keepingCapacity: true)
        }
    }

    private func keep(_ bytes: ArraySlice<UInt8>) {
        said += bytes
        if said.count > 65_536 { said.removeFirst(said.count - 65_536) }
    }

    private func remainingMilliseconds() -> Int32 {
        let now = DispatchTime.now().uptimeNanoseconds
        return now >= deadline ? 0 : Int32(min(UInt64(Int32.max), (deadline - now) / 1_000_000 + 1))
    }

    /// The exit status once the service has ended (it closed its output), or 128 + the signal.
    private func reap() -> Int32 {
        var raw: Int32 = 0
        for _ in 0..<100 {
            let r = waitpid(pid, &raw, WNOHANG)
            if r == pid {
                ended = true
                if input >= 0 { close(input); input = -1 }
                close(output)
                if errors >= 0 {
                    // What it wrote to standard error before it ended.
                    var buffer = [UInt8](repeating: 0, count: 65_536)
                    while true {
                        let n = buffer.withUnsafeMutableBytes { read(errors, $0.baseAddress, $0.count) }
                        if n <= 0 { break }
                        keep(buffer[0..<n])
                    }
                    close(errors); errors = -1
                }
                kill(-pid, SIGKILL)
                let signal = raw & 0x7f
                return signal == 0 ? (raw >> 8) & 0xff : 128 + signal
            }
            if r < 0 { break }
            usleep(10_000)
        }
        return -1
    }

    private func failure(_ reason: Failure.Reason) -> Failure {
        if case .timedOut = reason { stop() }
        let lines = String(decoding: said + received, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return Failure(reason: reason, said: lines.suffix(5).joined(separator: " / "))
    }
}
