import OKMModel
import OKMTemplate

/// One family of output files — the records' pages, the list pages, the feeds, the calendars,
/// open data, the print editions… — as a type holding only the inputs it reads, with the render
/// jobs of its files (path, claimant, make), known before any of them runs.
/// `Renderer.plan` is the concatenation of every generator's jobs (see `Renderer.generators`).
protocol Generator: Sendable {
    func jobs() -> [RenderJob]
}

extension RenderJob {
    /// A page: the view model `make` builds, through `template`, at the file of the URL path `path`.
    static func page(_ path: String, _ owner: OutputOwner, _ theme: Theme, _ template: String,
                     _ make: @escaping @Sendable () -> any TemplateView) -> RenderJob {
        let file = URLs.file(for: path)
        return RenderJob(path: file, owner: owner, template: template) { OutputFile(path: file, contents: .text(Renderer.render(theme, template, make()))) }
    }

    /// A text file at `path` (relative to `output/`), made by `make`.
    static func text(_ path: String, _ owner: OutputOwner, _ make: @escaping @Sendable () -> String) -> RenderJob {
        RenderJob(path: path, owner: owner) { OutputFile(path: path, contents: .text(make())) }
    }
}
