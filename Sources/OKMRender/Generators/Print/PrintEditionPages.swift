import OKMModel

/// The public print edition of every protocol, and the yearly volumes (`printPages`).
/// Inputs: the page toolkit and the theme.
struct PrintEditionPages: Generator {
    let ctx: RenderContext
    let theme: Theme

    func jobs() -> [RenderJob] {
        ctx.printPages().map { path, make in RenderJob.page(path, .generated("print edition"), theme, "protocol-print") { make() } }
    }
}
