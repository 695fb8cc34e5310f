import OKMLink
import OKMModel

/// The answer to "how many homes were closed?" where a citizen first looks: the home page,
/// /institutions/ and each region page, in words, linking the closure pages. The figures are
/// those of the closure pages (`ClosureStats.currentCounts`).
extension RenderContext {
    /// "Закрити или преобразувани: 3 от 6 институции в Област Русе"; without a region, in all.
    func closureSentence(_ institutions: [Institution], region: String?) -> String {
        let c = ClosureStats.currentCounts(institutions)
        let done = ClosureStats.closing(c)
        let one = institutions.count == 1 ? "_one" : ""
        var values = ["done": ChartFormat.number(done), "total": ChartFormat.number(institutions.count)]
        // Institutions no source gives a status for are neither closed nor operating: said apart.
        let unknown = c[.unknown] ?? 0
        let tail = unknown == 0 ? "" : label("home_closures_separator") + fill("home_closures_unknown", ["count": ChartFormat.number(unknown)])
        guard let region else { return fill("home_closures_all\(one)", values) + tail }
        values["region"] = region
        return fill("home_closures_region\(one)", values) + tail
    }

    /// One sentence per region that has institutions, linking its closure page, by name.
    func closureFigures() -> [LinkView] {
        closureScopes().compactMap { scope -> LinkView? in
            guard let r = scope.region, !scope.institutions.isEmpty else { return nil }
            return LinkView(title: closureSentence(scope.institutions, region: r.names.name), url: url(scope.path))
        }.sorted { $0.title.compare($1.title) }
    }

    /// The sentence for the whole site, linking /closures/; nil without institutions.
    func closureTotal() -> LinkView? {
        let all = site.institutions
        guard !all.isEmpty else { return nil }
        return LinkView(title: closureSentence(all, region: nil), url: url(Route.closures(region: nil).path))
    }
}
