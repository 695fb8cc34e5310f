import OKMLink
import OKMMarkdown
// The internal print edition opens the sealed confidential text (`ConfidentialText.open`):
// it is the one output allowed to carry it, written by `okm print --internal` outside the site.
@_spi(InternalEdition) import OKMModel

/// Which edition a print page is. Only the internal one carries the `confidential` blocks.
enum PrintEdition: Sendable {
    case publicEdition
    case internalEdition
}

/// The print edition of a protocol, built from its fields and its body.
///
/// THIS FILE IS THE ONLY CODE IN THE RENDERER THAT READS `Body.confidential` and opens its
/// sealed text (the compiler holds the opening, by the SPI import above; two tests hold the
/// reading and the import): the case details of children go into the internal edition,
/// which `okm print --internal` writes outside the site, and nowhere else.
extension RenderContext {
    func printProtocol(_ p: ProtocolRecord, edition: PrintEdition) -> PrintProtocolView {
        let h = p.header
        let sign = label("print_number_sign")
        let numberLine: String
        switch (p.number, h.date) {
        case let (n?, d?): numberLine = n.contains("/") ? "\(sign) \(n)" : "\(sign) \(n)/\(numericDate(d))"
        case let (n?, nil): numberLine = "\(sign) \(n)"
        case let (nil, d?): numberLine = numericDate(d)
        case (nil, nil): numberLine = ""
        }
        let approval = p.approvedBy.map { a in
            PrintApprovalView(label: label("print_approve"), name: (name(a.person) ?? a.person.slug).uppercased(), post: a.post,
                              date: p.approvedOn.map { fill("print_approved_on", ["date": numericDate($0)]) })
        }
        let agenda = p.agenda.map { item -> PrintAgendaItemView in
            let r = reporters(item, on: h.date)
            return PrintAgendaItemView(number: item.number, title: item.title, reportLabel: r?.label, reporters: r?.names)
        }
        let secret = edition == .internalEdition ? h.body.confidential : []
        return PrintProtocolView(
            anchor: "p-\(h.id.slug)", approval: approval, titleWord: label("print_title"), numberLine: numberLine,
            subtitle: label("print_subtitle"), opening: openingParagraphs(p),
            agendaLead: label("print_agenda_lead"), agendaWord: label("print_agenda_word"), agendaTail: label("print_agenda_tail"),
            agenda: agenda, sections: printSections(p, confidential: secret),
            nextMeeting: p.nextMeeting.map { fill("print_next_meeting", ["date": numericDate($0)]) },
            signatures: [
                PrintSignatureView(role: label("print_chair"), name: name(p.chair)),
                PrintSignatureView(role: label("print_prepared"), name: name(p.preparedBy)),
            ])
    }

    /// The body cut at its agenda headings (`## По т. N`), confidential blocks (internal
    /// edition only) put back where they stood, and each item's decisions after its discussion.
    func printSections(_ p: ProtocolRecord, confidential: [ConfidentialBlock]) -> [PrintSectionView] {
        enum Piece { case block(Block), secret(ConfidentialBlock) }
        var pieces: [Piece] = []
        var pending = confidential.sorted { $0.line < $1.line }[...]
        var lastLine = 0
        for b in p.header.body.blocks {
            let line = Self.firstLine(b) ?? lastLine
            while let c = pending.first, c.line < line {
                pieces.append(.secret(c))
                pending.removeFirst()
            }
            pieces.append(.block(b))
            lastLine = line
        }
        pieces += pending.map { .secret($0) }

        // Mentions print as their text; the body's own links stay links (print shows the address).
        let renderer = HTMLRenderer(allowRawHTML: site.settings.allowRawHTML, typography: true)
        var sections: [(heading: String?, item: Int?, html: String)] = []
        var current: (heading: String?, item: Int?, html: String) = (nil, nil, "")
        var run: [Block] = []
        func flush() {
            current.html += renderer.render(run)
            run = []
        }
        for piece in pieces {
            switch piece {
            case .block(let b):
                // Only a heading of the body's own level cuts it: one inside a quote or a list stays
                // in its block (taking it out would drop the rest of the block).
                if case .heading = b, let heading = Outline.headings([b]).first, let n = heading.agendaItem, p.agenda.indices.contains(n - 1) {
                    flush()
                    if current.heading != nil || !current.html.isEmpty { sections.append(current) }
                    current = (heading.text, n, "")
                } else {
                    run.append(b)
                }
            case .secret(let c):
                flush()
                current.html += confidentialHTML(c)
            }
        }
        flush()
        if current.heading != nil || !current.html.isEmpty { sections.append(current) }

        // Decisions: under their item; an item with decisions but no discussion gets its own
        // heading; decisions without an item close the protocol.
        let byItem = Dictionary(grouping: p.decisions) { d in d.agendaItem.flatMap { p.agenda.indices.contains($0 - 1) ? $0 : nil } ?? 0 }
        let discussed = Set(sections.compactMap(\.item))
        for n in byItem.keys.sorted() where n > 0 && !discussed.contains(n) {
            sections.append((fill("print_item", ["n": String(n)]), n, ""))
        }
        var out = sections.map { s in
            PrintSectionView(heading: s.heading, html: s.html, decisions: s.item.flatMap { n in
                byItem[n].map { decisionTable(fill("print_decisions_on", ["n": String(n)]), $0) }
            })
        }
        if let general = byItem[0] {
            out.append(PrintSectionView(heading: nil, html: "", decisions: decisionTable(label("print_decisions"), general)))
        }
        return out
    }

    func decisionTable(_ caption: String, _ decisions: [Decision]) -> PrintDecisionTable {
        PrintDecisionTable(caption: caption, rows: decisions.map { d in
            PrintDecisionRow(number: "\(d.ordinal).", text: d.text,
                             responsible: site.resolve(d.responsible).compactMap { name($0) }.joined(separator: ", "),
                             due: d.due.map(numericDate) ?? "")
        })
    }

    /// A confidential block as the internal edition prints it: marked, paragraphs kept.
    func confidentialHTML(_ c: ConfidentialBlock) -> String {
        var paragraphs: [[String]] = [[]]
        for line in c.text.open(InternalEditionKey()).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(HTMLEscape.text(String(line)))
            }
        }
        let body = paragraphs.filter { !$0.isEmpty }.map { "<p>" + $0.joined(separator: "<br>\n") + "</p>\n" }.joined()
        return "<div class=\"confidential\">\n<p class=\"confidential-label\">\(HTMLEscape.text(label("print_confidential")))</p>\n\(body)</div>\n"
    }

    /// The first file line of a block, looking inside quotes and lists.
    static func firstLine(_ b: Block) -> Int? {
        switch b {
        case .paragraph(_, let line), .heading(_, _, let line), .codeBlock(_, _, let line), .htmlBlock(_, let line): return line
        case .blockQuote(let inner): return inner.lazy.compactMap(firstLine).first
        case .list(_, _, _, let items): return items.lazy.flatMap { $0 }.compactMap(firstLine).first
        case .thematicBreak: return nil
        }
    }
}
