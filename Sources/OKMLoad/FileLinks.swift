import OKMModel

/// Files a document refers to. A relative name (in front matter or in a body link or
/// image) resolves against the record's folder in content/; in the body it is rewritten
/// to the file's URL, which is its path in content/. An image or attachment named from the
/// root (`/images/x.png`) is checked the same way, against content/ as the site's root; a
/// body link from the root names a page and is left alone.
enum FileLinks {
    static func collect(_ header: inout Header, path: String, sink: DiagnosticSink) {
        for image in header.images { add(image.src, at: image.location, what: "image", &header, sink) }
        for a in header.attachments { add(a.file, at: a.location, what: "attachment", &header, sink) }
        var rewriter = Rewriter(header: header, path: path, sink: sink)
        let blocks = rewriter.rewrite(header.body.blocks)
        header = rewriter.header
        header.body.blocks = blocks
    }

    /// Every link's and image's URL in paragraphs and headings, at any depth, and a link's text
    /// (an image may sit in it); not an image's alt, which is published as plain text.
    struct Rewriter: MarkdownRewriter {
        var header: Header
        let path: String
        let sink: DiagnosticSink

        mutating func rewrite(_ inline: Inline, line: Int) -> Inline {
            switch inline {
            case .link(let url, let title, let text):
                return .link(url: local(url, line, "linked file", &header, path, sink), title: title, rewrite(text, line: line))
            case .image(let url, let title, let alt):
                return .image(url: local(url, line, "image", &header, path, sink), title: title, alt: alt)
            default:
                return rewriteChildren(of: inline, line: line)
            }
        }
    }

    static func add(_ name: String, at location: SourceLocation, what: String, _ header: inout Header, _ sink: DiagnosticSink) {
        guard ContentPath.isLocalFile(name) || (what != "linked file" && ContentPath.isRootFile(name)) else { return }
        let file = String(name.split(separator: "#", maxSplits: 1).first ?? "").split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard let resolved = ContentPath.resolve(file.removingPercentEncodingSafely, in: header.folder) else {
            sink.error(3080, location, ["what": .phrase("file." + what), "name": "\(name)"])
            return
        }
        if resolved.lowercased().hasSuffix(".md") {
            sink.error(3081, location, ["what": .phrase("file." + what), "name": "\(name)"])
            return
        }
        header.files.append(FileReference(path: resolved, name: name, location: location, what: what))
    }

    static func local(_ url: String, _ line: Int, _ what: String, _ h: inout Header, _ path: String, _ sink: DiagnosticSink) -> String {
        guard ContentPath.isLocalFile(url) || (what == "image" && ContentPath.isRootFile(url)) else { return url }
        let before = h.files.count
        add(url, at: SourceLocation(path: path, line: line, column: 1), what: what, &h, sink)
        guard h.files.count > before, let file = h.files.last else { return url }
        let fragment = url.firstIndex(of: "#").map { String(url[$0...]) } ?? ""
        return "/" + file.path + fragment
    }
}

extension String {
    var removingPercentEncodingSafely: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var it = Array(utf8)[...]
        while let b = it.popFirst() {
            if b == UInt8(ascii: "%"), it.count >= 2, let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v)
                it = it.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
