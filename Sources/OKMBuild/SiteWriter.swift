import Foundation
import OKMRender

/// Write: every file into a fresh folder beside `output/`, then swapped in. A build that
/// fails or is killed leaves the previous `output/` as it was.
public enum SiteWriter {
    /// `beforeSwap` runs on the finished staging folder (the PDF step) and returns how many
    /// files it added; if it throws, nothing is swapped in.
    public static func write(_ files: [OutputFile], to output: String,
                             beforeSwap: (_ staging: String) throws -> Int = { _ in 0 }) throws -> Int {
        let fm = FileManager.default
        let target = output.hasSuffix("/") ? String(output.dropLast()) : output
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let parentDir = parent.isEmpty ? "." : parent
        removeLeftovers(in: parentDir, name: name)
        try fm.createDirectory(atPath: parentDir, withIntermediateDirectories: true)

        let stamp = "\(getpid())-\(UInt64(Date().timeIntervalSince1970 * 1000))"
        let staging = parentDir + "/.\(name).okm-new-\(stamp)"
        let old = parentDir + "/.\(name).okm-old-\(stamp)"
        var added = 0
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: false)
            var directories: Set<String> = [staging]
            for file in files {
                let path = staging + "/" + file.path
                let dir = (path as NSString).deletingLastPathComponent
                if !directories.contains(dir) {
                    try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
                    directories.insert(dir)
                }
                switch file.contents {
                case .text(let text):
                    guard fm.createFile(atPath: path, contents: Data(text.utf8)) else {
                        throw WriteError("could not write \(path): \(String(cString: strerror(errno)))")
                    }
                case .copy(let source):
                    try fm.copyItem(atPath: source, toPath: path)
                }
            }
            // A placeholder that keeps the folder in git survives the swap.
            let keep = target + "/.gitignore"
            if fm.fileExists(atPath: keep) { try? fm.copyItem(atPath: keep, toPath: staging + "/.gitignore") }
            added = try beforeSwap(staging)
            try AtomicSwap.replace(target, with: staging, old: old)
        } catch {
            try? fm.removeItem(atPath: staging)
            throw error
        }
        try? fm.removeItem(atPath: old)
        return files.count + added
    }

    /// Folders left by a build that was killed before it finished.
    static func removeLeftovers(in parent: String, name: String) {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: parent) else { return }
        for e in entries where e.hasPrefix(".\(name).okm-new-") || e.hasPrefix(".\(name).okm-old-") {
            try? fm.removeItem(atPath: parent + "/" + e)
        }
    }
}
