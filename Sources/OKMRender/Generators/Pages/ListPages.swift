import OKMModel

/// The list pages of every listed kind (by year, by region, paginated), the home page and the
/// "page not found" page. Inputs: the page toolkit, the theme, and today (the home page's
/// upcoming meetings; nil leaves them out).
struct ListPages: Generator {
    let ctx: RenderContext
    let theme: Theme
    let today: Day?

    func jobs() -> [RenderJob] {
        var jobs: [RenderJob] = []
        for kind in Kind.listed {
            // A kind's lists are made together here: each depends on what made any of them.
            let (archives, reads) = SiteReads.scoped { self.ctx.archives(kind) }
            for (path, view) in archives {
                var job = RenderJob.page(path, .generated("list page"), theme, "list") { view }
                job.planReads.append(reads)
                jobs.append(job)
            }
        }
        let ctx = ctx, today = today
        jobs.append(.page(Route.home.path, .generated("home page"), theme, "home") { ctx.homeView(today: today) })
        jobs.append(.page(Route.notFound.path, .generated("'page not found' page"), theme, "404") { ctx.notFoundView() })
        return jobs
    }
}
