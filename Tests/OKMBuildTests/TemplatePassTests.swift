import Foundation
import Testing
@testable import OKMBuild
import OKMModel

/// `okm serve` after a template edit (issue 21 item 4, "a template edit re-renders only that
/// template's pages"): the pass renders the pages made through the templates whose program
/// changed and nothing else, and what is on disk then equals a whole build byte for byte.
@Suite struct TemplatePassTests {
    /// A copy of the demo content and of the templates in `work`, served to `work/served`.
    static func session(in work: String) throws -> (BuildOptions, BuildSession) {
        let (options, _) = try IncrementalBuildTests.demoSession(in: work)
        var own = options
        try FileManager.default.copyItem(atPath: GoldenSiteTests.repoPath + "/templates", toPath: work + "/templates")
        own.templatesDirectory = work + "/templates"
        return (own, BuildSession(options: own))
    }

    static func edit(_ path: String, after marker: String, insert text: String) throws {
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let r = try #require(original.range(of: marker))
        var changed = original
        changed.insert(contentsOf: text, at: r.upperBound)
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The served tree against a whole build of the same content and templates.
    static func expectSameAsAWholeBuild(_ options: BuildOptions, _ work: String, _ what: String) {
        var full = options
        full.outputDirectory = work + "/full-\(UUID().uuidString)"
        full.searchIndex = false
        defer { try? FileManager.default.removeItem(atPath: full.outputDirectory) }
        #expect(Pipeline.build(full).succeeded)
        let a = IncrementalBuildTests.tree(options.outputDirectory).filter { $0.key != ".gitignore" }
        let b = IncrementalBuildTests.tree(full.outputDirectory)
        #expect(a.keys.sorted() == b.keys.sorted(), "\(what)")
        #expect(a.keys.filter { a[$0] != b[$0] }.sorted() == [], "\(what)")
    }

    @Test func aPageTemplateEditRendersThatTemplatesPagesOnly() throws {
        let work = IncrementalBuildTests.temp("tpl")
        defer { try? FileManager.default.removeItem(atPath: work) }
        let (options, session) = try Self.session(in: work)
        let event = options.templatesDirectory + "/pages/event.mustache"
        #expect(session.templatePass(changed: [event]) == nil, "no pass before a whole build")
        #expect(session.rebuild().succeeded)
        let events = IncrementalBuildTests.tree(options.outputDirectory).keys.filter { $0.hasPrefix("events/") && $0.hasSuffix("/index.html") }
        let eventPages = Set(try #require(Optional(events)).filter { key in
            // Event pages, not the events' lists (list pages use the list template).
            (try? String(contentsOf: URL(fileURLWithPath: options.outputDirectory + "/" + key), encoding: .utf8))?.contains("<article class=\"document\">") == true
        })
        try #require(!eventPages.isEmpty)

        try Self.edit(event, after: "<article class=\"document\">", insert: "\n<p class=\"probe\">Проба на шаблона</p>")
        let pass = try #require(session.templatePass(changed: [event]))
        #expect(pass.templates == ["event"])
        #expect(pass.pages == eventPages.count)
        #expect(pass.filesWritten == eventPages.count)
        let probed = IncrementalBuildTests.tree(options.outputDirectory).filter { String(decoding: $0.value, as: UTF8.self).contains("Проба на шаблона") }
        #expect(Set(probed.keys) == eventPages)
        Self.expectSameAsAWholeBuild(options, work, "after the event template's edit")

        // A partial every page includes: every page made through a template, and still only those.
        let footer = options.templatesDirectory + "/partials/footer.mustache"
        let before = try String(contentsOfFile: footer, encoding: .utf8)
        try (before + "<!-- проба -->\n").write(toFile: footer, atomically: true, encoding: .utf8)
        let wide = try #require(session.templatePass(changed: [footer]))
        #expect(wide.templates.count > 5 && wide.filesWritten > eventPages.count)
        Self.expectSameAsAWholeBuild(options, work, "after the footer's edit")
    }

    @Test func whatThePassCannotSayGoesToTheWholeBuild() throws {
        let work = IncrementalBuildTests.temp("tpl-no")
        defer { try? FileManager.default.removeItem(atPath: work) }
        let (options, session) = try Self.session(in: work)
        #expect(session.rebuild().succeeded)
        let t = options.templatesDirectory
        #expect(!session.isTemplateEdit([t + "/i18n/bg.yml"]), "UI strings reach every page: the whole build")
        #expect(!session.isTemplateEdit([t + "/assets/style.css"]))
        #expect(!session.isTemplateEdit([options.contentDirectory + "/site.yml"]))
        #expect(!session.isTemplateEdit([t + "/pages/event.mustache", options.contentDirectory + "/site.yml"]))
        #expect(session.isTemplateEdit([t + "/pages/event.mustache"]))
        // A template with a mistake: no pass (the whole build reports it), nothing written.
        let event = t + "/pages/event.mustache"
        let served = IncrementalBuildTests.tree(options.outputDirectory)
        try Self.edit(event, after: "<article class=\"document\">", insert: "{{#open}}")
        #expect(session.templatePass(changed: [event]) == nil)
        #expect(IncrementalBuildTests.tree(options.outputDirectory) == served)
    }
}
