import Foundation
@testable import OKMLink
@testable import OKMLoad
@testable import OKMModel

/// A throw-away `content/` folder with a few entities, loaded and linked as the pipeline does.
final class LinkTestContent {
    static let site = "title: Тест\nbase_url: /\nlanguage: bg\n"

    static let baseFiles: [String: String] = [
        "regions/ruse.md": "---\nname: Област Русе\nshort: Русе\n---\n",
        "regions/kardzhali.md": "---\nname: Област Кърджали\n---\n",
        "organizations/rdsp-ruse.md": "---\nname: Регионална дирекция „Социално подпомагане“ – Русе\nshort: РДСП Русе\nkind: directorate\n---\n",
        "organizations/asp.md": "---\nname: Агенция за социално подпомагане\nkind: agency\n---\n",
        "people/ivan-petrov.md": "---\nname: Иван Петров\n---\n",
        "institutions/dmsgd-ruse.md": "---\nname: Дом за медико-социални грижи за деца – Русе\nkind: dmsgd\n---\n",
    ]

    let base: String
    let root: String

    /// `files` are added to (or replace) `baseFiles`.
    init(_ files: [String: String], withBase: Bool = true) {
        base = FileManager.default.temporaryDirectory.path + "/okm-link-tests-" + UUID().uuidString
        root = base + "/content"
        try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        write("site.yml", bytes: Array(Self.site.utf8))
        let all = withBase ? Self.baseFiles.merging(files) { _, new in new } : files
        for (path, text) in all { write(path, bytes: Array(text.utf8)) }
    }

    deinit { try? FileManager.default.removeItem(atPath: base) }

    func write(_ relative: String, bytes: [UInt8]) {
        let full = path(relative)
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: full, contents: Data(bytes))
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func load() -> LoadResult { Loader.load(contentDirectory: root) }

    /// Load, leave drafts out (as a build without --drafts does), link.
    func link(includeDrafts: Bool = false) -> (load: LoadResult, site: Site, diagnostics: [Diagnostic]) {
        let loaded = load()
        var content = loaded.content
        let drafts = Set(content.headers.filter(\.draft).map(\.id))
        if !includeDrafts { content = content.filtered { !$0.draft } }
        let (site, diagnostics) = Linker.link(content, leftOut: includeDrafts ? [] : drafts)
        return (loaded, site, diagnostics)
    }

    /// Diagnostics of one file as `line:column: message`.
    func lines(_ diagnostics: [Diagnostic], for relative: String) -> [String] {
        diagnostics.filter { $0.location.path == path(relative) }.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }
}
