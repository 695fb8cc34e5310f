import OKMLink
import OKMModel

/// The list pages: every kind at `/<kind>/`, dated kinds also by year (`/<kind>/<year>/`)
/// and by region (`/regions/<slug>/<kind>/`); each paginated at `…/page/N/`.
extension RenderContext {
    static let pageSize = 50

    func archives(_ kind: Kind) -> [(path: String, view: ListView)] {
        let all = listItems(kind)
        let base = URLs.list(of: kind)
        var out: [(String, ListView)] = []
        let years = kind.isDated ? Array(Set(all.compactMap(\.year))).sorted(by: >) : []
        // Records whose year is not known (`2016/..`, `201X`): their own list, after the years.
        let undated = kind.isDated ? all.filter { $0.year == nil } : []
        let undatedBase = Route.year(kind, nil).path
        func yearLinks(current: Int?, undatedPage: Bool = false) -> [MenuLink] {
            years.map { y in
                MenuLink(title: "\(y) (\(all.filter { $0.year == y }.count))", url: url(Route.year(kind, y).path), current: y == current)
            } + (undated.isEmpty ? [] : [MenuLink(title: "\(label("archive_undated")) (\(undated.count))", url: url(undatedBase), current: undatedPage)])
        }
        out += paginate(all, base: base, title: label(kind.folder), years: yearLinks(current: nil), parent: nil)
        for y in years {
            out += paginate(all.filter { $0.year == y }, base: Route.year(kind, y).path, title: "\(label(kind.folder)) – \(y)",
                            years: yearLinks(current: y), parent: LinkView(title: label(kind.folder), url: url(base)))
        }
        if !undated.isEmpty {
            out += paginate(undated, base: undatedBase, title: "\(label(kind.folder)) – \(label("archive_undated"))",
                            years: yearLinks(current: nil, undatedPage: true), parent: LinkView(title: label(kind.folder), url: url(base)))
        }
        if kind.isDated {
            for r in site.regions {
                let items = all.filter { $0.region == r.header.id.slug }
                guard !items.isEmpty else { continue }
                out += paginate(items, base: Route.regionList(region: r.header.id.slug, kind).path,
                                title: "\(label(kind.folder)) – \(r.names.name)", years: [],
                                parent: LinkView(title: r.names.name, url: url(URLs.path(of: r.header.id, date: nil)), titleLang: titleLang(r.header.id)))
            }
        }
        return out
    }

    /// The links between the pages of a list: previous, next, the first and the last page and
    /// the three on either side of this one. (Every page number on every page made a list of
    /// a national archive grow with the square of its length.) Nil for a list of one page.
    func pager(page n: Int, of count: Int, path: (Int) -> String) -> PagerView? {
        guard count > 1 else { return nil }
        let shown = Set([1, count] + Array(max(1, n - 3)...min(count, n + 3))).sorted()
        return PagerView(previous: n > 1 ? url(path(n - 1)) : nil, next: n < count ? url(path(n + 1)) : nil,
                         pages: shown.map { MenuLink(title: "\($0)", url: url(path($0)), current: $0 == n) },
                         label: label("pages_nav"))
    }

    func paginate(_ items: [ListItem], base: String, title: String, years: [MenuLink], parent: LinkView?) -> [(path: String, view: ListView)] {
        paginated(total: items.count, base: base, title: title, years: years, parent: parent) { Array(items[$0]) }
            .map { ($0.path, $0.make()) }
    }

    /// The pages of a list of `total` items, each made when its job runs (`items` gives the
    /// items of a range), so long lists are not all held at once.
    func paginated(total: Int, base: String, title: String, years: [MenuLink], parent: LinkView?,
                   items: @escaping @Sendable (Range<Int>) -> [ListItem]) -> [(path: String, make: @Sendable () -> ListView)] {
        let size = Self.pageSize
        let count = max(1, (total + size - 1) / size)
        let ctx = self
        let figures = base == Route.list(.institutions).path ? closureTotal() : nil
        @Sendable func path(_ n: Int) -> String { Route.page(n, of: base) }
        return (1...count).map { n in
            (path(n), {
                let slice = items(min(total, (n - 1) * size)..<min(total, n * size))
                let pageTitle = count > 1 ? "\(title) (\(n)/\(count))" : title
                return ListView(page: ctx.chrome(title: pageTitle, path: path(n), description: nil, crumbs: parent.map { [$0] } ?? []),
                                t: ctx.t, title: pageTitle, items: slice, isEmpty: slice.isEmpty,
                                years: years, parent: parent, pager: ctx.pager(page: n, of: count, path: path), closureTotal: figures)
            })
        }
    }
}
