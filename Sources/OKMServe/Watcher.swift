import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders (and every folder below them) with inotify and calls back once per burst
/// of changes, after the burst has been quiet for `debounce` seconds.
///
/// A watched folder replaced by a copy (`mv content content.old && cp -r content.old content`,
/// as `git checkout` or a sync tool does) is watched again: inotify watches an inode, not a
/// name, so the old watches kept following `content.old` and edits were never seen again.
/// The watcher looks at its folders' inodes whenever it wakes (on an event, or every
/// `rootCheck` seconds) and re-watches a folder whose inode changed, then reports it changed.
public final class Watcher: @unchecked Sendable {
    private let fd: Int32
    private var watches: [Int32: String] = [:]
    private let lock = NSLock()
    private let roots: [String]
    /// Each root's device and inode when it was last watched; nil while it is missing.
    private var rootIDs: [String: FileID] = [:]
    static let rootCheck: TimeInterval = 0.5

    struct FileID: Equatable { let device: UInt64, inode: UInt64 }

    public init?(folders: [String]) {
        #if canImport(Glibc)
        fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        roots = folders
        for f in folders {
            rootIDs[f] = Self.fileID(f)
            addTree(f)
        }
        #else
        return nil
        #endif
    }

    static func fileID(_ path: String) -> FileID? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }

    /// The roots that are no longer the folder that was watched: their old watches are
    /// dropped, and each that exists again (a new inode) is watched whole. Returns those.
    private func rewatchReplacedRoots() -> [String] {
        #if canImport(Glibc)
        var replaced: [String] = []
        for root in roots {
            let now = Self.fileID(root)
            guard now != rootIDs[root] else { continue }
            lock.lock()
            for (wd, path) in watches where path == root || path.hasPrefix(root + "/") {
                inotify_rm_watch(fd, wd)
                watches[wd] = nil
            }
            lock.unlock()
            rootIDs[root] = now
            if now != nil {
                addTree(root)
                replaced.append(root)
            }
        }
        return replaced
        #else
        return []
        #endif
    }

    deinit { close(fd) }

    private func addTree(_ root: String) {
        #if canImport(Glibc)
        let mask = UInt32(IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB)
        var dirs = [root]
        if let subs = FileManager.default.subpaths(atPath: root) {
            for s in subs {
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: root + "/" + s, isDirectory: &isDir), isDir.boolValue { dirs.append(root + "/" + s) }
            }
        }
        lock.lock()
        defer { lock.unlock() }
        for d in dirs where !watches.values.contains(d) {
            let wd = inotify_add_watch(fd, d, mask)
            if wd >= 0 { watches[wd] = d }
        }
        #endif
    }

    /// Blocks the calling thread; run it on a thread of its own.
    public func run(debounce: TimeInterval = 0.01, onChange: @escaping @Sendable ([String]) -> Void) {
        #if canImport(Glibc)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var pending: [String] = []
        while true {
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let timeout = Int32((pending.isEmpty ? Self.rootCheck : debounce) * 1000)
            let ready = poll(&pfd, 1, timeout)
            // A replaced root counts as a change of the whole folder, debounced like any other:
            // the copy may still be under way, and its new watches report the rest.
            let replaced = rewatchReplacedRoots()
            if ready == 0 && replaced.isEmpty {
                if !pending.isEmpty {
                    let changed = pending
                    pending = []
                    onChange(changed)
                }
                continue
            }
            pending += replaced
            if ready == 0 { continue }
            guard ready > 0 else { if errno == EINTR { continue } else { return } }
            let n = read(fd, &buffer, buffer.count)
            guard n > 0 else { continue }
            var offset = 0
            while offset < n {
                let (wd, mask, nameLength): (Int32, UInt32, Int) = buffer.withUnsafeBytes { raw in
                    let e = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (e.wd, e.mask, Int(e.len))
                }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let nameBytes = buffer[nameStart..<(nameStart + nameLength)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                lock.lock()
                let dir = watches[wd]
                lock.unlock()
                if let dir {
                    let path = name.isEmpty ? dir : dir + "/" + name
                    if !name.hasPrefix(".") && !name.hasSuffix("~") && !name.hasSuffix(".swp") { pending.append(path) }
                    if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(path) }
                }
                offset = nameStart + nameLength
            }
        }
        #endif
    }
}
