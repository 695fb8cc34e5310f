import OKMLink
import OKMModel

/// `/closures/` and `/regions/<slug>/closures/`: how far the closure of the institutions has
/// come, in one region or in the whole country.
struct ClosurePageView: Sendable {
    var page: Chrome
    var t: [String: String]
    var title: String
    var lead: String?
    var isEmpty: Bool
    var progressText: String
    /// Built here from numbers and the chart patterns only.
    var progressSVG: String
    var counts: [StatusCountView]
    var rows: [ClosureRowView]
    var tableCaption: String
    /// The national page has a region column and links to every region's page.
    var showRegion: Bool
    var regions: [LinkView]
    var charts: [ChartView]
    var data: [LinkView]
    var decisions: LinkView?
}

struct StatusCountView: Sendable {
    var key: String
    var label: String
    var count: String
    var share: String
    /// A small square in the status' pattern (built here).
    var swatch: String
}

struct ClosureRowView: Sendable {
    var institution: LinkView
    var regionLink: LinkView?
    var status: String
    var statusKey: String
    var milestones: [MilestoneView]
    var childrenStart: String?
    var childrenNow: String?
    var replacements: [LinkView]
}

/// Which institutions and services a closure page covers.
struct ClosureScope: Sendable {
    var region: Region?
    var institutions: [Institution]
    var services: [Service]

    /// The page's folder: `/closures/` or `/regions/<slug>/closures/`.
    var path: String { Route.closures(region: region?.header.id.slug).path }
}

extension RenderContext {
    func closureScopes() -> [ClosureScope] {
        let c = site  // its lists, each read as a kind's (`SiteReads`)
        var scopes = [ClosureScope(region: nil, institutions: c.institutions, services: c.services)]
        for r in c.regions {
            let id = r.header.id
            scopes.append(ClosureScope(region: r, institutions: c.institutions.filter { $0.header.region.flatMap(site.resolve) == id },
                                       services: c.services.filter { $0.header.region.flatMap(site.resolve) == id }))
        }
        return scopes
    }

    func closureView(_ scope: ClosureScope, all: [ClosureScope]) -> ClosurePageView {
        let institutions = scope.institutions
        let counts = ClosureStats.currentCounts(institutions)
        let total = institutions.count
        let done = ClosureStats.closing(counts)
        let title = scope.region.map { "\(label("closures_title")) – \($0.names.name)" } ?? label("closures_title")
        let crumbs = scope.region.map { [LinkView(title: label("closures_title"), url: url(Route.closures(region: nil).path)),
                                         LinkView(title: $0.names.name, url: url(URLs.path(of: $0.header.id, date: nil)), titleLang: titleLang($0.header.id))] } ?? []
        let prefix = "progress"
        // "няма данни" only where some institution has no timeline.
        let statusCounts = ClosureStatus.allCases.filter { $0 != .unknown || (counts[$0] ?? 0) > 0 }.map { s in
            StatusCountView(key: s.rawValue, label: label("closure_\(s.rawValue)"), count: ChartFormat.number(counts[s] ?? 0),
                            share: ChartFormat.percent(counts[s] ?? 0, of: total), swatch: ChartStyle.of(s).swatch(prefix))
        }
        let rows = sortedForTable(institutions, national: scope.region == nil).map(closureRow)
        let regions = scope.region == nil ? all.compactMap { other -> LinkView? in
            guard let r = other.region else { return nil }
            let c = ClosureStats.currentCounts(other.institutions)
            let closed = ClosureStats.closing(c)
            let meta = other.institutions.isEmpty ? label("closures_none_short")
                : fill("closures_region_meta", ["done": String(closed), "total": String(other.institutions.count)])
            return LinkView(title: r.names.name, url: url(other.path), meta: meta, titleLang: titleLang(r.header.id))
        } : []
        let lead = ClosureStats.lastDate(institutions).flatMap { date($0) }.map { fill("closures_as_of", ["date": $0]) }
        let decisions = scope.region.map { r in
            site.decisions.all.contains { $0.region == r.header.id }
                ? LinkView(title: label("decisions_title"), url: url(Route.decisions(region: r.header.id.slug).path)) : nil
        } ?? LinkView(title: label("decisions_title"), url: url(Route.decisions(region: nil).path))
        return ClosurePageView(
            page: chrome(title: title, path: scope.path, description: label("closures_description"), crumbs: crumbs),
            t: t, title: title, lead: lead, isEmpty: institutions.isEmpty,
            progressText: fill("closures_progress", ["done": ChartFormat.number(done), "total": ChartFormat.number(total),
                                                     "percent": ChartFormat.percent(done, of: total)]),
            progressSVG: progressBar(counts, total: total, prefix: prefix), counts: statusCounts, rows: rows,
            tableCaption: label(scope.region == nil ? "closures_table_caption_national" : "closures_table_caption"),
            showRegion: scope.region == nil, regions: regions,
            charts: closureCharts(institutions, scope.services),
            data: [LinkView(title: "closures.csv", url: url(scope.path + "closures.csv"), meta: label("closures_data_csv")),
                   LinkView(title: "closures.json", url: url(scope.path + "closures.json"), meta: label("closures_data_json"))],
            decisions: decisions)
    }

