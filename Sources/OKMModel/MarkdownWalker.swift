/// The one recursion over a Markdown body (`Block`/`Inline`), in the manner of swift-markdown's
/// MarkupWalker and MarkupRewriter: a conformer overrides the nodes it cares about and calls
/// `descend…` (or `rewriteChildren…`) where it wants the walk to go on; everything it does not
/// override is entered by default. So which containers a pass enters is written once here,
/// and a pass that stops somewhere says so in its own override, where a reader sees it.
///
/// By default every container is entered: block quotes, every list item (however deep, a quote
/// in a list in a quote…), the inlines of paragraphs and headings, emphasis, strong, a link's
/// text, an image's alt text and a mention's text. Leaves (text, code, raw HTML, code blocks,
/// thematic breaks) are visited once. Confidential blocks are not in `Body.blocks` at all, so
/// no walk meets them (see `ConfidentialText`).
///
/// What each pass visits, and why:
/// - **File links** (OKMLoad `FileLinks`, a rewriter): the URL of every link and image in
///   paragraphs and headings at any depth, and a link's text (an image may sit in it). Not an
///   image's alt: it is published as plain text, so a link written there is never a link.
/// - **Mentions** (OKMLink `Mentions`, a rewriter): text in paragraphs at any depth, through
///   emphasis and strong. Not headings (a heading is not a sentence that refers), not a link's
///   text (it already links somewhere: a mention there would be a link inside a link), not an
///   image's alt, code or raw HTML (published verbatim, or not as text).
/// - **Outline** (`Outline.headings`, a walker): every heading, at the top level, in quotes
///   and in list items: each one is rendered as a heading, so each gets an anchor.
/// - **Privacy guard** (OKMLoad `PrivacyGuard`): does not walk the tree, on purpose. It reads
///   the source text outside the confidential blocks' lines (which the parser gives it), as a
///   reader would read it, so a number hidden in markup — a link's text or address, an
///   image's alt, a reference definition, digits split by raw HTML or emphasis, at any depth —
///   is found without depending on how any pass recurses (MarkdownWalkLoadTests pins these).
public protocol MarkdownWalker {
    mutating func visit(_ block: Block)
    /// The inlines of a paragraph or heading that starts at file line `line`.
    mutating func visit(_ inlines: [Inline], line: Int)
    mutating func visit(_ inline: Inline, line: Int)
}

extension MarkdownWalker {
    public mutating func visit(_ block: Block) { descend(into: block) }
    public mutating func visit(_ inlines: [Inline], line: Int) { descend(into: inlines, line: line) }
    public mutating func visit(_ inline: Inline, line: Int) { descend(into: inline, line: line) }

    public mutating func walk(_ blocks: [Block]) {
        for b in blocks { visit(b) }
    }

    /// Visits the children of a block: the blocks of a quote or of each list item, the inlines
    /// of a paragraph or heading. Leaf blocks have none.
    public mutating func descend(into block: Block) {
        switch block {
        case .paragraph(let inlines, let line), .heading(_, let inlines, let line): visit(inlines, line: line)
        case .blockQuote(let blocks): walk(blocks)
        case .list(_, _, _, let items): for item in items { walk(item) }
        case .codeBlock, .htmlBlock, .thematicBreak: break
        }
    }

    public mutating func descend(into inlines: [Inline], line: Int) {
        for i in inlines { visit(i, line: line) }
    }

    /// Visits the inlines inside emphasis, strong, a link's text, an image's alt, a mention.
    public mutating func descend(into inline: Inline, line: Int) {
        switch inline {
        case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c), .mention(_, let c):
            visit(c, line: line)
        case .text, .softBreak, .lineBreak, .code, .html: break
        }
    }
}

/// The walk of `MarkdownWalker` that hands back a changed tree. A block or inline whose
/// children come back unchanged is returned as it was (its storage stays shared), so a pass
/// that changes nothing in most bodies costs no copies.
public protocol MarkdownRewriter {
    mutating func rewrite(_ block: Block) -> Block
    mutating func rewrite(_ inlines: [Inline], line: Int) -> [Inline]
    mutating func rewrite(_ inline: Inline, line: Int) -> Inline
}

extension MarkdownRewriter {
    public mutating func rewrite(_ block: Block) -> Block { rewriteChildren(of: block) }
    public mutating func rewrite(_ inlines: [Inline], line: Int) -> [Inline] { rewriteChildren(of: inlines, line: line) }
    public mutating func rewrite(_ inline: Inline, line: Int) -> Inline { rewriteChildren(of: inline, line: line) }

    public mutating func rewrite(_ blocks: [Block]) -> [Block] {
        var out = blocks
        var changed = false
        for (k, b) in blocks.enumerated() {
            let n = rewrite(b)
            if n != b { out[k] = n; changed = true }
        }
        return changed ? out : blocks
    }

    public mutating func rewriteChildren(of block: Block) -> Block {
        switch block {
        case .paragraph(let inlines, let line):
            let n = rewrite(inlines, line: line)
            return n == inlines ? block : .paragraph(n, line: line)
        case .heading(let level, let inlines, let line):
            let n = rewrite(inlines, line: line)
            return n == inlines ? block : .heading(level: level, n, line: line)
        case .blockQuote(let blocks):
            let n = rewrite(blocks)
            return n == blocks ? block : .blockQuote(n)
        case .list(let ordered, let start, let tight, let items):
            let n = items.map { rewrite($0) }
            return n == items ? block : .list(ordered: ordered, start: start, tight: tight, items: n)
        case .codeBlock, .htmlBlock, .thematicBreak:
            return block
        }
    }

    public mutating func rewriteChildren(of inlines: [Inline], line: Int) -> [Inline] {
        inlines.map { rewrite($0, line: line) }
    }

    public mutating func rewriteChildren(of inline: Inline, line: Int) -> Inline {
        switch inline {
        case .emphasis(let c): return .emphasis(rewrite(c, line: line))
        case .strong(let c): return .strong(rewrite(c, line: line))
        case .link(let url, let title, let c): return .link(url: url, title: title, rewrite(c, line: line))
        case .image(let url, let title, let c): return .image(url: url, title: title, alt: rewrite(c, line: line))
        case .mention(let id, let c): return .mention(id, rewrite(c, line: line))
        case .text, .softBreak, .lineBreak, .code, .html: return inline
        }
    }
}
