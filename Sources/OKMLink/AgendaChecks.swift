import OKMModel

/// A heading `## По т. N` or a decision's `agenda_item: N` must name an item of the agenda.
enum AgendaChecks {
    static func check(_ protocols: [ProtocolRecord]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for p in protocols {
            let count = p.agenda.count
            for d in p.decisions {
                if let n = d.agendaItem, n > count {
                    out.append(.error(3030, d.agendaItemLocation ?? d.location, variant: count == 1 ? "one" : nil, ["ordinal": "\(d.ordinal)", "n": "\(n)", "count": "\(count)"]))
                }
            }
            for b in p.header.body.blocks {
                guard case .heading(_, let inlines, let line) = b, let n = Outline.agendaNumber(inlines.plainText) else { continue }
                if n < 1 || n > count {
                    out.append(.error(3031, SourceLocation(path: p.header.path, line: line, column: 1), variant: count == 1 ? "one" : nil,
                                      ["n": "\(n)", "count": "\(count)"]))
                }
            }
        }
        return out
    }
}
