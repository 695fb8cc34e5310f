import OKMModel

/// The lists of all the records that mention a record, for each record named by more records
/// than its page shows (`backlinkPages`). Inputs: the page toolkit and the theme.
struct MentionPages: Generator {
    let ctx: RenderContext
    let theme: Theme

    func jobs() -> [RenderJob] {
        ctx.backlinkPages().map { path, make in
            RenderJob.page(path, .generated("list of the records that mention a record"), theme, "list") { make() }
        }
    }
}
