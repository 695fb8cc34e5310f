import Foundation
import OKMLoad
import OKMModel

/// Files of content/ are published only when a published document refers to them, so a
/// stray file (a Word original, a case file) never reaches the site by being there.
/// A referred file that is missing is a warning; text files are held to the ЕГН guard.
enum FileChecks {
    static let textExtensions: Set<String> = ["txt", "csv", "tsv", "json", "yml", "yaml", "xml", "html", "htm", "svg", "md", "ics", "vcf"]

    static func check(_ content: Content, staticFiles: [StaticFile]) -> (published: [StaticFile], diagnostics: [Diagnostic]) {
        let byPath = Dictionary(staticFiles.map { ($0.relativePath, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [Diagnostic] = []
        var published: [String: StaticFile] = [:]
        for h in content.headers {
            for ref in h.files {
                guard let file = byPath[ref.path] else {
                    // A warning: the content model lets records name files kept elsewhere (a scan not yet uploaded).
                    out.append(.warning(ref.location, "the \(ref.what) '\(ref.name)' is not in content/, so its link will be broken: put the file at content/\(ref.path)"))
                    continue
                }
                published[ref.path] = file
            }
        }
        for file in published.values.sorted(by: { $0.relativePath < $1.relativePath }) {
            let ext = (file.relativePath as NSString).pathExtension.lowercased()
            guard textExtensions.contains(ext), let data = FileManager.default.contents(atPath: file.sourcePath) else { continue }
            let mode: ReaderDigits.Mode = ["html", "htm", "xml", "svg"].contains(ext) ? .html : (ext == "md" ? .markdown : .plain)
            for m in ReaderDigits.find(in: String(decoding: data, as: UTF8.self), mode: mode) {
                out.append(.error(SourceLocation(path: file.sourcePath, line: m.line + 1, column: m.column),
                                  "a personal number (\(m.kind.rawValue)) must not be published: remove it from this file"))
            }
        }
        return (published.values.sorted { $0.relativePath < $1.relativePath }, out)
    }
}
