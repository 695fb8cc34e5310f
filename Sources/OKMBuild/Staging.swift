import Foundation
import OKMModel
#if canImport(Glibc)
import Glibc
#endif
import OKMRender

/// Write: the folder a build writes into, beside `output/`. Files go in as they are made (from
/// any thread), and `commit` swaps the whole folder in; `discard` removes it. A build that
/// fails or is killed leaves the previous `output/` as it was.
public final class Staging: @unchecked Sendable {
    public let path: String
    let target: String
    let old: String
    private let lock = NSLock()
    private var directories: Set<String>
    private var written = 0
    private var firstError: Error?
    private var writeNanoseconds: UInt64 = 0

    /// The folder beside `output`, made empty. The caller holds `output`'s `OutputLock`, so no
    /// other build is writing there; folders left by builds that are gone are removed first.
    public init(output: OutputFolder) throws {
        let fm = FileManager.default
        target = output.parent + "/" + output.name
        let parentDir = output.parent
        let name = output.name
        try fm.createDirectory(atPath: parentDir, withIntermediateDirectories: true)
        Self.removeLeftovers(in: parentDir, name: name)
        let stamp = "\(getpid())-\(UInt64(Date().timeIntervalSince1970 * 1000))-\(UInt32.random(in: 0...UInt32.max))"
        path = parentDir + "/.\(name).okm-new-\(stamp)"
        old = parentDir + "/.\(name).okm-old-\(stamp)"
        try fm.createDirectory(atPath: path, withIntermediateDirectories: false)
        directories = [path]
        // The marker that tells a later build this folder is okm's own (see OutputFolder).
        try Self.write(to: path + "/" + OutputFolder.markerName) { write in write("made by okm build: this folder is replaced whole by every build\n") }
        written = 1
    }

    /// Writes one file (safe from several threads at once).
    public func write(_ file: OutputFile) throws {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let spent = DispatchTime.now().uptimeNanoseconds - start
            lock.withLock { writeNanoseconds += spent }
        }
        let full = path + "/" + file.path
        let dir = (full as NSString).deletingLastPathComponent
        try lock.withLock {
            if !directories.contains(dir) {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                directories.insert(dir)
            }
        }
        switch file.contents {
        case .text(let text): try Self.write(to: full) { write in write(text) }
        case .stream(let make): try Self.write(to: full) { write in make(write) }
        case .copy(let source): try FileManager.default.copyItem(atPath: source, toPath: full)
        }
        lock.withLock { written += 1 }
    }

    /// Writes one file, or keeps the first error for `commit` (for the render threads, which
    /// cannot throw). True when the file was written.
    @discardableResult
    public func tryWrite(_ file: OutputFile) -> Bool {
        if lock.withLock({ firstError != nil }) { return false }
        do {
            try write(file)
            return true
        } catch {
            lock.withLock { if firstError == nil { firstError = error } }
            return false
        }
    }

    /// Time spent in `write`, summed over the threads that wrote.
    public var secondsWriting: Double { lock.withLock { Double(writeNanoseconds) / 1e9 } }

    /// Runs `beforeSwap` on the finished folder (PDFs, search index: it returns how many files
    /// it added) and swaps the folder in as `output/`. Throws the first error of `tryWrite`; on
    /// any error the folder is removed and `output/` is untouched.
    public func commit(beforeSwap: (_ staging: String) throws -> Int = { _ in 0 }) throws -> Int {
        let fm = FileManager.default
        do {
            if let firstError = lock.withLock({ firstError }) { throw firstError }
            // A placeholder that keeps the folder in git survives the swap.
            let keep = target + "/.gitignore"
            if fm.fileExists(atPath: keep) { try? fm.copyItem(atPath: keep, toPath: path + "/.gitignore") }
            let added = try beforeSwap(path)
            try AtomicSwap.replace(target, with: path, old: old)
            try? fm.removeItem(atPath: old)
            return lock.withLock { written } + added
        } catch {
            discard()
            throw error
        }
    }

    public func discard() { try? FileManager.default.removeItem(atPath: path) }

    /// Folders left by a build that was killed before it finished: only those whose builder
    /// (the pid in the name, `.<name>.okm-new-<pid>-…`) is gone, so a build that runs beside
    /// this one (which the lock should prevent: another okm version, another machine on a
    /// shared folder) keeps its folder.
    static func removeLeftovers(in parent: String, name: String) {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: parent) else { return }
        for e in entries {
            guard let kind = [".\(name).okm-new-", ".\(name).okm-old-"].first(where: e.hasPrefix) else { continue }
            let pid = Int32(e.dropFirst(kind.count).prefix { $0 != "-" })
            if let pid, pid == getpid() || OutputLock.isAlive(pid) { continue }
            try? fm.removeItem(atPath: parent + "/" + e)
        }
    }

    /// Opens `path` and lets `make` write strings to it: their UTF-8 bytes go straight from
    /// each string's storage to the file, without a copy into Data. The first error is thrown.
    static func write(to path: String, _ make: (_ write: (String) -> Void) -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError("write.couldNot", ["path": "\(path)", "reason": "\(String(cString: strerror(errno)))"]) }
        var failure: Int32?
        make { text in
            guard failure == nil else { return }
            var text = text
            failure = text.withUTF8 { bytes -> Int32? in
                var offset = 0
                while offset < bytes.count {
                    let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    offset += n
                }
                return nil
            }
        }
        let closed = close(fd)
        if let failure { throw WriteError("write.couldNot", ["path": "\(path)", "reason": "\(String(cString: strerror(failure)))"]) }
        if closed != 0 { throw WriteError("write.couldNot", ["path": "\(path)", "reason": "\(String(cString: strerror(errno)))"]) }
    }
}
