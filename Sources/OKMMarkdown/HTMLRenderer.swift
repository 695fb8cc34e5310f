import OKMModel

/// Renders public Markdown values to HTML the way cmark's safe renderer does, plus
/// `id` anchors on headings. Confidential blocks are not in `Body.blocks`, so they
/// cannot be rendered here at all.
public struct HTMLRenderer: Sendable {
    /// Raw HTML blocks and inlines pass through only when the site opts in.
    public var allowRawHTML: Bool
    /// The `id` of each heading, by its line; headings not in it get no id.
    public var headingIDs: [Int: String]
    /// The URL of a mentioned entity; a mention without one renders as its text.
    public var mentionURL: @Sendable (DocumentID) -> String?
    /// Bulgarian typography (`Typography`) on the text of every paragraph and heading that
    /// has a Cyrillic letter; never on code, raw HTML or URLs. Off, the output is cmark's.
    public var typography: Bool

    public init(allowRawHTML: Bool = false, headingIDs: [Int: String] = [:], typography: Bool = false,
                mentionURL: @escaping @Sendable (DocumentID) -> String? = { _ in nil }) {
        self.allowRawHTML = allowRawHTML
        self.headingIDs = headingIDs
        self.typography = typography
        self.mentionURL = mentionURL
    }

    public func render(_ blocks: [Block]) -> String {
        var out = ""
        out.reserveCapacity(4096)
        for b in blocks { block(b, tight: false, into: &out) }
        return out
    }

    public func render(inlines: [Inline]) -> String {
        var out = ""
        var typo = state(for: inlines)
        for i in inlines { inline(i, into: &out, typo: &typo) }
        return out
    }

    /// A fresh typography state for a paragraph or heading that has Bulgarian text; nil leaves
    /// its text as written.
    private func state(for inlines: [Inline]) -> Typography.State? {
        guard typography else { return nil }
        var plainText = ""
        for i in inlines { plain(i, into: &plainText) }
        return Typography.hasCyrillic(plainText) ? Typography.State() : nil
    }

    private func cr(_ out: inout String) {
        if let last = out.utf8.last, last != 10 { out += "\n" }
    }

    private func block(_ b: Block, tight: Bool, into out: inout String) {
        switch b {
        case .paragraph(let inlines, _):
            var typo = state(for: inlines)
            if tight {
                for i in inlines { inline(i, into: &out, typo: &typo) }
            } else {
                cr(&out)
                out += "<p>"
                for i in inlines { inline(i, into: &out, typo: &typo) }
                out += "</p>\n"
            }
        case .heading(let level, let inlines, let line):
            cr(&out)
            if let id = headingIDs[line] {
                out += "<h\(level) id=\"\(HTMLEscape.text(id))\">"
            } else {
                out += "<h\(level)>"
            }
            var typo = state(for: inlines)
            for i in inlines { inline(i, into: &out, typo: &typo) }
            out += "</h\(level)>\n"
        case .blockQuote(let blocks):
            cr(&out)
            out += "<blockquote>\n"
            for c in blocks { block(c, tight: false, into: &out) }
            cr(&out)
            out += "</blockquote>\n"
        case .list(let ordered, let start, let isTight, let items):
            cr(&out)
            out += ordered ? (start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n") : "<ul>\n"
            for item in items {
                cr(&out)
                out += "<li>"
                for c in item { block(c, tight: isTight, into: &out) }
                out += "</li>\n"
            }
            cr(&out)
            out += ordered ? "</ol>\n" : "</ul>\n"
        case .codeBlock(let info, let literal, _):
            cr(&out)
            let word = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            out += word.isEmpty ? "<pre><code>" : "<pre><code class=\"language-\(HTMLEscape.text(word))\">"
            out += HTMLEscape.text(literal)
            out += "</code></pre>\n"
        case .htmlBlock(let literal, _):
            cr(&out)
            out += allowRawHTML ? literal : "<!-- raw HTML omitted -->"
            cr(&out)
        case .thematicBreak:
            cr(&out)
            out += "<hr />\n"
        }
    }

    private func inline(_ i: Inline, into out: inout String, typo: inout Typography.State?) {
        switch i {
        case .text(let s):
            if typo != nil { out += HTMLEscape.text(Typography.bulgarian(s, state: &typo!)) } else { out += HTMLEscape.text(s) }
        case .softBreak: out += "\n"; typo?.pass("\n")
        case .lineBreak: out += "<br />\n"; typo?.pass("\n")
        case .code(let s): out += "<code>" + HTMLEscape.text(s) + "</code>"; typo?.pass(s)
        case .html(let s): out += allowRawHTML ? s : "<!-- raw HTML omitted -->"; typo?.pass(s)
        case .emphasis(let c):
            out += "<em>"
            for x in c { inline(x, into: &out, typo: &typo) }
            out += "</em>"
        case .strong(let c):
            out += "<strong>"
            for x in c { inline(x, into: &out, typo: &typo) }
            out += "</strong>"
        case .link(let url, let title, let c):
            out += "<a href=\""
            if allowRawHTML || !HTMLEscape.isDangerousURL(url) { out += HTMLEscape.href(url) }
            out += "\""
            if !title.isEmpty { out += " title=\"" + HTMLEscape.text(title) + "\"" }
            out += ">"
            for x in c { inline(x, into: &out, typo: &typo) }
            out += "</a>"
        case .mention(let id, let c):
            if let url = mentionURL(id) {
                out += "<a class=\"mention\" href=\"" + HTMLEscape.href(url) + "\">"
                for x in c { inline(x, into: &out, typo: &typo) }
                out += "</a>"
            } else {
                for x in c { inline(x, into: &out, typo: &typo) }
            }
        case .image(let url, let title, let alt):
            out += "<img src=\""
            if allowRawHTML || !HTMLEscape.isDangerousURL(url) { out += HTMLEscape.href(url) }
            out += "\" alt=\""
            for x in alt { plain(x, into: &out) }
            out += "\""
            if !title.isEmpty { out += " title=\"" + HTMLEscape.text(title) + "\"" }
            out += " />"
        }
    }

    private func plain(_ i: Inline, into out: inout String) {
        switch i {
        case .text(let s), .code(let s), .html(let s): out += HTMLEscape.text(s)
        case .softBreak, .lineBreak: out += " "
        case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c), .mention(_, let c):
            for x in c { plain(x, into: &out) }
        }
    }
}
