import OKMModel

/// The open data page (`/data/`), the search page (`/search/`) and, when the site has one,
/// the accessibility statement. Inputs: the page toolkit, the theme, and whether Pagefind
/// indexes this build (else `/search/` says search is unavailable).
struct DataAndSearchPages: Generator {
    let ctx: RenderContext
    let theme: Theme
    let search: Bool

    func jobs() -> [RenderJob] {
        let ctx = ctx, search = search
        var jobs: [RenderJob] = [
            .page(Route.dataPage.path, .generated("open data page"), theme, "data") { ctx.dataPageView() },
            .page(Route.search.path, .generated("search page"), theme, "search") { ctx.searchView(available: search) },
        ]
        if let statement = ctx.site.settings.accessibility {
            jobs.append(.page(Route.accessibility.path, .generated("accessibility statement"), theme, "accessibility") { ctx.accessibilityView(statement) })
        }
        return jobs
    }
}