    /// By region (national page), then from operating to closed, then by name.
    func sortedForTable(_ institutions: [Institution], national: Bool) -> [Institution] {
        func regionName(_ i: Institution) -> String {
            national ? (i.header.region.flatMap(site.resolve).flatMap { site.summary($0)?.title } ?? "\u{10FFFF}") : ""
        }
        return institutions.sorted {
            (regionName($0).lowercased(), $0.currentStatus.rank, $0.names.display.lowercased(), $0.header.id.slug)
                < (regionName($1).lowercased(), $1.currentStatus.rank, $1.names.display.lowercased(), $1.header.id.slug)
        }
    }

    func closureRow(_ i: Institution) -> ClosureRowView {
        let id = i.header.id
        let replacements = (site.roles.replacements[id] ?? []).compactMap { s -> LinkView? in
            guard var l = link(s) else { return nil }
            l.meta = site.service(s)?.capacity.map { "\(label("capacity")): \($0)" }
            return l
        }
        let start = ClosureStats.startingChildren(of: i)
        return ClosureRowView(
            institution: LinkView(title: i.names.display, url: url(URLs.path(of: id, date: nil)), titleLang: titleLang(id)),
            regionLink: i.header.region.flatMap(site.resolve).flatMap { r in site.region(r) }
                .map { LinkView(title: $0.names.display, url: url(URLs.path(of: $0.header.id, date: nil)), titleLang: titleLang($0.header.id)) },
            status: label("closure_\(i.currentStatus.rawValue)"), statusKey: i.currentStatus.rawValue,
            milestones: milestoneViews(i), childrenStart: start.map { s in s.date.map { "\(s.children) (\(date($0) ?? $0.iso))" } ?? String(s.children) },
            childrenNow: ClosureStats.currentChildren(of: i).map(String.init), replacements: replacements)
    }

    func milestoneViews(_ i: Institution) -> [MilestoneView] {
        i.timeline.map { m in
            MilestoneView(date: date(m.archiveDate), dateISO: dateISO(m.archiveDate), status: label("closure_\(m.status.rawValue)"),
                          children: m.children.map(String.init), source: link(m.source), note: m.note, statusKey: m.status.rawValue, undated: m.archiveDate == nil)
        }
    }
}

extension RenderContext {
    /// The institution's current status, linked to the closure page of its region (or the country's).
    func closureStatusLink(_ i: Institution) -> LinkView {
        let region = i.header.region.flatMap(site.resolve)
        return LinkView(title: label("closure_\(i.currentStatus.rawValue)"),
                        url: url(Route.closures(region: region?.slug).path))
    }
}
