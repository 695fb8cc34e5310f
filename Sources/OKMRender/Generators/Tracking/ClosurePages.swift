import OKMModel

/// The closure pages — the whole country and each region — each with its open data
/// (`closures.csv`, `closures.json`) beside it. Inputs: the page toolkit and the theme.
struct ClosurePages: Generator {
    let ctx: RenderContext
    let theme: Theme

    func jobs() -> [RenderJob] {
        var jobs: [RenderJob] = []
        let ctx = ctx
        let scopes = ctx.closureScopes()
        for scope in scopes {
            let folder = String(scope.path.dropFirst())
            jobs.append(.page(scope.path, .generated("closures page"), theme, "closures") { ctx.closureView(scope, all: scopes) })
            jobs.append(.text(folder + "closures.csv", .generated("closures data file")) { ctx.closuresCSV(scope) })
            jobs.append(.text(folder + "closures.json", .generated("closures data file")) { ctx.closuresJSON(scope) })
        }
        return jobs
    }
}
