import Foundation
import OKMBuild
import OKMModel

/// `okm serve`: builds into its own folder (`.okm/serve/` beside `content/`, never `output/`),
/// serves it on 127.0.0.1, rebuilds what changed when `content/` or `templates/` change, and
/// reloads open tabs. While the content has errors, every page is replaced by an overlay
/// listing them; fixing the file clears it.
public final class DevServer: @unchecked Sendable {
    let session: BuildSession
    let port: UInt16
    /// The address serve listens on: 127.0.0.1 unless `okm serve --host` names another.
    let host: String
    let reload = LiveReload()
    private let queue = DispatchQueue(label: "okm.rebuild")
    private let quick = DispatchQueue(label: "okm.quick")
    private var rebuildPending = false
    private let lock = NSLock()
    private var errors: [Diagnostic] = []
    let log: @Sendable (String) -> Void

    /// The errors of the last build: while there are any, pages show the overlay.
    var currentErrors: [Diagnostic] { lock.withLock { errors } }

    /// Where serve writes its site: `.okm/serve/` in the folder that holds `content/`. Serve
    /// shows drafts and links them from every list, so it must never write where `okm build`
    /// writes the public site (`output/`): a deploy after a serve published the drafts, and
    /// serve's first build replaced output/ whole, PDFs of `okm build --pdf` and all.
    public static func folder(contentDirectory: String) -> String {
        let content = contentDirectory.hasSuffix("/") ? String(contentDirectory.dropLast()) : contentDirectory
        let parent = (content as NSString).deletingLastPathComponent
        return (parent.isEmpty ? "." : parent) + "/.okm/serve"
    }

    /// `options.outputDirectory` is not used: serve writes to `DevServer.folder(contentDirectory:)`.
    /// A line per request (`okm: GET /about/ 200`) only with `okm serve --verbose`.
    let verbose: Bool
    /// The editor's per-run secret and the checks every editor request passes.
    let editorAccess: EditorAccess

    /// The language of the log lines and the diagnostics printed.
    let language: MessageLanguage

    public init(options: BuildOptions, port: UInt16, host: String = DevServer.loopback, verbose: Bool = false, language: MessageLanguage = .en, log: @escaping @Sendable (String) -> Void) {
        self.verbose = verbose
        self.language = language
        self.host = host
        editorAccess = EditorAccess(secret: EditorAccess.newSecret(), port: Int(port), host: host)
        var o = options
        o.outputDirectory = Self.folder(contentDirectory: options.contentDirectory)
        o.includeDrafts = true
        if o.baseURL == nil { o.baseURL = "http://\(Self.urlHost(host)):\(port)/" }
        session = BuildSession(options: o)
        self.port = port
        self.log = log
    }

    var output: String { session.options.outputDirectory }

    /// The address serve listens on by default: this computer only.
    public static let loopback = "127.0.0.1"

    /// An address as it stands in a URL: an IPv6 address in brackets.
    static func urlHost(_ host: String) -> String { host.contains(":") ? "[\(host)]" : host }

