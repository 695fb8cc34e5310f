

/// A heading of a body, with the anchor it gets and the agenda item it opens, if any.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var line: Int
    public var id: String
    /// N for `## По т. N`, `## По т.N`, `## Точка N`: the discussion of agenda item N.
    public var agendaItem: Int?
}

public enum Outline {
    /// Every heading, at the top level, in block quotes and in list items (each is rendered as
    /// a heading, so each gets an anchor), with unique ids: `t-N` for agenda headings, else the
    /// transliterated slug of the text (`h-N` if empty).
    public static func headings(_ blocks: [Block]) -> [Heading] {
        var collector = Collector()
        collector.walk(blocks)
        return collector.out
    }

    private struct Collector: MarkdownWalker {
        var out: [Heading] = []
        var used: Set<String> = []

        mutating func visit(_ block: Block) {
            guard case .heading(let level, let inlines, let line) = block else { return descend(into: block) }
            let text = inlines.plainText.trimmingSpaces
            let item = Outline.agendaNumber(text)
            var base = item.map { "t-\($0)" } ?? Slug.make(text)
            if base.isEmpty { base = "h-\(out.count + 1)" }
            var id = base
            var n = 2
            while used.contains(id) { id = "\(base)-\(n)"; n += 1 }
            used.insert(id)
            out.append(Heading(level: level, text: text, line: line, id: id, agendaItem: item))
        }

        /// Headings are blocks: the walk need not read any paragraph's inlines.
        mutating func visit(_ inlines: [Inline], line: Int) {}
    }

    /// Recognises `По т. 1`, `По т.1`, `по точка 1`, `Точка 1`, `т. 1` at the start of a heading.
    public static func agendaNumber(_ text: String) -> Int? {
        var s = Substring(text.lowercased())
        for prefix in ["по точка", "по т.", "точка", "т."] where s.hasPrefix(prefix) {
            s = s.dropFirst(prefix.count)
            s = s.drop { $0 == " " || $0 == "\u{00A0}" }
            let digits = s.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count < 4 else { return nil }
            let rest = s.dropFirst(digits.count)
            if let next = rest.first, next.isLetter || next.isNumber { return nil }
            return Int(digits)
        }
        return nil
    }

    /// The plain text of the first paragraph, the default summary.
    public static func firstParagraph(_ blocks: [Block]) -> String? {
        for b in blocks {
            if case .paragraph(let inlines, _) = b {
                let text = inlines.plainText.trimmingSpaces
                if !text.isEmpty { return text }
            }
        }
        return nil
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
