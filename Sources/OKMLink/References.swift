import OKMModel

/// Every front-matter reference of every document, by the document that wrote it.
enum References {
    static func all(in c: Content) -> [(DocumentID, [Reference])] {
        var out: [(DocumentID, [Reference])] = []
        for p in c.protocols {
            var refs = p.header.explicitReferences
            refs += [p.approvedBy?.person, p.chair, p.preparedBy].compactMap { $0 }
            refs += p.attendees
            for a in p.agenda { refs += a.reporters + a.institutions + a.services + a.projects + a.organizations }
            for d in p.decisions { refs += d.responsible + (d.closedBy.map { [$0] } ?? []) }
            out.append((p.header.id, refs))
        }
        for n in c.news { out.append((n.header.id, n.header.explicitReferences + (n.event.map { [$0] } ?? []))) }
        for e in c.events { out.append((e.header.id, e.header.explicitReferences + e.presenters.map(\.person))) }
        for p in c.pages { out.append((p.header.id, p.header.explicitReferences)) }
        for i in c.institutions {
            out.append((i.header.id, i.header.explicitReferences + i.replacedBy + i.timeline.compactMap(\.source)))
        }
        for s in c.services {
            out.append((s.header.id, s.header.explicitReferences + (s.provider.map { [$0] } ?? []) + s.replaces))
        }
        for p in c.projects {
            out.append((p.header.id, p.header.explicitReferences + (p.beneficiary.map { [$0] } ?? []) + p.partners + p.associates))
        }
        for o in c.organizations { out.append((o.header.id, o.header.explicitReferences + (o.parent.map { [$0] } ?? []))) }
        for p in c.people { out.append((p.header.id, p.header.explicitReferences + p.posts.compactMap(\.organization))) }
        for r in c.regions { out.append((r.header.id, r.header.explicitReferences + (r.mechanism?.initiatedBy.map { [$0] } ?? []))) }
        return out
    }
}
