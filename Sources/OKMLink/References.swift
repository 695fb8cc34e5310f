import OKMModel

/// Every front-matter reference of every document, by the document that wrote it.
enum References {
    /// A header's reference lists and the records its `source:` names.
    private static func own(_ h: Header) -> [Reference] { h.explicitReferences + h.sources.compactMap(\.record) }

    static func all(in c: Content) -> [(DocumentID, [Reference])] {
        var out: [(DocumentID, [Reference])] = []
        for p in c.protocols {
            var refs = own(p.header)
            refs += [p.approvedBy?.person, p.chair, p.preparedBy].compactMap { $0 }
            refs += p.attendees + p.attendance.compactMap(\.source?.record)
            for a in p.agenda { refs += a.reporters + a.institutions + a.services + a.projects + a.organizations }
            for d in p.decisions { refs += d.responsible + (d.closedBy.map { [$0] } ?? []) + (d.source?.record.map { [$0] } ?? []) }
            out.append((p.header.id, refs))
        }
        for n in c.news { out.append((n.header.id, own(n.header) + (n.event.map { [$0] } ?? []))) }
        for e in c.events { out.append((e.header.id, own(e.header) + e.presenters.map(\.person))) }
        for p in c.pages { out.append((p.header.id, own(p.header))) }
        for i in c.institutions {
            out.append((i.header.id, own(i.header) + i.replacedBy + i.timeline.compactMap(\.source?.record)))
        }
        for s in c.services {
            out.append((s.header.id, own(s.header) + (s.provider.map { [$0] } ?? []) + s.replaces))
        }
        for p in c.projects {
            out.append((p.header.id, own(p.header) + (p.beneficiary.map { [$0] } ?? []) + p.partners + p.associates))
        }
        for o in c.organizations { out.append((o.header.id, own(o.header) + (o.parent.map { [$0] } ?? []))) }
        for p in c.people { out.append((p.header.id, own(p.header) + p.posts.compactMap(\.organization))) }
        for r in c.regions { out.append((r.header.id, own(r.header) + (r.mechanism?.initiatedBy.map { [$0] } ?? []))) }
        return out
    }
}
