import OKMLink
import OKMModel
import OKMTemplate

/// Every record's own page, through its kind's template.
/// Inputs: the page toolkit (`RenderContext`: the site, its words, its URLs) and the theme.
struct RecordPages: Generator {
    let ctx: RenderContext
    let theme: Theme

    func jobs() -> [RenderJob] {
        let site = ctx.site
        // In the content's order (`Content.headers`); each job's plan reads are its record's own.
        return Content.order.flatMap { site.ids(of: $0) }.compactMap { id in
            let (job, reads) = SiteReads.scoped { () -> RenderJob? in
                guard let (template, make) = Self.page(ctx, id) else { return nil }
                let url = site.summary(id)?.url ?? site.header(id).map { URLs.path(of: id, archiveDate: $0.archiveDate) } ?? ""
                return RenderJob.page(url, .record(id), theme, template, make)
            }
            return job.map { job in
                var job = job
                job.planReads.append(reads)
                return job
            }
        }
    }

    /// The template and view model of one record's own page.
    static func page(_ ctx: RenderContext, _ id: DocumentID) -> (String, @Sendable () -> any TemplateView)? {
        let site = ctx.site
        let template = id.kind.traits.template
        func view<T: Sendable>(_ record: T?, _ make: @escaping @Sendable (T) -> any TemplateView) -> (String, @Sendable () -> any TemplateView)? {
            record.map { x in (template, { make(x) }) }
        }
        switch id.kind {
        case .protocols: return view(site.protocolRecord(id)) { ctx.view($0) }
        case .news: return view(site.newsItem(id)) { ctx.view($0) }
        case .events: return view(site.event(id)) { ctx.view($0) }
        case .pages: return view(site.page(id)) { ctx.view($0) }
        case .institutions: return view(site.institution(id)) { ctx.view($0) }
        case .services: return view(site.service(id)) { ctx.view($0) }
        case .projects: return view(site.project(id)) { ctx.view($0) }
        case .organizations: return view(site.organization(id)) { ctx.view($0) }
        case .people: return view(site.person(id)) { ctx.view($0) }
        case .regions: return view(site.region(id)) { ctx.view($0) }
        }
    }
}
