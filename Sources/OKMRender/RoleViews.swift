import OKMLink
import OKMModel

extension RenderContext {
    /// The role sections of an entity page, in a fixed order; empty ones are left out.
    func roleGroups(_ id: DocumentID) -> [BacklinkGroup] {
        let r = site.roles
        let limit = shownLimit(id)
        var groups: [BacklinkGroup] = []
        func add(_ key: String, _ entries: [RoleEntry]?) {
            guard let entries else { return }
            let known = entries.filter { site.summary($0.id) != nil }
            guard !known.isEmpty else { return }
            let items = known.prefix(limit).compactMap { e -> LinkView? in
                guard var l = link(e.id) else { return nil }
                if let anchor = e.anchor, let u = l.url { l.url = u.appendingFragment(anchor) }
                let note = e.agendaItem.map { fill("agenda_item_note", ["n": "\($0)", "title": e.note ?? ""]) } ?? e.note
                let meta = [l.meta, note].compactMap { $0 }.joined(separator: " · ")
                l.meta = meta.isEmpty ? nil : meta
                l.metaLang = bgLang(note)
                return l
            }
            groups.append(capped(BacklinkGroup(heading: label(key), count: known.count, items: items), of: id))
        }
        func ids(_ list: [DocumentID]?) -> [RoleEntry]? { list?.map { RoleEntry(id: $0) } }
        if let closes = closesGroup(id) { groups.append(closes) }
        switch id.kind {
        case .people:
            add("reported", r.reported[id])
            add("presented", r.presented[id])
            add("chaired", r.chaired[id])
            add("attended", r.attended[id])
            if let g = responsibilities(id) { groups.append(g) }
        case .organizations:
            add("staff", r.staff[id])
            add("units", r.units[id])
            add("provides", r.provides[id])
            add("attended", r.attended[id])
            if let g = responsibilities(id) { groups.append(g) }
        case .institutions:
            add("replaced_by", r.replacements[id]?.map { s in
                RoleEntry(id: s, note: site.service(s)?.capacity.map { "\(label("capacity")): \($0)" })
            })
        case .services:
            add("replaces", ids(r.replaces[id]))
        case .regions:
            let c = site  // its lists, each read as a kind's (`SiteReads`)
            let counts: [(Kind, Int)] = [
                (.protocols, c.protocols.count { $0.header.region?.slug == id.slug }),
                (.news, c.news.count { $0.header.region?.slug == id.slug }),
                (.events, c.events.count { $0.header.region?.slug == id.slug }),
            ]
            let archives = counts.filter { $0.1 > 0 }.map { kind, n in
                LinkView(title: label(kind.folder), url: url(Route.regionList(region: id.slug, kind).path), meta: "\(n)")
            } + regionTrackingLinks(id)
            if !archives.isEmpty { groups.append(BacklinkGroup(heading: label("by_region"), count: archives.count, items: archives)) }
            add("in_region", ids(r.inRegion[id]?.sorted()))
        default:
            break
        }
        return groups
    }
}
