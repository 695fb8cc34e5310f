import Foundation
import Testing
@testable import OKMLoad
@testable import OKMModel

/// `Loader.load(contentDirectory:)`: the folder layout, whole-file problems, true lines.
@Suite struct LoaderTests {
    static let egnMessage = "a personal number (ЕГН) must not be published: remove it, or move the case details into a ```confidential block"

    // MARK: the folder

    @Test func missingContentFolder() {
        let path = FileManager.default.temporaryDirectory.path + "/okm-no-such-folder-" + UUID().uuidString
        let r = Loader.load(contentDirectory: path)
        #expect(r.diagnostics == [.error(1002, .whole(path), "the content folder does not exist")])
        #expect(r.content.headers.isEmpty)
    }

    @Test func missingSiteFile() {
        let c = TempContent(["pages/a.md": "---\ntitle: А\n---\n"], site: nil)
        let r = c.load()
        #expect(c.diagnostics(r, for: "site.yml") == [
            "1:1: site.yml is missing: it holds the site's title, base_url, language and menu",
        ])
        #expect(r.content.settings == SiteSettings())
        #expect(r.content.pages.count == 1)
    }

    @Test func trailingSlashIsNotDoubledInPaths() {
        let c = TempContent(["pages/a.md": "---\ntitle: А\n---\n"])
        let r = Loader.load(contentDirectory: c.root + "/")
        #expect(r.diagnostics.isEmpty)
        #expect(r.content.pages.first?.header.path == c.root + "/pages/a.md")
    }

    @Test func everyKindFromItsFolder() {
        let c = TempContent([
            "protocols/2014/p.md": "---\nregion: ruse\ndate: 2014-11-25\n---\n",
            "news/2015/n.md": "---\ntitle: Н\ndate: 2015-01-01\n---\n",
            "events/2015/e.md": "---\nformat: training\ntitle: Е\ndate: 2015-01-01\nregion: ruse\n---\n",
            "pages/pg.md": "---\ntitle: С\n---\n",
            "institutions/i.md": "---\nname: И\n---\n",
            "services/s.md": "---\nname: У\n---\n",
            "projects/pr.md": "---\nname: П\n---\n",
            "organizations/o.md": "---\nname: О\n---\n",
            "people/pe.md": "---\nname: Ч\n---\n",
            "regions/r.md": "---\nname: Р\n---\n",
        ])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.content.headers.map(\.id.description) == [
            "protocols/p", "news/n", "events/e", "pages/pg", "institutions/i", "services/s",
            "projects/pr", "organizations/o", "people/pe", "regions/r",
        ])
        #expect(r.content.institutions.first?.kind == .other)
        #expect(r.content.services.first?.kind == .other)
        #expect(r.content.organizations.first?.kind == .other)
    }

    @Test func recordOutsideAKindFolder() {
        let c = TempContent(["za-nas.md": "---\ntitle: За нас\n---\n"])
        let r = c.load()
        #expect(c.diagnostics(r, for: "za-nas.md") == [
            "1:1: a record must be in a kind folder (protocols, news, events, institutions, services, projects, organizations, people, regions, pages); move it, e.g. to pages/",
        ])
        #expect(r.content.headers.isEmpty)
    }

    @Test func unknownFolderWithDidYouMean() {
        let c = TempContent(["protokols/2014/ruse.md": "---\nregion: ruse\ndate: 2014-11-25\n---\n"])
        let lines = c.diagnostics(c.load(), for: "protokols/2014/ruse.md")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("1:1: unknown folder 'protokols/': records go in protocols, news") == true)
        #expect(lines.first?.hasSuffix("(did you mean 'protocols/'?)") == true)
    }

    @Test func staticFilesAndHiddenFiles() {
        let c = TempContent([
            "news/2015/n.md": "---\ntitle: Н\ndate: 2015-01-01\n---\n",
            "news/2015/imag04501.jpg": "jpeg",
            "logo.png": "png",
            "files/protokol.pdf": "pdf",
            ".git/config.md": "not a record",
            "news/.draft.md": "not a record",
        ])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.staticFiles.map(\.relativePath) == ["files/protokol.pdf", "logo.png", "news/2015/imag04501.jpg"])
        #expect(r.staticFiles.map(\.sourcePath) == [c.path("files/protokol.pdf"), c.path("logo.png"), c.path("news/2015/imag04501.jpg")])
        #expect(r.content.news.count == 1)
    }

    @Test func duplicateSlugsWithinAKind() {
        let c = TempContent([
            "news/2015/sreshta.md": "---\ntitle: А\ndate: 2015-01-01\n---\n",
            "news/2016/sreshta.md": "---\ntitle: Б\ndate: 2016-01-01\n---\n",
            "people/maria.md": "---\nname: Мария\n---\n",
            "people/Мария.md": "---\nname: Мария\n---\n",
            "organizations/sreshta.md": "---\nname: Не е дубликат\n---\n",
        ])
        let r = c.load()
        #expect(c.diagnostics(r, for: "news/2016/sreshta.md") == [
            "1:1: duplicate slug 'sreshta': \(c.path("news/2015/sreshta.md")) has it too; slugs are unique within news/",
        ])
        #expect(c.diagnostics(r, for: "people/Мария.md") == [
            "1:1: duplicate slug 'maria': \(c.path("people/maria.md")) has it too; slugs are unique within people/",
        ])
        #expect(r.content.news.map(\.header.title) == ["А"])
        #expect(r.content.people.count == 1)
        #expect(r.content.organizations.count == 1)
    }

    @Test func reservedPageSlugs() {
        let c = TempContent(["pages/news.md": "---\ntitle: Новини\n---\n", "pages/x.md": "---\ntitle: Х\nslug: search\n---\n"])
        let r = c.load()
        #expect(c.diagnostics(r, for: "pages/news.md") == [
            "1:1: the page slug 'news' is taken by the site's own section /news/; rename the file or set 'slug:'",
        ])
        #expect(c.diagnostics(r, for: "pages/x.md") == [
            "1:1: the page slug 'search' is taken by the site's own section /search/; rename the file or set 'slug:'",
        ])
    }

    @Test func diagnosticsAreSorted() {
        let c = TempContent([
            "news/b.md": "---\ntitle: Т\ndate: x\nfoo: 1\n---\n",
            "news/a.md": "---\ntitel: Т\ndate: 2015-01-01\n---\n",
        ])
        let r = c.load()
        #expect(r.diagnostics.count == 4)
        #expect(r.diagnostics == r.diagnostics.sorted())
        #expect(r.diagnostics.first?.location.path == c.path("news/a.md"))
    }

    // MARK: whole-file problems

    @Test func emptyAndBlankFiles() {
        let c = TempContent(["news/a.md": "", "news/b.md": "  \n\n"])
        let r = c.load()
        let message = "1:1: the file is empty: a record needs front matter between two '---' lines"
        #expect(c.diagnostics(r, for: "news/a.md") == [message])
        #expect(c.diagnostics(r, for: "news/b.md") == [message])
        #expect(r.content.news.isEmpty)
    }

    @Test func noFrontMatter() {
        let c = TempContent(["news/a.md": "# Само текст\n"])
        #expect(c.diagnostics(c.load(), for: "news/a.md") == [
            "1:1: no front matter: the file must begin with a line '---', the fields, and another '---'",
        ])
    }

    @Test func unclosedFrontMatter() {
        let c = TempContent(["news/a.md": "---\ntitle: Среща\ndate: 2015-03-10\n\nНовината е за среща.\n"])
        #expect(c.diagnostics(c.load(), for: "news/a.md") == [
            "1:1: the front matter opened here is never closed: add a line '---' after its last field",
        ])
    }

    @Test func frontMatterThatIsNotAMapping() {
        let c = TempContent(["news/a.md": "---\n- title\n- date\n---\n"])
        #expect(c.diagnostics(c.load(), for: "news/a.md") == ["2:1: front matter must be fields written 'key: value', found a list"])
    }

    @Test func emptyFrontMatterStillNeedsRequiredFields() {
        let c = TempContent(["pages/a.md": "---\n---\nТекст.\n"])
        let r = c.load()
        #expect(c.diagnostics(r, for: "pages/a.md") == ["2:1: front matter is missing the required field 'title'"])
        #expect(r.content.pages.first?.header.body.blocks == [.paragraph([.text("Текст.")], line: 3)])
    }

    @Test func invalidUTF8FileAtItsLine() {
        let c = TempContent()
        c.write("news/a.md", bytes: Array("---\ntitle: Среща\nsummary: ".utf8) + [0xF1, 0xF0, 0xE5] + Array("\n---\n".utf8))
        let r = c.load()
        let lines = c.diagnostics(r, for: "news/a.md")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("3:10: the file is not UTF-8 text (byte 0xF1 at byte 32)") == true)
        #expect(r.content.news.isEmpty)
    }

    // MARK: body lines

    @Test func bodyBlocksCarryTrueFileLines() throws {
        let c = TempContent(["news/a.md": "---\ntitle: Т\ndate: 2015-01-01\n---\n\n## Заглавие\n\nАбзац.\n"])
        let n = try #require(c.load().content.news.first)
        #expect(n.header.body.blocks == [
            .heading(level: 2, [.text("Заглавие")], line: 6),
            .paragraph([.text("Абзац.")], line: 8),
        ])
    }

    @Test func tooDeepNestingIsReportedAtItsFileLine() throws {
        let body = "Абзац.\n\n" + String(repeating: ">", count: 100) + " дълбоко\n"
        let c = TempContent(["news/a.md": "---\ntitle: Т\ndate: 2015-01-01\n---\n" + body])
        let r = c.load()
        // The quotes open on body line 3, which is file line 4 + 3 = 7.
        #expect(c.diagnostics(r, for: "news/a.md") == [
            "7:1: Markdown is nested more than \(64) levels deep; the deeper part is left out",
        ])
        #expect(try #require(r.content.news.first).header.body.blocks.first == .paragraph([.text("Абзац.")], line: 5))
    }

    @Test func fiveThousandNestedListMarkersInAFileDoNotCrash() {
        let c = TempContent(["pages/a.md": "---\ntitle: Т\n---\n" + String(repeating: "- ", count: 5000) + "x\n"])
        let r = c.load()
        let lines = c.diagnostics(r, for: "pages/a.md")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("4:1: Markdown is nested more than") == true)
        #expect(r.content.pages.count == 1)
    }

    // MARK: personal numbers and confidential blocks

    @Test func personalNumberInBodyAtItsFileLine() {
        let c = TempContent(["news/a.md": "---\ntitle: Т\ndate: 2015-01-01\n---\nАбзац.\n\nЛице с ЕГН 6101047500.\n"])
        #expect(c.diagnostics(c.load(), for: "news/a.md") == ["7:12: \(Self.egnMessage)"])
    }

    @Test func personalNumberInFrontMatterAtItsFileLine() {
        let c = TempContent(["news/a.md": "---\ntitle: Т\ndate: 2015-01-01\nsummary: Лице с ЕГН 6101047500.\n---\n"])
        #expect(c.diagnostics(c.load(), for: "news/a.md") == ["4:21: \(Self.egnMessage)"])
    }

    @Test func personalNumberInsideConfidentialBlocksIsAllowed() throws {
        let file = """
        ---
        region: ruse
        date: 2015-02-17
        ---
        ## По т. 1

        ```confidential
        Дете Б. П., ЕГН 6101047500, с. Тръстеник.
        ```

        - Случай 2:

          ```confidential
          Момче В. Г., ЕГН 6101047500.
          ```
        """
        let c = TempContent(["protocols/p.md": file])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let p = try #require(r.content.protocols.first)
        #expect(p.header.body.confidential == [
            ConfidentialBlock(text: "Дете Б. П., ЕГН 6101047500, с. Тръстеник.\n", line: 7),
            ConfidentialBlock(text: "Момче В. Г., ЕГН 6101047500.\n", line: 13),
        ])
        #expect(!p.header.body.blocks.map(\.plainText).joined().contains("6101047500"))
    }

    @Test func confidentialInACRLFFileKeepsTrueLines() throws {
        let text = "---\r\nregion: ruse\r\ndate: 2015-02-17\r\n---\r\nПублично.\r\n\r\n```confidential\r\nДете, ЕГН 6101047500\r\n```\r\n\r\nПак ЕГН 6101047500.\r\n"
        let c = TempContent()
        c.write("protocols/p.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let r = c.load()
        #expect(c.diagnostics(r, for: "protocols/p.md") == ["11:9: \(Self.egnMessage)"])
        let p = try #require(r.content.protocols.first)
        #expect(p.header.body.confidential == [ConfidentialBlock(text: "Дете, ЕГН 6101047500\n", line: 7)])
    }

    // MARK: the project's own content

    static var projectContent: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("content").path
    }

    @Test func projectContentLoadsWithoutErrors() {
        let r = Loader.load(contentDirectory: Self.projectContent)
        #expect(!r.diagnostics.hasErrors, "\(r.diagnostics.filter { $0.severity == .error }.prefix(5))")
        #expect(!r.content.protocols.isEmpty)
        #expect(!r.content.regions.isEmpty)
        #expect(r.content.settings.baseURL.hasSuffix("/"))
        for h in r.content.headers {
            #expect(!h.id.slug.isEmpty)
            #expect(h.path.hasPrefix(Self.projectContent + "/"))
        }
    }
}
