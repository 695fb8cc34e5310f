import Foundation
import OKMRender

/// One page as the search index gets it: its address and a small HTML document holding only
/// its `<main>` (title with its weight, text, the hidden block with filters, sort, the Latin
/// spelling and the weighted names), as okm rendered it.
public struct SearchPage: Sendable, Equatable {
    public var url: String
    public var html: String
}

/// What the search index reads, kept while the renderer writes the pages (from any render
/// thread): of each page whose `<main>` carries `data-pagefind-body` — the templates put it on
/// records and entities only — that `<main>`, in a document with the page's language. Nothing
/// is read back from disk and no other page reaches Pagefind; the weights, filters and the
/// Latin block stay where the templates state them, so what a page shows and what search
/// finds cannot drift apart.
public final class SearchPages: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [SearchPage] = []

    public init() {}

    /// Keeps `file`'s search document when it is a page with a searchable `<main>`.
    public func take(_ file: OutputFile) {
        guard file.path.hasSuffix(".html"), case .text(let text) = file.contents,
              let page = Self.page(path: file.path, html: text) else { return }
        lock.lock()
        kept.append(page)
        lock.unlock()
    }

    /// Every page kept, in the order of their addresses (the index does not depend on which
    /// render thread finished first).
    public var pages: [SearchPage] {
        lock.lock()
        defer { lock.unlock() }
        return kept.sorted { $0.url < $1.url }
    }

    /// The search document of a page at `path` (relative to the site), or nil when its `<main>`
    /// is not searchable.
    static func page(path: String, html: String) -> SearchPage? {
        var html = html
        return html.withUTF8 { bytes -> SearchPage? in
            guard let open = find("<main", in: bytes, from: 0),
                  let tagEnd = find(">", in: bytes, from: open),
                  find("data-pagefind-body", in: bytes[open..<tagEnd]) != nil,
                  let close = find("</main>", in: bytes, from: tagEnd) else { return nil }
            var lang = ""
            if let at = find("<html lang=\"", in: bytes[0..<open]), let end = find("\"", in: bytes, from: at + 12) {
                lang = String(decoding: bytes[(at + 12)..<end], as: UTF8.self)
            }
            let main = String(decoding: bytes[open..<(close + 7)], as: UTF8.self)
            return SearchPage(url: url(of: path),
                              html: "<!DOCTYPE html><html lang=\"\(lang)\"><head><meta charset=\"utf-8\"></head><body>\(main)</body></html>")
        }
    }

    /// `protocols/2014/x/index.html` → `/protocols/2014/x/`, as Pagefind names a page it finds on disk.
    static func url(of path: String) -> String {
        path == "index.html" ? "/" : path.hasSuffix("/index.html") ? "/" + path.dropLast("index.html".count) : "/" + path
    }

    private static func find(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        find(needle, in: bytes[start...])
    }

    private static func find(_ needle: StaticString, in bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        let n = needle.utf8CodeUnitCount
        guard n > 0, bytes.count >= n, let base = bytes.base.baseAddress else { return nil }
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: n)
        var i = bytes.startIndex
        let last = bytes.endIndex - n
        while i <= last {
            // The first byte by memchr, then the rest compared.
            guard let hit = memchr(base + i, Int32(pattern[0]), last - i + 1) else { return nil }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + i, pattern.baseAddress!, n) == 0 { return i }
            i += 1
        }
        return nil
    }
}
