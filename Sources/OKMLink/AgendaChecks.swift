import OKMModel

/// A heading `## По т. N` or a decision's `agenda_item: N` must name an item of the agenda.
enum AgendaChecks {
    static func check(_ protocols: [ProtocolRecord]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for p in protocols {
            let count = p.agenda.count
            for d in p.decisions {
                if let n = d.agendaItem, n > count {
                    out.append(.error(3030, d.agendaItemLocation ?? d.location, "decision \(d.ordinal) names agenda item \(n), but the agenda has \(count) item\(count == 1 ? "" : "s")"))
                }
            }
            for b in p.header.body.blocks {
                guard case .heading(_, let inlines, let line) = b, let n = Outline.agendaNumber(inlines.plainText) else { continue }
                if n < 1 || n > count {
                    out.append(.error(3031, SourceLocation(path: p.header.path, line: line, column: 1),
                                      "the heading opens the discussion of agenda item \(n), but the agenda has \(count) item\(count == 1 ? "" : "s")"))
                }
            }
        }
        return out
    }
}
