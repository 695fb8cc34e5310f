import OKMLink
import OKMModel

/// `closures.csv` and `closures.json` beside every closure page: the figures of the page and
/// its charts, for checking and reuse. docs/closures.md describes both.
extension RenderContext {
    static let csvHeader = [
        "region", "slug", "name", "kind", "municipality", "capacity", "status",
        "date_operating", "date_closure_planned", "date_no_children", "date_liquidation", "date_closed", "date_restructured",
        "children_start", "children_start_date", "children_now", "replaced_by", "replaced_by_capacity", "sources", "url",
    ]

    /// One row per institution, in the order of the page's table.
    func closuresCSV(_ scope: ClosureScope) -> String {
        let rows = sortedForTable(scope.institutions, national: scope.region == nil).map { i -> [String] in
            let id = i.header.id
            let firstDate = { (s: ClosureStatus) in i.timeline.first { $0.status == s }?.placed?.iso ?? "" }
            let start = ClosureStats.startingChildren(of: i)
            let services = replacingServices(id)
            let capacities = services.compactMap(\.capacity)
            let region: String = i.header.region.flatMap(site.resolve)?.slug ?? ""
            let identity: [String] = [region, id.slug, i.names.name, i.kind.rawValue, i.municipality ?? "",
                                      i.capacity.map(String.init) ?? "", i.currentStatus.rawValue]
            let dates: [String] = ClosureStatus.stepStatuses.map(firstDate)
            let children: [String] = [start.map { String($0.children) } ?? "", start?.date?.iso ?? "",
                                      ClosureStats.currentChildren(of: i).map(String.init) ?? ""]
            var seen: Set<String> = []
            let sources: [String] = i.timeline.compactMap { $0.source.flatMap { absoluteURLs.sourceCSV($0, in: site) } }.filter { seen.insert($0).inserted }
            let replaced: [String] = [services.map(\.names.name).joined(separator: "; "),
                                      capacities.isEmpty ? "" : String(capacities.reduce(0, +)),
                                      sources.joined(separator: "; "), absolute(URLs.path(of: id, date: nil))]
            return identity + dates + children + replaced
        }
        return CSVText.file([Self.csvHeader] + rows)
    }

    func replacingServices(_ id: DocumentID) -> [Service] {
        (site.roles.replacements[id] ?? []).compactMap { s in site.service(s) }
    }

    func closuresJSON(_ scope: ClosureScope) -> String {
        let institutions = scope.institutions
        func ref(_ id: DocumentID?) -> JSONText {
            guard let id, let s = site.summary(id) else { return .null }
            return .object([("id", .string(id.description)), ("title", .string(s.title)), ("url", .string(absolute(s.url)))])
        }
        func counts(_ c: [ClosureStatus: Int]) -> JSONText { .object(ClosureStatus.allCases.map { ($0.rawValue, .int(c[$0] ?? 0)) }) }
        let items: [JSONText] = sortedForTable(institutions, national: scope.region == nil).map { i in
            let id = i.header.id
            let start = ClosureStats.startingChildren(of: i)
            return .object([
                ("id", .string(id.description)), ("name", .string(i.names.name)), ("short", .optional(i.names.short)),
                ("url", .string(absolute(URLs.path(of: id, date: nil)))), ("kind", .string(i.kind.rawValue)),
                ("region", .optional(i.header.region.flatMap(site.resolve)?.slug)), ("municipality", .optional(i.municipality)),
                ("capacity", .optional(i.capacity)), ("status", .string(i.currentStatus.rawValue)),
                ("children_start", start.map { .object([("date", .optional($0.date?.iso)), ("children", .int($0.children))]) } ?? .null),
                ("children_now", .optional(ClosureStats.currentChildren(of: i))),
                ("timeline", .array(i.timeline.map { m in
                    .object([("date", .optional(m.archiveDate?.text)), ("placed", .optional(m.placed?.iso)),
                             ("status", .string(m.status.rawValue)), ("children", .optional(m.children)),
                             ("note", .optional(m.note)), ("source", sourceJSONText(m.source))])
                })),
                ("replaced_by", .array(replacingServices(id).map { s in
                    .object([("id", .string(s.header.id.description)), ("name", .string(s.names.name)),
                             ("url", .string(absolute(URLs.path(of: s.header.id, date: nil)))),
                             ("capacity", .optional(s.capacity)), ("opened", .optional(s.opened?.text))])
                })),
            ])
        }
        let byYear: [JSONText] = ClosureStats.yearEnds(institutions).map { end in
            let children = ClosureStats.children(institutions, on: end)
            return .object([("date", .string(end.iso)), ("counts", counts(ClosureStats.counts(institutions, on: end))),
                            ("children", .int(children.total)), ("children_unknown", .int(children.unknown))])
        }
        let services: [JSONText] = ClosureStats.servicesOpenedPerYear(scope.services).map {
            .object([("year", .int($0.year)), ("services", .int($0.services)), ("capacity", .int($0.capacity))])
        }
        return JSONText.object([
            ("format", .string("okm-closures/1")),
            ("region", .optional(scope.region?.header.id.slug)),
            ("name", .string(scope.region?.names.name ?? site.settings.title)),
            ("url", .string(absolute(scope.path))),
            ("as_of", .optional(ClosureStats.lastDate(institutions)?.iso)),
            ("total", .int(institutions.count)),
            ("counts", counts(ClosureStats.currentCounts(institutions))),
            ("institutions", .array(items)),
            ("by_year", .array(byYear)),
            ("by_year_left_out", .int(ClosureStats.unplaced(institutions))),
            ("services_opened", .array(services)),
        ]).serialized()
    }
}
