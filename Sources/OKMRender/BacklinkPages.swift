import OKMLink
import OKMModel

/// A record that many others name — a national body, a person at every meeting — lists the
/// newest of them on its page and links a paginated list of all of them,
/// `<its URL>mentions/`: its page would otherwise grow with the archive (3 MB at 100 000 records).
extension RenderContext {
    /// How many items a group of backlinks or roles shows on a record's page.
    static let backlinksShown = 20

    /// The records this one names (`named`, first) and the records that name it, by kind, each
    /// record once and each kind capped: one list, "Свързани", where the page showed the same
    /// links twice ("Свързани" and "Споменава се в").
    func relatedGroups(_ id: DocumentID, named: [DocumentID]) -> [BacklinkGroup] {
        var seen: Set<DocumentID> = [id]
        let all = (named + site.backlinks(of: id)).filter { seen.insert($0).inserted }
        return grouped(all, limit: shownLimit(id)).map { capped($0, of: id) }
    }

    /// How many items of a group on the page of `id` are shown: all, unless it has the list.
    func shownLimit(_ id: DocumentID) -> Int { hasBacklinkPages(id) ? Self.backlinksShown : .max }

    /// The group with its first `backlinksShown` items and a link to the list of all records
    /// that name `id`, when it has more. (The group's `count` is of all of them.)
    func capped(_ group: BacklinkGroup, of id: DocumentID) -> BacklinkGroup {
        guard group.count > Self.backlinksShown, hasBacklinkPages(id) else { return group }
        var group = group
        group.items = Array(group.items.prefix(Self.backlinksShown))
        group.more = LinkView(title: fill("backlinks_all", ["count": "\(site.backlinks(of: id).count)"]),
                              url: url(backlinksPath(id)))
        return group
    }

    func backlinksPath(_ id: DocumentID) -> String { (site.summary(id)?.url ?? URLs.path(of: id, date: nil)) + "mentions/" }

    /// A record named by more records than a group shows has the list of all of them. (A role
    /// list longer than that names fewer distinct records only when one record holds several of
    /// its roles, as a reporter of several agenda items; it is shown whole.)
    func hasBacklinkPages(_ id: DocumentID) -> Bool { site.backlinks(of: id).count > Self.backlinksShown }

    /// The lists of all records naming a record, for every record that has them.
    func backlinkPages() -> [(path: String, make: @Sendable () -> ListView)] {
        Content.order.flatMap { site.ids(of: $0) }.flatMap(backlinkPages(of:))
    }

    /// The lists of all records naming `id`, when it has them; each page made when its job runs.
    func backlinkPages(of id: DocumentID) -> [(path: String, make: @Sendable () -> ListView)] {
        let all = site.backlinks(of: id)
        guard all.count > Self.backlinksShown, let s = site.summary(id) else { return [] }
        let ctx = self
        return paginated(total: all.count, base: backlinksPath(id), title: "\(label("mentioned_in")) – \(s.title)", years: [],
                         parent: LinkView(title: s.title, url: url(s.url))) { range in
            all[range].compactMap { ctx.item($0, meta: ctx.label($0.kind.folder)) }
        }
    }
}