    /// Why `host` cannot be given to `okm serve --host`, or nil. It must be one address of this
    /// computer (an IPv4 or IPv6 address, or a name), not "every address" (0.0.0.0, ::): the
    /// editor answers only requests made to the address it was started on, so a colleague
    /// must open exactly the address it prints.
    public static func hostProblem(_ host: String) -> String? {
        if host.isEmpty || ["0.0.0.0", "::", "[::]", "*"].contains(host) { return "every-address" }
        let allowed = host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":") }
        return allowed ? nil : "not-an-address"
    }

    /// True when `host` is the default loopback address (127.0.0.1, ::1, localhost): nobody else
    /// can connect. Any other address, even another 127.x, gets the warning: better said once
    /// too often than not at all.
    static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1"].contains(host)
    }

    /// Builds once, starts watching, then serves until the process ends.
    public func run() async throws {
        // Serve's folder is written by this process alone: a second `okm serve` of the same
        // project stops here with the lock's message instead of writing into its files.
        let held = try OutputLock.acquire(output: output)
        defer { held.release() }
        rebuild(reason: Messages.say("serve.start", in: language))
        let folders = [session.options.contentDirectory, session.options.templatesDirectory]
        if let watcher = Watcher(folders: folders) {
            let thread = Thread { watcher.run { [weak self] paths in self?.changed(paths) } }
            thread.start()
        } else {
            log(Messages.say("serve.noWatch", in: language))
        }
        let pinger = Task { [reload] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 15_000_000_000)
                await reload.ping()
            }
        }
        defer { pinger.cancel() }
        try await application().run()
    }

    func changed(_ paths: [String]) {
        // Editors save through temporary files; name the file that is there now.
        let present = paths.filter { FileManager.default.fileExists(atPath: $0) }
        let named = present.last ?? paths.last ?? "change"
        // Editors' swap and backup files (.x.swp, x~) are neither records nor templates.
        let files = present.filter { !($0 as NSString).lastPathComponent.hasPrefix(".") && !$0.hasSuffix("~") }
        if session.isTemplateEdit(files) {
            // A page template alone: only the pages made through it, on the whole builds' queue
            // (after any build under way); the whole build only when the pass cannot say.
            queue.async { [self] in
                guard let pass = session.templatePass(changed: files) else { return rebuild(reason: named) }
                log(Messages.say("serve.templates", ["file": "\(named)", "templates": .commas(pass.templates.map { .text($0) }),
                                                     "pages": "\(pass.pages)", "written": "\(pass.filesWritten)",
                                                     "ms": .decimal(pass.seconds * 1000, places: 1)], in: language))
                if pass.filesWritten > 0 { Task { await reload.broadcast() } }
            }
            return
        }
        // First the edited record's own pages, from the last build (milliseconds), on a queue
        // of its own so a whole build under way does not hold it up…
        quick.async { [self] in
            guard let pass = session.quickPass(changed: Array(Set(files))) else { return }
            log(Messages.say("serve.quick", ["file": "\(named)", "record": "\(pass.record)", "ms": .decimal(pass.seconds * 1000, places: 1)], in: language))
            if pass.filesWritten > 0 { Task { await reload.broadcast() } }
        }
        // …then the whole incremental build, once for any number of changes made while one waits.
        let schedule = lock.withLock { () -> Bool in
            if rebuildPending { return false }
            rebuildPending = true
            return true
        }
        guard schedule else { return }
        queue.async { [self] in
            lock.withLock { rebuildPending = false }
            rebuild(reason: named)
        }
    }

    func rebuild(reason: String) {
        let start = Date()
        let report = session.rebuild()
        let problems = report.diagnostics
        for r in report.problems { log(Messages.say("cli.error", ["text": .message(r)], in: language)) }
        lock.lock()
        errors = problems.filter { $0.severity == .error }
        lock.unlock()
        let roots = [session.options.contentDirectory, session.options.templatesDirectory]
        for d in problems { log(DiagnosticPrinter.format(d, sourcesIn: roots, language: language)) }
        let ms = Int(Date().timeIntervalSince(start) * 1000)
        if report.succeeded || report.filesWritten >= 0 && !problems.hasErrors {
            log(Messages.say("serve.rebuilt", ["reason": "\(reason)", "read": "\(report.filesDecoded)", "written": "\(report.filesWritten)", "ms": "\(ms)"], in: language))
            if verbose {
                // Where the time went, and how much of the render the dependency graph spared.
                let stages = report.timings.map { Messages.say("cli.timing", ["stage": "\($0.stage)", "ms": .decimal($0.seconds * 1000, places: 1)], in: language) }
                log(Messages.say("serve.stages", ["stages": .commas(stages.map { .text($0) }), "rendered": "\(report.jobsRendered)",
                                                  "planned": "\(report.jobsPlanned)"], in: language))
            }
        } else {
            log(Messages.say("serve.failed", ["reason": "\(reason)", "count": "\(problems.filter { $0.severity == .error }.count)"], in: language))
        }
        Task { await reload.broadcast() }
    }
}
