import OKMLink
import OKMModel

/// One decision in a table of decisions from several meetings.
struct DecisionRowView: Sendable {
    var id: String
    /// "Решение 1 по т. 1 от Протокол № 2/2014" (DecisionNames.swift): what readers see.
    var name: String
    /// The decision on its protocol's page.
    var url: SafeURL
    var text: String
    var protocolLink: LinkView?
    var regionLink: LinkView?
    var responsible: [LinkView]
    var due: String?
    var dueISO: String?
    var status: String
    var statusKey: String
    var overdue: Bool
    var closedBy: LinkView?
    var source: LinkView?
}

struct DecisionGroupView: Sendable {
    var key: String
    var heading: String
    var count: Int
    var rows: [DecisionRowView]
    /// Where the rest are, when the table shows only some of them.
    var more: LinkView? = nil
}

/// A set of filter links.
struct FilterGroupView: Sendable {
    var heading: String
    var links: [MenuLink]
}

/// `/decisions/` and its filtered pages: one static page per status, region and responsible body.
struct DecisionsPageView: Sendable {
    var page: Chrome
    var t: [String: String]
    var title: String
    var lead: String?
    var filters: [FilterGroupView]
    var groups: [DecisionGroupView]
    var isEmpty: Bool
    var showRegion: Bool
    /// Long lists are split into pages of `decisionsPageSize` rows (`…/page/N/`).
    var pager: PagerView?
}

extension RenderContext {
    /// The decisions of a protocol, for its own page.
    func decisionViews(_ p: ProtocolRecord) -> [DecisionView] {
        zip(zip(p.decisions, DecisionIDs.ids(for: p)), DecisionIDs.numbersInItems(for: p)).map { pair, number in
            let (d, id) = pair
            return DecisionView(anchor: DecisionIDs.anchor(id), label: decisionName(number: number, item: d.agendaItem), text: d.text,
                                agendaItem: d.agendaItem, responsible: links(d.responsible), due: date(d.due),
                                status: label("status_\(d.status.rawValue)"), statusKey: d.status.rawValue,
                                closedBy: link(d.closedBy), source: link(d.source), id: id, overdue: d.isOverdue(today: today))
        }
    }

    func decisionRow(_ d: TrackedDecision) -> DecisionRowView {
        let meeting = site.summary(d.protocolID)
        return DecisionRowView(
            id: d.id, name: decisionName(d), url: url((meeting?.url ?? "/") + "#" + d.anchor), text: d.decision.text, protocolLink: link(d.protocolID),
            regionLink: d.region.flatMap { site.summary($0) }.map { LinkView(title: $0.title, url: url($0.url)) },
            responsible: d.responsible.compactMap { id in site.summary(id).map { LinkView(title: $0.title, url: url($0.url)) } },
            due: date(d.decision.due), dueISO: dateISO(d.decision.due),
            status: label("status_\(d.decision.status.rawValue)"), statusKey: d.decision.status.rawValue,
            overdue: d.isOverdue(today: today), closedBy: d.closedBy.flatMap(link), source: link(d.decision.source))
    }

    /// How many earlier open decisions a protocol's page lists. A mechanism that leaves many
    /// open would otherwise repeat them all on every later protocol: pages growing with the
    /// archive, and a build growing with its square. The rest are on the region's decision page.
    static let earlierShown = 10

    /// Earlier decisions of the mechanism still open when the protocol's meeting took place,
    /// the oldest first.
    func earlierOpen(_ p: ProtocolRecord) -> DecisionGroupView? {
        let region = p.header.region.flatMap(site.resolve)
        let open = site.decisions.outstanding(at: p.header.id, region: region, date: p.header.date, first: Self.earlierShown)
        guard open.count > 0 else { return nil }
        var group = DecisionGroupView(key: "earlier", heading: label("decisions_earlier_open"), count: open.count,
                                      rows: open.first.map(decisionRow))
        if open.count > Self.earlierShown, let region {
            group.more = LinkView(title: fill("decisions_earlier_more", ["shown": "\(Self.earlierShown)", "count": "\(open.count)"]),
                                  url: url(Route.decisions(region: region.slug).path))
        }
        return group
    }

    /// Open first, each status in its own group; open ones by due date, closed ones newest first.
    /// The groups hold places in `all`, not copies of the decisions: the decision pages keep the
    /// order of every list (all, by status, region and responsible body) from the plan until the
    /// pages are made, and copies of the decisions were two fifths of a build's memory at its peak.
    func orderedDecisions(_ places: [Int], in all: [TrackedDecision]) -> [(status: DecisionStatus, items: [Int])] {
        DecisionStatus.allCases.compactMap { status in
            let items = places.filter { all[$0].decision.status == status }
            guard !items.isEmpty else { return nil }
            // Each item's dates as text once, not at every comparison (a sort of a national
            // archive's decisions made millions of date strings).
            var keyed = items.map { i in
                let d = all[i]
                // By the earliest day the due date allows (an open start by its latest), undated last.
                let due = status.isOpen ? (d.decision.due?.earliest ?? d.decision.due?.latest)?.iso ?? "9999" : ""
                return (place: i, due: due, date: d.date?.iso ?? "", id: d.id)
            }
            if status.isOpen {
                keyed.sort { x, y in (x.due, x.date, x.id) < (y.due, y.date, y.id) }
            } else {
                keyed.sort { x, y in (x.date, y.id) > (y.date, x.id) }
            }
            return (status, keyed.map(\.place))
        }
    }

