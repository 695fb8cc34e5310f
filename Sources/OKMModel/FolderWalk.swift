import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Walks a folder tree one folder at a time (`opendir`/`readdir`), so that every folder that
/// cannot be listed is reported with the system's reason, all of them in one run, where
/// `FileManager.subpaths` gave nil for the whole tree (and a build published an empty site).
/// Links are listed, not followed.
public enum FolderWalk {
    /// Every path under `root`, relative to it and sorted (folders too, as `subpaths` gives
    /// them), and an error for each folder that could not be listed, at `root/<folder>:1:1`.
    /// With `skipHidden`, names that start with `.` are neither listed nor entered.
    public static func walk(root: String, skipHidden: Bool) -> (paths: [String], diagnostics: [Diagnostic]) {
        var paths: [String] = []
        var diagnostics: [Diagnostic] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let full = relative.isEmpty ? root : root + "/" + relative
            let names: [String]
            switch list(full) {
            case .success(let n): names = n
            case .failure(let reason):
                diagnostics.append(.error(1001, SourceLocation(path: full, line: 1, column: 1), ["reason": "\(reason.description)"]))
                continue
            }
            for name in names where !(skipHidden && name.hasPrefix(".")) {
                let child = relative.isEmpty ? name : relative + "/" + name
                paths.append(child)
                var st = stat()
                if lstat(root + "/" + child, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { pending.append(child) }
            }
        }
        return (paths.sorted(), diagnostics.sorted())
    }

    /// The system's reason for a failed call, in its own words ("Permission denied").
    public struct Reason: Error, CustomStringConvertible, Sendable {
        public let code: Int32
        public var description: String { String(cString: strerror(code)) }
        public init(_ code: Int32) { self.code = code }
    }

    /// The names in one folder (without `.` and `..`), or why it cannot be listed.
    public static func list(_ path: String) -> Result<[String], Reason> {
        guard let dir = opendir(path) else { return .failure(Reason(errno)) }
        defer { closedir(dir) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { return .failure(Reason(errno)) }
                break
            }
            let name = withUnsafePointer(to: entry.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names)
    }

    /// A Foundation file error in the system's words.
    public static func reason(_ error: Error) -> String {
        let ns = error as NSError
        for e in [ns, ns.userInfo[NSUnderlyingErrorKey] as? NSError].compactMap({ $0 }) where e.domain == NSPOSIXErrorDomain {
            return Reason(Int32(e.code)).description
        }
        return ns.localizedDescription
    }

    /// A file's bytes, or why it cannot be read.
    public static func read(_ path: String) -> Result<[UInt8], Reason> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(Reason(errno)) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 0 { bytes.reserveCapacity(Int(st.st_size)) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(Reason(errno))
            }
            if n == 0 { break }
            bytes += buffer[0..<n]
        }
        return .success(bytes)
    }
}
