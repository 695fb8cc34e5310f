import Foundation
import OKMLoad
import OKMModel

/// Files of content/ are published only when a published document refers to them, so a
/// stray file (a Word original, a case file) never reaches the site by being there.
/// A referred file that is missing is a warning; text files are held to the ЕГН guard.
enum FileChecks {
    static let textExtensions: Set<String> = ["txt", "csv", "tsv", "json", "yml", "yaml", "xml", "html", "htm", "svg", "md", "ics", "vcf"]

    /// Files okm writes at the top of output/, and folders that are wholly its own.
    static let generatedFiles: Set<String> = ["index.html", "404.html", "robots.txt", "sitemap.xml", "feed.xml", "calendar.ics"]
    static let generatedFolders = Route.generatedFolders

    /// The generated output a static file of content/ would collide with (and be silently
    /// replaced by, or replace): nil when there is none.
    static func generatedOutput(at relativePath: String) -> String? {
        if generatedFiles.contains(relativePath) { return "/" + relativePath }
        if relativePath.hasPrefix("sitemap-") && relativePath.hasSuffix(".xml") && !relativePath.contains("/") { return "/" + relativePath }
        if let top = relativePath.split(separator: "/").first, relativePath.contains("/"), generatedFolders.contains(String(top)) { return "/\(top)/" }
        return nil
    }

    static func check(_ content: Content, staticFiles: [StaticFile]) -> (published: [StaticFile], diagnostics: [Diagnostic]) {
        let byPath = Dictionary(staticFiles.map { ($0.relativePath, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [Diagnostic] = []
        // A static file where okm writes its own would be replaced without a word: an error
        // naming both, whether or not a record links the file.
        for file in staticFiles {
            guard let generated = generatedOutput(at: file.relativePath) else { continue }
            out.append(.error(5022, SourceLocation(path: file.sourcePath, line: 1, column: 1),
                              variant: generated.hasSuffix("/") ? "folder" : "file", ["generated": "\(generated)"]))
        }
        var published: [String: StaticFile] = [:]
        for h in content.headers {
            for ref in h.files {
                guard let file = byPath[ref.path] else {
                    if ref.what == "signed original" {
                        // The page says "signed original (PDF, 1,2 MB)": it must be there to be linked.
                        out.append(.error(3082, ref.location, ["name": "\(ref.name)", "path": "\(ref.path)"]))
                        continue
                    }
                    // A warning: the content model lets records name files kept elsewhere (a scan not yet uploaded).
                    out.append(.warning(3083, ref.location, ["what": .phrase("file." + ref.what), "name": "\(ref.name)", "path": "\(ref.path)"]))
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
                out.append(.error(4003, SourceLocation(path: file.sourcePath, line: m.line + 1, column: m.column), ["kind": "\(m.kind.rawValue)"]))
            }
        }
        return (published.values.sorted { $0.relativePath < $1.relativePath }, out)
    }

    /// The size of each protocol's signed original, for the page's "(PDF, 1,2 MB)".
    static func measureOriginals(_ content: inout Content, staticFiles: [StaticFile]) {
        guard content.protocols.contains(where: { $0.original != nil }) else { return }
        let byPath = Dictionary(staticFiles.map { ($0.relativePath, $0.sourcePath) }, uniquingKeysWith: { a, _ in a })
        for i in content.protocols.indices {
            guard let o = content.protocols[i].original,
                  let ref = content.protocols[i].header.files.first(where: { $0.what == "signed original" && $0.location == o.location }),
                  let source = byPath[ref.path],
                  let size = (try? FileManager.default.attributesOfItem(atPath: source))?[.size] as? Int else { continue }
            content.protocols[i].original?.bytes = size
        }
    }
}