    /// Rows per page of a decisions list: `/decisions/` of a national archive holds tens of
    /// thousands of decisions, and one page of them all was a hundred megabytes.
    static let decisionsPageSize = 100

    /// Every page of decisions: all, by status, by region, by responsible organization or person.
    func decisionPages() -> [(path: String, view: DecisionsPageView)] { decisionPageJobs().map { ($0.path, $0.make()) } }

    /// The same pages, each built when its job runs. A page's filter links are the other lists,
    /// with their counts; the responsible bodies, which grow with the archive, are listed once,
    /// on `/decisions/responsible/`, and every other page links there (listing them all on
    /// every page made the decision pages grow with the square of the archive).
    func decisionPageJobs() -> [(path: String, make: @Sendable () -> DecisionsPageView)] {
        struct Spec: Sendable { var path, title, filterTitle: String; var group: Int; var list: [Int]; var crumbs: [LinkView]; var showRegion: Bool }
        let all = site.decisions.all
        let home = LinkView(title: label("decisions_title"), url: url(Route.decisions(region: nil).path))
        var specs = [Spec(path: Route.decisions(region: nil).path, title: label("decisions_title"), filterTitle: label("all"), group: 0, list: Array(all.indices), crumbs: [], showRegion: true)]
        for s in DecisionStatus.allCases {
            specs.append(Spec(path: Route.decisionStatus(s.rawValue).path, title: "\(label("decisions_title")) – \(label("decisions_\(s.rawValue)"))",
                              filterTitle: label("decisions_\(s.rawValue)"), group: 0, list: all.indices.filter { all[$0].decision.status == s }, crumbs: [home], showRegion: true))
        }
        var byRegion: [DocumentID: [Int]] = [:], byBody: [DocumentID: [Int]] = [:]
        for (i, d) in all.enumerated() {
            if let r = d.region { byRegion[r, default: []].append(i) }
            for b in d.responsible { byBody[b, default: []].append(i) }
        }
        for r in byRegion.keys.sorted() {
            let name = site.summary(r)?.title ?? r.slug
            specs.append(Spec(path: Route.decisions(region: r.slug).path, title: "\(label("decisions_title")) – \(name)", filterTitle: name, group: 1,
                              list: byRegion[r]!, crumbs: [home, LinkView(title: name, url: url(URLs.path(of: r, date: nil)))], showRegion: false))
        }
        for b in byBody.keys.sorted(by: { (site.summary($0)?.title ?? "").compare(site.summary($1)?.title ?? "") }) {
            let name = site.summary(b)?.title ?? b.slug
            specs.append(Spec(path: responsibleDecisionsPath(b), title: "\(label("decisions_title")) – \(name)", filterTitle: name, group: 2,
                              list: byBody[b]!, crumbs: [home], showRegion: true))
        }
        let indexPath = Self.responsibleIndexPath
        let indexTitle = label("decisions_responsible_index")
        let links = specs.map { (group: $0.group, title: "\($0.filterTitle) (\($0.list.count))", path: $0.path) }
        let groupLinks = (0..<3).map { g in links.filter { $0.group == g } }
        let bodies = groupLinks[2]
        let bodyByPath = Dictionary(bodies.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let headings = [label("decisions_filter_status"), label("decisions_filter_region"), label("decisions_filter_responsible")]
        let lead = today.flatMap { date($0) }.map { fill("decisions_overdue_as_of", ["date": $0]) }
        let ctx = self
        @Sendable func filters(current: String) -> [FilterGroupView] {
            func menu(_ l: (group: Int, title: String, path: String)) -> MenuLink {
                MenuLink(title: l.title, url: ctx.url(l.path), current: l.path == current)
            }
            return (0..<3).compactMap { g -> FilterGroupView? in
                var items: [MenuLink]
                if g < 2 {
                    items = groupLinks[g].map(menu)
                } else if bodies.isEmpty {
                    items = []
                } else {
                    items = [MenuLink(title: "\(indexTitle) (\(bodies.count))", url: ctx.url(indexPath), current: current == indexPath)]
                    items += current == indexPath ? bodies.map(menu) : (bodyByPath[current].map { [menu($0)] } ?? [])
                }
                return items.isEmpty ? nil : FilterGroupView(heading: headings[g], links: items)
            }
        }
        var jobs: [(path: String, make: @Sendable () -> DecisionsPageView)] = []
        for spec in specs {
            let ordered = orderedDecisions(spec.list, in: all)
            let size = Self.decisionsPageSize
            let count = max(1, (spec.list.count + size - 1) / size)
            func path(_ n: Int) -> String { Route.page(n, of: spec.path) }
            for n in 1...count {
                let here = path(n)
                let title = count > 1 ? "\(spec.title) (\(n)/\(count))" : spec.title
                let pager = self.pager(page: n, of: count, path: path)
                jobs.append((here, {
                    DecisionsPageView(page: ctx.chrome(title: title, path: here, description: ctx.label("decisions_description"), crumbs: spec.crumbs),
                                      t: ctx.t, title: title, lead: lead, filters: filters(current: spec.path),
                                      groups: ctx.decisionGroups(ordered, in: all, rows: (n - 1) * size..<n * size),
                                      isEmpty: spec.list.isEmpty, showRegion: spec.showRegion, pager: pager)
                }))
            }
        }
        if !bodies.isEmpty {
            let title = "\(label("decisions_title")) – \(indexTitle)"
            jobs.append((indexPath, {
                DecisionsPageView(page: ctx.chrome(title: title, path: indexPath, description: ctx.label("decisions_description"), crumbs: [home]),
                                  t: ctx.t, title: title, lead: nil, filters: filters(current: indexPath), groups: [],
                                  isEmpty: false, showRegion: true, pager: nil)
            }))
        }
        return jobs
    }

    static let responsibleIndexPath = Route.responsibleIndex.path

    /// The tables of one page of a list: the rows `rows` of the groups laid end to end; each
    /// table keeps its group's whole count in its heading.
    func decisionGroups(_ ordered: [(status: DecisionStatus, items: [Int])], in all: [TrackedDecision], rows: Range<Int>) -> [DecisionGroupView] {
        var start = 0
        var out: [DecisionGroupView] = []
        for (status, items) in ordered {
            let low = max(rows.lowerBound, start), high = min(rows.upperBound, start + items.count)
            if low < high {
                out.append(DecisionGroupView(key: status.rawValue, heading: label("decisions_\(status.rawValue)"), count: items.count,
                                             rows: items[(low - start)..<(high - start)].map { decisionRow(all[$0]) }))
            }
            start += items.count
        }
        return out
    }

    /// How many of its decisions an organization's or person's page lists.
    static let responsibilitiesShown = 10

    func responsibleDecisionsPath(_ id: DocumentID) -> String { Route.responsible(id).path }

    /// On an organization's or person's page: the decisions it must carry out, open first.
    func responsibilities(_ id: DocumentID) -> BacklinkGroup? {
        let mine = site.decisions.decisions(responsible: id)
        guard !mine.isEmpty else { return nil }
        // The first ones, open first; the table of all of them is a link away (a national body
        // is responsible for thousands of decisions in a national archive).
        let ordered = decisionGroups(orderedDecisions(Array(mine.indices), in: mine), in: mine, rows: 0..<Self.responsibilitiesShown).flatMap(\.rows)
        var items = ordered.map { r in
            let meta = [r.protocolLink.map { [$0.title, $0.meta].compactMap { $0 }.joined(separator: ", ") }, r.status,
                        r.due.map { "\(label("due")): \($0)" }, r.overdue ? label("decisions_overdue") : nil].compactMap { $0 }
            return LinkView(title: r.text, url: r.url, meta: meta.joined(separator: " · "))
        }
        items.append(LinkView(title: label("decisions_all_of"), url: url(responsibleDecisionsPath(id))))
        return BacklinkGroup(heading: label("responsible_for"), count: mine.count, items: items)
    }

    /// On any record that a decision names in `closed_by`: the decisions it closes.
    func closesGroup(_ id: DocumentID) -> BacklinkGroup? {
        let closed = site.decisions.closed(by: id)
        guard !closed.isEmpty else { return nil }
        let items = closed.map { d in
            let row = decisionRow(d)
            return LinkView(title: "\(row.name): \(d.decision.text)", url: row.url,
                            meta: [row.protocolLink?.title, row.status].compactMap { $0 }.joined(separator: " · "))
        }
        return BacklinkGroup(heading: label("decisions_closes"), count: items.count, items: items)
    }
}

extension RenderContext {
    /// A region page's links to its closure page (always there) and its decisions (when it has any).
    func regionTrackingLinks(_ region: DocumentID) -> [LinkView] {
        // The meta says what it counts: "3 от 6 институции закрити или преобразувани", not "6".
        let institutions = site.institutions.filter { $0.header.region.flatMap(site.resolve) == region }
        let c = ClosureStats.currentCounts(institutions)
        let meta = fill("closures_link_meta", ["done": ChartFormat.number(ClosureStats.closing(c)),
                                                  "total": ChartFormat.number(institutions.count)])
        var out = [LinkView(title: label("closures_title"), url: url(Route.closures(region: region.slug).path), meta: meta)]
        let decisions = site.decisions.byRegion[region]?.count ?? 0
        if decisions > 0 {
            out.append(LinkView(title: label("decisions_title"), url: url(Route.decisions(region: region.slug).path), meta: "\(decisions)"))
        }
        return out
    }
}
