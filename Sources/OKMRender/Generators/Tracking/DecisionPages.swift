import OKMModel

/// The decision pages: all decisions, and filtered by status, region and responsible body
/// (`decisionPageJobs`). Inputs: the page toolkit and the theme.
struct DecisionPages: Generator {
    let ctx: RenderContext
    let theme: Theme

    func jobs() -> [RenderJob] {
        ctx.decisionPageJobs().map { path, make in RenderJob.page(path, .generated("decisions page"), theme, "decisions") { make() } }
    }
}
