// libFuzzer target: content files → Load → Link → body HTML, with checks that must hold for
// any input. Built and run by scripts/fuzz (see docs/quality.md).
//
// Input: files separated by the byte 0xFF (never part of UTF-8 text). In each file the first
// line is its path inside content/ (`news/2015/sreshta.md`, `site.yml`), the rest its bytes.
import OKMLink
import OKMLoad
import OKMMarkdown
import OKMModel

/// Before the first input: the model's tables (the schema's fields, made once on first use)
/// are made here, so that LeakSanitizer does not count a table made during one input as that
/// input's leak.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    _ = Schema.site
    for kind in Kind.allCases { _ = Schema.fields(of: kind) }
    for group in GroupName.allCases { _ = group.fields }
    let site = "title: Т\nbase_url: /\nlanguage: bg\n"
    let news = "---\ntitle: Т\ndate: 2015-01-01\nregion: ruse\n---\nТекст 1234.\n"
    let files = [ContentFileBytes(relativePath: "site.yml", bytes: Array(site.utf8)),
                 ContentFileBytes(relativePath: "news/a.md", bytes: Array(news.utf8))]
    _ = Linker.link(Loader.load(files: files).content)
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzLoad.run(input)
    HiddenNumber.run(input)
    return 0
}

enum FuzzLoad {
    static let maxFiles = 12

    static func files(from input: [UInt8]) -> [ContentFileBytes] {
        input.split(separator: 0xFF, omittingEmptySubsequences: true).prefix(maxFiles).map { chunk in
            let newline = chunk.firstIndex(of: 10) ?? chunk.endIndex
            let path = String(decoding: chunk[chunk.startIndex..<newline], as: UTF8.self)
            let bytes = newline < chunk.endIndex ? Array(chunk[(newline + 1)...]) : []
            return ContentFileBytes(relativePath: path, bytes: bytes)
        }
    }

    static func run(_ input: [UInt8]) {
        let files = files(from: input)
        let loaded = Loader.load(files: files)
        let (site, linkDiagnostics) = Linker.link(loaded.content)
        checkLocations(loaded.diagnostics + linkDiagnostics, files: files)
        // The guard and the parser agree: a file the guard let through publishes no number.
        let stopped = Set(loaded.diagnostics.filter { $0.message.hasPrefix("a personal number") || $0.message.hasPrefix("the file name carries") }
            .map(\.location.path))
        for header in site.content.headers {
            let html = HTMLRenderer(mentionURL: { "/\($0.kind.folder)/\($0.slug)/" }).render(header.body.blocks)
            if !stopped.contains(header.path) {
                let published = [html, header.title ?? "", header.summary ?? ""].joined(separator: "<p>")
                if let m = ReaderDigits.find(in: published, mode: .html).first {
                    fatalError("\(header.path): the guard let a personal number (\(m.kind)) through: \(published)")
                }
            }
            checkHTML(html, in: header.path)
            _ = Outline.headings(header.body.blocks)
        }
        for file in files where file.relativePath.lowercased().hasSuffix(".md") { checkRendererAgainstCmark(file.bytes) }
    }

    /// Every diagnostic names a file of the input (or site.yml) and a place inside it.
    static func checkLocations(_ diagnostics: [Diagnostic], files: [ContentFileBytes]) {
        var lines: [String: Int] = ["content/site.yml": 1]
        for f in files { lines["content/" + f.relativePath] = max(lines["content/" + f.relativePath] ?? 0, lineCount(f.bytes)) }
        for d in diagnostics {
            guard let count = lines[d.location.path] else { fatalError("diagnostic for a file that is not in the input: \(d)") }
            guard d.location.line >= 1, d.location.line <= count, d.location.column >= 1 else {
                fatalError("diagnostic outside its file (\(count) lines): \(d)")
            }
        }
    }

    /// Lines as an editor counts them: LF, CRLF and a lone CR each end one.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var n = 1
        for (i, b) in bytes.enumerated() where b == 10 || (b == 13 && (i + 1 == bytes.count || bytes[i + 1] != 10)) { n += 1 }
        return n
    }

    /// The public renderer writes no tag but its own, and no dangerous URL.
    static let tags: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ol", "ul", "li",
                                     "pre", "code", "em", "strong", "a", "img", "hr", "br", "!--"]

    static func checkHTML(_ html: String, in path: String) {
        let u = Array(html.utf8)
        var i = 0
        while let lt = u[i...].firstIndex(of: UInt8(ascii: "<")) {
            var j = lt + 1
            if j < u.count, u[j] == UInt8(ascii: "/") { j += 1 }
            var k = j
            while k < u.count, u[k] != 32, u[k] != UInt8(ascii: ">"), u[k] != 10 { k += 1 }
            let name = String(decoding: u[j..<k], as: UTF8.self)
            if !tags.contains(name) && !name.hasPrefix("!--") { fatalError("\(path): unexpected tag <\(name)> in \(html)") }
            i = lt + 1
        }
        let lower = html.lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] {
            if lower.contains("href=\"\(scheme)") || lower.contains("src=\"\(scheme)") {
                fatalError("\(path): a \(scheme) URL in \(html)")
            }
        }
    }

    /// Without mentions, anchors or confidential blocks, the Swift renderer writes exactly what
    /// cmark's own safe renderer writes.
    static func checkRendererAgainstCmark(_ bytes: [UInt8]) {
        guard let text = try? SourceText(path: "fuzz.md", bytes: bytes) else { return }
        let parsed = Cmark.parse(text.body)
        guard parsed.problems.isEmpty, parsed.body.confidential.isEmpty else { return }
        let ours = HTMLRenderer().render(parsed.body.blocks)
        let theirs = Cmark.referenceHTML(text.body)
        if ours != theirs { fatalError("the renderer differs from cmark\n--- okm\n\(ours)\n--- cmark\n\(theirs)") }
    }
}
