import Foundation
import OKMLoad
import OKMModel

/// The last gate before the swap: every file about to be published is read as a reader or a
/// search indexer would read it (ReaderDigits: references and escapes decoded, markup skipped,
/// digits joined across spaces and hyphens), its path included, and a personal number anywhere
/// stops the build. The loader's guard reads the sources and says where a number is written;
/// this gate reads what the renderer, the feeds, the open data and the search index actually
/// made of them, so a way around the first check (a new template, a derived title, a joined
/// index entry) still cannot publish one.
public enum PublishGate {
    /// Thrown from the step before the swap: the staging folder is removed, output/ is unchanged.
    public struct Refusal: Error {
        public var diagnostics: [Diagnostic]
    }

    struct Leak: Sendable {
        var file: String
        var match: PersonalNumberMatch
    }

    /// Reads `folder` (the staging folder). `sources` are the files the site was made from (the
    /// records and site.yml), searched to name the one a number came from; `shownAs` is how the
    /// output folder is named in messages when no source holds it.
    public static func check(folder: String, sources: [String], shownAs output: String) -> [Diagnostic] {
        let leaks = scan(folder: folder)
        guard !leaks.isEmpty else { return [] }
        return explain(leaks, sources: sources, output: output)
    }

    /// Every personal number in the files of `folder` and in their paths.
    static func scan(folder: String) -> [Leak] {
        let files = (FileManager.default.subpaths(atPath: folder) ?? []).sorted()
        return files.parallelMap { relative -> [Leak] in
            var leaks = ReaderDigits.find(in: relative, mode: .plain).map { Leak(file: relative, match: $0) }
            let full = folder + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let mode = mode(of: relative), let data = FileManager.default.contents(atPath: full) else { return leaks }
            let found = data.withUnsafeBytes { raw -> [PersonalNumberMatch] in
                guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return [] }
                let bytes = UnsafeBufferPointer(start: base, count: raw.count)
                if mode == .plain, isBinary(bytes) { return [] }
                return ReaderDigits.find(in: bytes, mode: mode)
            }
            leaks += found.map { Leak(file: relative, match: $0) }
            return leaks
        }.flatMap { $0 }
    }

    /// How a file is read: markup as HTML, everything else that is text as plain text; nil for
    /// media (images, fonts, PDFs, compressed search fragments), whose names are still read.
    static func mode(of path: String) -> ReaderDigits.Mode? {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "html", "htm", "xml", "svg", "xsl", "atom", "rss", "xhtml": return .html
        case "jpg", "jpeg", "png", "gif", "webp", "avif", "ico", "woff", "woff2", "ttf", "otf", "pdf", "zip",
             "gz", "pf_fragment", "pf_index", "pf_meta", "pf_filter", "pagefind", "wasm", "docx", "odt", "xlsx", "pptx", "mp4", "mp3":
            return nil
        default: return .plain
        }
    }

    /// A NUL byte in the first 8 KB: not text.
    static func isBinary(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        p.prefix(8192).contains(0)
    }

    /// One error per number, at the source that holds it (or at the published file).
    static func explain(_ leaks: [Leak], sources: [String], output: String) -> [Diagnostic] {
        var byValue: [String: [Leak]] = [:]
        for leak in leaks { byValue[leak.match.value, default: []].append(leak) }
        let origins = locate(Set(byValue.keys), in: sources)
        return byValue.keys.sorted().map { value in
            let found = byValue[value]!
            let first = found[0]
            let more = Set(found.map(\.file)).count - 1
            let published: MessageArgument = more == 0 ? "/\(first.file)" : .phrase(more == 1 ? "leak.andOne" : "leak.andMore", ["file": "/\(first.file)", "more": "\(more)"])
            let what = first.match.kind.rawValue
            switch origins[value] {
            case .public(let at)?:
                return .error(4010, at, ["kind": "\(what)", "published": published])
            case .secret(let at)?:
                return .error(4011, at, ["kind": "\(what)", "published": published])
            case nil:
                return .error(4012, SourceLocation(path: output + "/" + first.file, line: first.match.line + 1, column: first.match.column), ["kind": "\(what)"])
            }
        }
    }

    enum Origin {
        case `public`(SourceLocation), secret(SourceLocation)
    }

    /// Where each number stands in the sources, read as the loader's guard reads them: a file's
    /// name and its public text first, then (a number that leaked from one) its confidential blocks.
    static func locate(_ values: Set<String>, in sources: [String]) -> [String: Origin] {
        var origins: [String: Origin] = [:]
        var secret: [String: SourceLocation] = [:]
        for path in sources.sorted() {
            for m in ReaderDigits.find(in: path, mode: .plain) where values.contains(m.value) && origins[m.value] == nil {
                origins[m.value] = .public(SourceLocation(path: path, line: 1, column: 1))
            }
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            let isRecord = path.lowercased().hasSuffix(".md")
            let publicText = isRecord ? PrivacyGuard.publicText(of: text) : text
            for m in ReaderDigits.find(in: publicText, mode: isRecord ? .markdown : .plain) where values.contains(m.value) && origins[m.value] == nil {
                origins[m.value] = .public(SourceLocation(path: path, line: m.line + 1, column: m.column))
            }
            guard isRecord else { continue }
            for m in ReaderDigits.find(in: text, mode: .markdown) where values.contains(m.value) && secret[m.value] == nil {
                secret[m.value] = SourceLocation(path: path, line: m.line + 1, column: m.column)
            }
        }
        for (value, at) in secret where origins[value] == nil { origins[value] = .secret(at) }
        return origins
    }
}
