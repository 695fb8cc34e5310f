/// A Markdown body as Swift values, made by OKMMarkdown from cmark's tree.
/// Positions are true file lines (the front matter already counted).
public indirect enum Block: Sendable, Hashable {
    case paragraph([Inline], line: Int)
    case heading(level: Int, [Inline], line: Int)
    case blockQuote([Block])
    case list(ordered: Bool, start: Int, tight: Bool, items: [[Block]])
    case codeBlock(info: String, literal: String, line: Int)
    case htmlBlock(String, line: Int)
    case thematicBreak
}

public indirect enum Inline: Sendable, Hashable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case html(String)
    case emphasis([Inline])
    case strong([Inline])
    case link(url: String, title: String, [Inline])
    case image(url: String, title: String, alt: [Inline])
    /// A name of an entity found in the text by the link pass; rendered as a link to its page.
    case mention(DocumentID, [Inline])
}

/// A fenced block whose info string is `confidential`: case details of children and families.
/// It is kept apart from the public blocks from the moment it is parsed, so nothing that
/// renders public output can reach it by accident.
/// Its text is sealed (`ConfidentialText`): only the internal print edition and the author's
/// local editor can open it.
public struct ConfidentialBlock: Sendable, Hashable {
    public var text: ConfidentialText
    public var line: Int

    public init(text: ConfidentialText, line: Int) {
        self.text = text
        self.line = line
    }

    /// Seals `text` at once.
    public init(text: String, line: Int) {
        self.init(text: ConfidentialText(text), line: line)
    }
}

public struct Body: Sendable, Hashable {
    /// Everything that may be published.
    public var blocks: [Block]
    /// Only for the internal print edition.
    public var confidential: [ConfidentialBlock]

    public init(blocks: [Block] = [], confidential: [ConfidentialBlock] = []) {
        self.blocks = blocks
        self.confidential = confidential
    }

    public static let empty = Body()
}

extension Array where Element == Inline {
    /// The text a reader sees, without markup.
    public var plainText: String {
        var out = ""
        for inline in self { inline.appendPlainText(to: &out) }
        return out
    }
}

extension Inline {
    func appendPlainText(to out: inout String) {
        switch self {
        case .text(let s), .code(let s): out += s
        case .softBreak, .lineBreak: out += " "
        case .html: break
        case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c), .mention(_, let c):
            for i in c { i.appendPlainText(to: &out) }
        }
    }
}

extension Block {
    /// The public text of a block, paragraphs separated by blank lines.
    public var plainText: String {
        switch self {
        case .paragraph(let i, _), .heading(_, let i, _): return i.plainText
        case .blockQuote(let b): return b.map(\.plainText).joined(separator: "\n\n")
        case .list(_, _, _, let items): return items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .codeBlock(_, let literal, _): return literal
        case .htmlBlock, .thematicBreak: return ""
        }
    }
}
