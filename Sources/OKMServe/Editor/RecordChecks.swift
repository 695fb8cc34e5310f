import Foundation
import OKMBuild
import OKMModel

/// The diagnostics of `okm check` (the same pipeline: load, link, advice), by record file inside
/// content/: what the start page counts and the form shows beside its fields. Run per request,
/// so that a page shows the files as they are on disk now (a save, a hand edit, a `git pull`).
struct RecordChecks {
    /// Each file's diagnostics, by its path inside content/ (`news/2015/x.md`), in order.
    var byFile: [String: [Diagnostic]] = [:]

    init(options: BuildOptions) {
        let o = options   // `okm serve` sets `today` as `okm check` does
        let content = options.contentDirectory.hasSuffix("/") ? String(options.contentDirectory.dropLast()) : options.contentDirectory
        let real = ContentFile.realPath(content)
        for d in Pipeline.check(o).diagnostics {
            let p = d.location.path
            var rel: String?
            for root in [content, real].compactMap({ $0 }) where p.hasPrefix(root + "/") { rel = String(p.dropFirst(root.count + 1)); break }
            if rel == nil, let r = p.range(of: "/" + (content as NSString).lastPathComponent + "/", options: .backwards) {
                rel = String(p[r.upperBound...])
            }
            if let rel { byFile[rel, default: []].append(d) }
        }
    }

    func diagnostics(_ relativePath: String) -> [Diagnostic] { byFile[relativePath] ?? [] }

    func counts(_ relativePath: String) -> (errors: Int, warnings: Int) {
        let all = diagnostics(relativePath)
        let errors = all.filter { $0.severity == .error }.count
        return (errors, all.count - errors)
    }
}
