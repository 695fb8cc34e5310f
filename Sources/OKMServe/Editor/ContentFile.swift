import Foundation
#if canImport(Glibc)
import Glibc
#endif
import OKMModel

/// A record's file inside content/, named by the editor's `path` parameter. Whatever the name
/// holds, the file resolved is a regular `.md` file inside content/ (its real path, links
/// resolved, starts with content/'s real path), in a kind's folder; anything else is refused.
struct ContentFile {
    let kind: Kind
    let relativePath: String
    /// The real path of the file.
    let path: String

    init?(contentDirectory: String, relativePath rel: String) {
        let parts = rel.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !rel.hasPrefix("/"), rel.utf8.count < 1024, parts.count >= 2,
              parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("\\") && !$0.contains("\0") }),
              rel.hasSuffix(".md"), let kind = Kind(folder: parts[0]),
              let root = ContentFile.realPath(contentDirectory) else { return nil }
        let joined = root + "/" + rel
        guard let real = ContentFile.realPath(joined), real == joined, real.hasPrefix(root + "/") else { return nil }
        var st = stat()
        guard lstat(real, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.kind = kind
        relativePath = rel
        path = real
    }

    static func realPath(_ p: String) -> String? {
        guard let r = realpath(p, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    func read() throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    /// Writes the file whole or not at all: a temporary file in the same folder, then rename.
    func write(_ bytes: [UInt8]) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let tmp = folder + "/.okm-edit-\(UInt64.random(in: 0...UInt64.max)).tmp"
        guard FileManager.default.createFile(atPath: tmp, contents: Data(bytes)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        if rename(tmp, path) != 0 {
            let e = errno
            unlink(tmp)
            throw POSIXError(POSIXErrorCode(rawValue: e) ?? .EIO)
        }
    }

    /// The content hash the form carries: FNV-1a 64 over the bytes, with their count.
    static func hash(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return String(h, radix: 16) + "-" + String(bytes.count)
    }
}
