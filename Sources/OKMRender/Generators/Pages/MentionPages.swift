import OKMLink
import OKMModel

/// The lists of all the records that mention a record, for each record named by more records
/// than its page shows (`backlinkPages`). Inputs: the page toolkit and the theme.
struct MentionPages: Generator {
    let ctx: RenderContext
    let theme: Theme

    func jobs() -> [RenderJob] {
        // Record by record: each list depends on its record's backlinks, not on every record's.
        Content.order.flatMap { ctx.site.ids(of: $0) }.flatMap { id in
            let (pages, reads) = SiteReads.scoped { ctx.backlinkPages(of: id) }
            return pages.map { path, make in
                var job = RenderJob.page(path, .generated("list of the records that mention a record"), theme, "list") { make() }
                job.planReads.append(reads)
                return job
            }
        }
    }
}
