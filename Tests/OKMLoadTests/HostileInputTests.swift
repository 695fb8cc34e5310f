import Foundation
import Testing
@testable import OKMLoad
@testable import OKMModel

/// Input that is broken or hostile rather than mistyped (issue 9, parts 3 and 5): files that are
/// not text, YAML that would make the loader hang, problems at the very end of a file, and the
/// in-memory entry the fuzzer uses (Tests/Fuzz). The invalid fixtures check the same through
/// the whole build; these pin each rule to the loader.
@Suite struct HostileInputTests {
    static let news = "---\ntitle: Среща\ndate: 2015-03-10\n---\nТекст.\n"

    // MARK: files that are not text

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "a PNG image, not a Markdown text file in UTF-8: rename it to .png"),
        ([0xFF, 0xD8, 0xFF, 0xE0, 0, 16], "a JPEG image, not a Markdown text file in UTF-8: rename it to .jpg"),
        (Array("%PDF-1.4\n".utf8), "a PDF document, not a Markdown text file in UTF-8: rename it to .pdf"),
        ([0x50, 0x4B, 0x03, 0x04, 20, 0], "a ZIP archive (.docx, .odt, .xlsx or .zip), not a Markdown text file in UTF-8: copy its text into a Markdown file"),
        ([0xFF, 0xFE, 0x2D, 0x00, 0x2D, 0x00], "UTF-16 text, not a Markdown text file in UTF-8: save it as UTF-8"),
        ([0xEF, 0xBB, 0xBF, 0xFE, 0xFF, 0x00, 0x2D], "UTF-16 text, not a Markdown text file in UTF-8: save it as UTF-8"),
        // UTF-32 was called UTF-16 (its little-endian mark starts with UTF-16's).
        ([0xFF, 0xFE, 0x00, 0x00, 0x2D, 0x00, 0x00, 0x00], "UTF-32 text, not a Markdown text file in UTF-8: save it as UTF-8"),
        ([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x2D], "UTF-32 text, not a Markdown text file in UTF-8: save it as UTF-8"),
    ] as [([UInt8], String)])
    func aFileThatIsNotTextIsNamed(bytes: [UInt8], message: String) {
        let c = TempContent()
        c.write("news/x.md", bytes: bytes)
        #expect(c.diagnostics(c.load(), for: "news/x.md") == ["1:1: the file is \(message)"])
    }

    @Test func aNulByteIsReportedAtItsLineAndColumn() {
        let c = TempContent()
        c.write("news/x.md", bytes: Array("---\r\ntitle: Среща\r\n---\r\nТекст".utf8) + [0] + Array("\n".utf8))
        #expect(c.diagnostics(c.load(), for: "news/x.md") == ["4:6: the file contains a NUL byte: it is not a text file"])
    }

    // MARK: YAML that must not hang or mislead

    /// Nine levels of ten aliases used as a key: Yams would hash 10⁹ nodes. Refused at the
    /// first anchor, before Yams composes anything.
    @Test(.timeLimit(.minutes(1))) func aliasBombIsRefusedAtOnce() {
        var yaml = "---\ntitle: Бомба\ndate: 2015-03-10\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "? *i\n: 1\n---\n"
        let c = TempContent(["news/x.md": yaml])
        #expect(c.diagnostics(c.load(), for: "news/x.md") ==
                ["4:4: YAML anchors and aliases are not supported: remove '&a' and write the value out wherever '*a' is used"])
    }

    @Test func anAliasIsRefusedWhereItIsWritten() {
        let c = TempContent(["news/x.md": "---\ntitle: Среща\ndate: 2015-03-10\ntags: [а, *b]\n---\n"])
        #expect(c.diagnostics(c.load(), for: "news/x.md") ==
                ["4:11: YAML anchors and aliases are not supported: write the value out instead of '*b'"])
    }

    @Test func ampersandsAndAsterisksInTextAreNotAnchors() {
        let c = TempContent(["news/x.md": "---\ntitle: Мария & Иван *важно*\ndate: 2015-03-10\nsummary: \"&a *b\"\n---\n"])
        let r = c.load()
        #expect(c.diagnostics(r, for: "news/x.md").isEmpty)
        #expect(r.content.news.first?.header.title == "Мария & Иван *важно*")
    }

    @Test func nestingBeyondLibyamlsLimitIsSaidPlainly() {
        let deep = String(repeating: "[", count: 2000) + "x" + String(repeating: "]", count: 2000)
        let c = TempContent(["news/x.md": "---\ntitle: Среща\ndate: 2015-03-10\ntags: \(deep)\n---\n"])
        let lines = c.diagnostics(c.load(), for: "news/x.md")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("4:") == true)
        #expect(lines.first?.hasSuffix(": invalid YAML in front matter: lists and groups are nested more than 1000 levels deep") == true)
    }

    @Test func aListItemThatIsNotAValueIsNamed() {
        let c = TempContent(["news/x.md": "---\ntitle: Среща\ndate: 2015-03-10\ntags: [а, [б]]\n---\n"])
        #expect(c.diagnostics(c.load(), for: "news/x.md") == ["4:11: item 2 of 'tags' must be a single value, found a list"])
    }

    /// Found by the fuzzer: libyaml marks a problem at the end of a text without a final newline
    /// one line past the end of the file.
    @Test func aProblemAtTheEndOfSiteYmlIsOnItsLastLine() {
        let c = TempContent(site: "title: Сайт\nbase_url: \"https://okm.example.test/\"\ndescription Сайт")
        let r = c.load()
        #expect(c.diagnostics(r, for: "site.yml") ==
                ["3:17: invalid YAML in site.yml: could not find expected ':' (while scanning a simple key at line 3)"])
    }

    @Test func aLinkToNothingIsAnError() throws {
        let c = TempContent(["news/x.md": Self.news])
        try FileManager.default.createSymbolicLink(atPath: c.path("news/y.md"), withDestinationPath: "nyama.md")
        #expect(c.diagnostics(c.load(), for: "news/y.md") == ["1:1: the link points to 'nyama.md', which does not exist"])
    }

    // MARK: the fuzzer's entry

    /// `Loader.load(files:)` (what Tests/Fuzz calls) decodes the demo content exactly as the folder loader does.
    @Test func inMemoryLoadEqualsTheFolderLoad() throws {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path + "/content"
        let fromFolder = Loader.load(contentDirectory: content)
        let files = try (FileManager.default.subpaths(atPath: content) ?? []).sorted()
            .filter { $0 == "site.yml" || $0.hasSuffix(".md") }
            .map { ContentFileBytes(relativePath: $0, bytes: [UInt8](try #require(FileManager.default.contents(atPath: content + "/" + $0)))) }
        let inMemory = Loader.load(files: files, root: content)
        #expect(files.count > 50)
        #expect(inMemory.diagnostics == fromFolder.diagnostics)
        #expect(inMemory.content == fromFolder.content)
    }

    // MARK: issue 15: holes found after issue 9

    @Test func aQuotedDuplicateKeyIsReportedAtItsSecondOccurrence() {
        let c = TempContent(["news/x.md": "---\n\"title\": Т\ndate: 2015-01-01\n\"title\": У\n---\n",
                             "news/y.md": "---\ntitle: Т\ndate: 2015-01-01\n'title': У\n---\n",
                             "news/z.md": "---\ndate: 2015-01-01\nimages: [{ \"src\": a.png, alt: А, \"src\": b.png }]\ntitle: Т\n---\n"])
        let r = c.load()
        #expect(c.diagnostics(r, for: "news/x.md") == ["4:1: duplicate key 'title' in front matter: each field may be written once"])
        #expect(c.diagnostics(r, for: "news/y.md") == ["4:1: duplicate key 'title' in front matter: each field may be written once"])
        #expect(c.diagnostics(r, for: "news/z.md").first?.hasPrefix("3:34: duplicate key 'src'") == true, "\(c.diagnostics(r, for: "news/z.md"))")
    }

    @Test func imagesAndAttachmentsNamedFromTheRootAreCheckedLikeRelativeOnes() {
        let c = TempContent(["news/x.md": """
            ---
            title: Т
            date: 2015-01-01
            images:
              - { src: /../../etc/zala.png, alt: З }
              - { src: /news/x.md, alt: З }
              - { src: /images/snimka.jpg, alt: С }
            attachments:
              - { file: /files/a/../protokol.pdf, title: П }
            ---
            ![x](/../secret.png) [страница](/protocols/2014/x/)
            """])
        let r = c.load()
        #expect(c.diagnostics(r, for: "news/x.md") == [
            "5:12: the image '/../../etc/zala.png' points outside the content folder",
            "6:12: the image '/news/x.md' links to a Markdown file: link to the record's page instead (e.g. /protocols/2014/<slug>/)",
            "11:1: the image '/../secret.png' points outside the content folder",
        ])
        #expect(r.content.news.first?.header.files.map(\.path) == ["images/snimka.jpg", "files/protokol.pdf"])
    }

    @Test(arguments: [
        ("\"javascript:alert(1)//\"", "'base_url' is a javascript: address, which okm never publishes (it could run a script in a reader's browser): write the site's address, e.g. https://okm.example.bg/"),
        ("okm.example.bg", "'base_url' does not start with https:// or http://: write the site's address, e.g. https://okm.example.bg/"),
        ("https://user:pass@okm.example.bg/", "'base_url' holds a user name or password (…@), which would be published on every page: write the site's address, e.g. https://okm.example.bg/"),
        ("https://okm.example.bg/?x=1", "'base_url' has a query (?…) or a fragment (#…), which the site's address cannot have: write the site's address, e.g. https://okm.example.bg/"),
        ("\"https://okm.example.bg/a b\"", "'base_url' has a space, a backslash or a control character in it: write the site's address, e.g. https://okm.example.bg/"),
        ("//evil.example/", "'base_url' does not start with https:// or http://: write the site's address, e.g. https://okm.example.bg/"),
        ("https:///x", "'base_url' has no host name after https://: write the site's address, e.g. https://okm.example.bg/"),
        ("https://okm.example.bg:99999/", "'base_url' has no valid port after the host name: write the site's address, e.g. https://okm.example.bg/"),
    ] as [(String, String)])
    func siteYmlBaseURLIsAWebAddress(value: String, message: String) {
        let c = TempContent(site: "title: Т\nbase_url: \(value)\n")
        #expect(c.diagnostics(c.load(), for: "site.yml") == ["2:11: " + message])
    }

    @Test(arguments: [("https://okm.example.bg", "https://okm.example.bg/"), ("http://127.0.0.1:1313/okm", "http://127.0.0.1:1313/okm/"),
                      ("https://[::1]:8080/", "https://[::1]:8080/"), ("https://окм.бг/", "https://окм.бг/"), ("/okm", "/okm/")])
    func siteYmlBaseURLIsNormalised(value: String, expected: String) {
        let c = TempContent(site: "title: Т\nbase_url: \"\(value)\"\n")
        let r = c.load()
        #expect(c.diagnostics(r, for: "site.yml") == [])
        #expect(r.content.settings.baseURL == expected)
    }
}
