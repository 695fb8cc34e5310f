import OKMModel

extension Linker {
    /// The site with one record replaced by a new version of its file, linked on its own —
    /// for `okm serve`'s quick pass, which writes the edited record's own pages at once and
    /// leaves the rest of the site to the whole build that follows.
    ///
    /// Only an edit of the record's text qualifies: its body, title or summary. Anything else
    /// (a reference, a date, a name other records' bodies are searched for, a decision, a new or
    /// a removed file) reaches other records' pages or the site's indices, and gives nil: then
    /// only the whole build is right. `edited` holds the one record, as the loader made it.
    public static func relink(_ edited: Content, in site: Site) -> Site? {
        let headers = edited.headers
        guard headers.count == 1, let mentions = site.mentions else { return nil }
        let id = headers[0].id
        guard let i = site.positions[id], var summary = site.summaries[id] else { return nil }
        var site = site
        var linked: Header?
        func take<T: Hashable>(_ new: [T], _ list: inout [T], _ header: WritableKeyPath<T, Header>) {
            guard let first = new.first, list.indices.contains(i), list[i][keyPath: header].id == id,
                  textOnly(first, list[i], header) else { return }
            var record = first
            var h = record[keyPath: header]
            h.body.blocks = mentions.apply(to: h.body.blocks, owner: id).blocks
            record[keyPath: header] = h
            list[i] = record
            linked = h
        }
        switch id.kind {
        case .protocols: take(edited.protocols, &site.content.protocols, \.header)
        case .news: take(edited.news, &site.content.news, \.header)
        case .events: take(edited.events, &site.content.events, \.header)
        case .pages: take(edited.pages, &site.content.pages, \.header)
        case .institutions: take(edited.institutions, &site.content.institutions, \.header)
        case .services: take(edited.services, &site.content.services, \.header)
        case .projects: take(edited.projects, &site.content.projects, \.header)
        case .organizations: take(edited.organizations, &site.content.organizations, \.header)
        case .people: take(edited.people, &site.content.people, \.header)
        case .regions: take(edited.regions, &site.content.regions, \.header)
        }
        guard let linked else { return nil }
        if !id.kind.isEntity { summary.title = Titles.title(of: linked) }
        site.summaries[id] = summary
        return site
    }

    /// The two versions differ at most in the body, title and summary of their header.
    static func textOnly<T: Hashable>(_ a: T, _ b: T, _ header: WritableKeyPath<T, Header>) -> Bool {
        func plain(_ x: T) -> T {
            var x = x
            x[keyPath: header].body = .empty
            x[keyPath: header].title = nil
            x[keyPath: header].summary = nil
            return x
        }
        return plain(a) == plain(b)
    }
}
