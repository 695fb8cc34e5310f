import Foundation
import Testing
@testable import OKMBuild
@testable import OKMLoad
import OKMModel
import OKMRender

/// No two outputs claim one path. With the loader's reserved slugs, the one way content
/// reaches a generated path today is a draft without a date in a `--drafts` build: its page
/// is `/<kind>/<slug>/`, and a slug that is a year is that year's list.
@Suite struct RouteCollisionTests {
    static let base = InvalidFixtureTests.invalidFixturesDirectory + "/news-missing-title/content"

    /// A site with a news item of 2015 and a draft without a date named `2015.md`.
    static func site() throws -> String {
        let dir = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-routes")
        try FileManager.default.copyItem(atPath: base, toPath: dir + "/content")
        try "---\ntitle: Среща\ndate: 2015-03-10\nregion: ruse\n---\nСреща.\n"
            .write(toFile: dir + "/content/news/2015/sreshta.md", atomically: true, encoding: .utf8)
        try "---\ntitle: Чернова\ndraft: true\n---\nБез дата.\n"
            .write(toFile: dir + "/content/news/2015.md", atomically: true, encoding: .utf8)
        return dir
    }

    static let expected = "content/news/2015.md:1:1: error: this record's page /news/2015/ is also where okm writes the generated list page, so one would replace the other: rename the file or set 'slug:'"

    @Test func aDraftOnAYearListStopsTheBuildAndLeavesTheOutputWhole() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let output = dir + "/output"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try InvalidFixtureTests.markerContents.write(to: URL(fileURLWithPath: output + "/keep.txt"))
        var options = BuildOptions()
        options.contentDirectory = dir + "/content"
        options.templatesDirectory = BuildTestSupport.templatesDirectory
        options.outputDirectory = output
        options.includeDrafts = true
        let report = Pipeline.build(options)
        let errors = report.diagnostics.filter { $0.severity == .error }.map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
        #expect(errors == [Self.expected])
        #expect(!report.succeeded)
        #expect(BuildTestSupport.allEntriesRecursively(in: output) == ["keep.txt"])

        // `okm check --drafts` finds it from the render's list, without rendering.
        let checked = Pipeline.check(options).diagnostics.filter { $0.severity == .error }
            .map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
        #expect(checked == [Self.expected])

        // Without --drafts the draft is not published, and nothing collides.
        options.includeDrafts = false
        #expect(Pipeline.check(options).diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    /// `okm serve`'s rebuild checks the same claims: the draft on a year's list is an error
    /// there too, and nothing is written.
    @Test func serveRebuildReportsTheCollisionAndWritesNothing() throws {
        let dir = try Self.site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var options = BuildOptions()
        options.contentDirectory = dir + "/content"
        options.templatesDirectory = BuildTestSupport.templatesDirectory
        options.outputDirectory = dir + "/output"
        options.includeDrafts = true
        let report = BuildSession(options: options).rebuild()
        let errors = report.diagnostics.filter { $0.severity == .error }.map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
        #expect(errors == [Self.expected])
        #expect(!FileManager.default.fileExists(atPath: dir + "/output/news/2015/index.html"))
    }

    /// Every top-level folder okm generates is a reserved page slug, so a page is refused by
    /// name before it could collide (the demo site writes every kind of generated page).
    @Test func everyGeneratedTopLevelFolderIsAReservedPageSlug() throws {
        var report = BuildReport()
        var options = BuildOptions()
        options.contentDirectory = BuildTestSupport.repositoryRoot + "/content"
        options.templatesDirectory = BuildTestSupport.templatesDirectory
        let (site, theme, _) = try #require(Pipeline.prepare(options, &report))
        let plan = Renderer.plan(site, theme: theme)
        var folders = Set<String>()
        for claim in plan.claims {
            guard case .generated = claim.owner, let slash = claim.path.firstIndex(of: "/") else { continue }
            folders.insert(String(claim.path[..<slash]))
        }
        #expect(!folders.isEmpty)
        #expect(folders.subtracting(Loader.reservedPageSlugNames).isEmpty, "not reserved: \(folders.subtracting(Loader.reservedPageSlugNames).sorted())")
        #expect(Pipeline.routeCollisions(plan, site).isEmpty)
    }
}
