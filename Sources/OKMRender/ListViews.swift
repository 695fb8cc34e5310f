import OKMLink
import OKMModel

extension RenderContext {
    func item(_ id: DocumentID, meta: String? = nil, summary: String? = nil) -> ListItem? {
        guard let s = site.summary(id) else { return nil }
        var item = ListItem(title: s.title, url: url(s.url), dateText: date(s.archiveDate), dateISO: dateISO(s.archiveDate), meta: meta, summary: summary)
        item.itemLang = titleLang(id)
        if language != "bg", summary != nil { item.summaryLang = "bg" }
        item.itemMetaLang = bgLang(meta)
        return item
    }

    /// Dated kinds newest first; entities by name.
    func listItems(_ kind: Kind) -> [ListItem] {
        let c = site  // its lists, each read as a kind's (`SiteReads`)
        let headers: [(Header, String?)]
        switch kind {
        case .protocols: headers = c.protocols.map { ($0.header, nil) }
        case .news: headers = c.news.map { ($0.header, nil) }
        case .events: headers = c.events.map { ($0.header, label("format_\($0.format.rawValue)")) }
        case .pages: headers = c.pages.sorted { ($0.weight, $0.header.id.slug) < ($1.weight, $1.header.id.slug) }.map { ($0.header, nil) }
        case .institutions: headers = c.institutions.map { ($0.header, label("closure_\($0.currentStatus.rawValue)")) }
        case .services: headers = c.services.map { ($0.header, label("service_\($0.kind.rawValue)")) }
        case .projects: headers = c.projects.map { ($0.header, $0.code) }
        case .organizations: headers = c.organizations.map { ($0.header, label("organization_\($0.kind.rawValue)")) }
        case .people: headers = c.people.map { ($0.header, $0.posts.first?.title) }
        case .regions: headers = c.regions.map { ($0.header, nil) }
        }
        // Dated kinds sort by the earliest day the date can be (an exact day's is that day).
        var keyed = headers.compactMap { h, meta -> (ListItem, String)? in
            guard var i = item(h.id, meta: meta, summary: kind.isDated ? h.summary : nil) else { return nil }
            i.year = h.archiveDate?.knownYear
            i.region = h.region?.slug
            return (i, h.archiveDate?.earliest?.iso ?? "")
        }
        if kind.isDated {
            keyed.sort { ($0.1, $1.0.title) > ($1.1, $0.0.title) }
        }
        var items = keyed.map(\.0)
        if !kind.isDated && kind.traits.hasListPage {
            items.sort { $0.title.compare($1.title) }
        }
        return items
    }


    func homeView(today: Day?) -> HomeView {
        let news = Array(listItems(.news).prefix(5))
        let protocols = Array(listItems(.protocols).prefix(5))
        var upcoming: [ListItem] = []
        if let today {
            let todayISO = today.iso
            let announced = site.protocols.compactMap { p -> ListItem? in
                guard let next = p.nextMeeting?.exactDay, let s = site.summary(p.header.id) else { return nil }
                let region = p.header.region.flatMap { site.resolve($0) }.flatMap { site.summary($0)?.title }
                return ListItem(title: [label("next_meeting"), region].compactMap { $0 }.joined(separator: " – "),
                                url: url(s.url), dateText: date(next), dateISO: next.iso, meta: nil, summary: nil)
            }
            upcoming = (listItems(.events) + listItems(.protocols) + announced)
                .filter { ($0.dateISO ?? "") >= todayISO }
                .sorted { ($0.dateISO ?? "") < ($1.dateISO ?? "") }
        }
        let sections = Kind.listed.map { LinkView(title: label($0.folder), url: url(URLs.list(of: $0))) }
            + [LinkView(title: label("closures_title"), url: url(Route.closures(region: nil).path)), LinkView(title: label("decisions_title"), url: url(Route.decisions(region: nil).path))]
        return HomeView(page: chrome(title: site.settings.title, path: "/", description: site.settings.description, crumbs: []),
                        t: t, title: site.settings.title, description: site.settings.description,
                        latestNews: news, latestProtocols: protocols, upcoming: upcoming, sections: sections,
                        closureTotal: closureTotal(), closureFigures: closureFigures())
    }

    func notFoundView() -> ListView {
        let sections = Kind.listed.map { ListItem(title: label($0.folder), url: url(URLs.list(of: $0))) }
        return ListView(page: chrome(title: label("not_found_title"), path: Route.notFound.path, description: nil, crumbs: []),
                        t: t, title: label("not_found_title"), items: sections, isEmpty: false)
    }
}

extension ListItem {
    init(title: String, url: SafeURL) {
        self.init(title: title, url: url, dateText: nil, dateISO: nil, meta: nil, summary: nil)
    }
}

extension String {
    /// Bulgarian-aware enough ordering for lists: by Unicode scalars, case-insensitive.
    func compare(_ other: String) -> Bool { lowercased() < other.lowercased() }
}
