import OKMLink
import OKMModel

extension RenderContext {
    /// The render jobs of the pages that follow the reform: the closure pages with their open
    /// data, and the decision pages. Renderer.render runs them with the others.
    func trackingJobs(theme: Theme) -> [@Sendable () -> OutputFile] {
        var jobs: [@Sendable () -> OutputFile] = []
        let ctx = self
        let scopes = closureScopes()
        for scope in scopes {
            jobs.append { OutputFile(path: URLs.file(for: scope.path), contents: .text(Renderer.render(theme, "closures", ctx.closureView(scope, all: scopes)))) }
            jobs.append { OutputFile(path: String(scope.path.dropFirst()) + "closures.csv", contents: .text(ctx.closuresCSV(scope))) }
            jobs.append { OutputFile(path: String(scope.path.dropFirst()) + "closures.json", contents: .text(ctx.closuresJSON(scope))) }
        }
        for (path, make) in decisionPageJobs() {
            jobs.append { OutputFile(path: URLs.file(for: path), contents: .text(Renderer.render(theme, "decisions", make()))) }
        }
        return jobs
    }
}
