import OKMLink
import OKMModel

extension RenderContext {
    /// The render jobs of the pages that follow the reform: the closure pages with their open
    /// data, and the decision pages. Renderer.render runs them with the others.
    func trackingJobs(theme: Theme) -> [RenderJob] {
        var jobs: [RenderJob] = []
        func add(_ path: String, _ what: String, _ make: @escaping @Sendable () -> OutputFile) {
            jobs.append(RenderJob(path: path, owner: .generated(what), make: make))
        }
        let ctx = self
        let scopes = closureScopes()
        for scope in scopes {
            add(URLs.file(for: scope.path), "closures page") { OutputFile(path: URLs.file(for: scope.path), contents: .text(Renderer.render(theme, "closures", ctx.closureView(scope, all: scopes)))) }
            add(String(scope.path.dropFirst()) + "closures.csv", "closures data file") { OutputFile(path: String(scope.path.dropFirst()) + "closures.csv", contents: .text(ctx.closuresCSV(scope))) }
            add(String(scope.path.dropFirst()) + "closures.json", "closures data file") { OutputFile(path: String(scope.path.dropFirst()) + "closures.json", contents: .text(ctx.closuresJSON(scope))) }
        }
        for (path, make) in decisionPageJobs() {
            add(URLs.file(for: path), "decisions page") { OutputFile(path: URLs.file(for: path), contents: .text(Renderer.render(theme, "decisions", make()))) }
        }
        return jobs
    }
}
