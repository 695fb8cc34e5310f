import Testing
@testable import OKMLoad
@testable import OKMModel

/// The load passes that walk the Markdown tree (file links, the personal-number guard), tried
/// at the places different recursions used to miss: deep in lists and quotes, in a link's text,
/// an image's alt, a reference definition, behind raw HTML, inside a confidential block.
@Suite struct MarkdownWalkLoadTests {
    static func message(_ kind: String) -> String { PrivacyGuardTests.message(kind) }

    @Test func aFileLinkDeepInListsAndQuotesIsResolvedAndOneInAConfidentialBlockIsNot() throws {
        let c = TempContent([
            "news/a.md": """
                ---
                title: Т
                date: 2015-01-01
                ---
                - > 1. Виж [протокола](files/p.pdf) и [![снимка](s.png)](files/q.pdf).

                ```confidential
                Виж [досието](files/dosie.pdf).
                ```
                """,
            "news/files/p.pdf": "", "news/files/q.pdf": "", "news/s.png": "", "news/files/dosie.pdf": "",
        ])
        let r = c.load()
        #expect(c.diagnostics(r, for: "news/a.md") == [])
        let news = try #require(r.content.news.first)
        #expect(news.header.files.map(\.path) == ["news/files/p.pdf", "news/files/q.pdf", "news/s.png"])
    }

    @Test func aNumberAFenceInAListHidesNothingAfterTheList() {
        let c = TempContent(["news/a.md": """
            ---
            title: Т
            date: 2015-01-01
            ---
            - ```confidential
              ЕГН 6101047500
            - ЕГН 6101047500 на детето
            """])
        #expect(c.diagnostics(c.load(), for: "news/a.md") == ["7:7: \(Self.message("ЕГН"))"])
    }

    @Test(arguments: [
        // A link's text, an image's alt, a link's address, deep in a list in a quote in a list.
        ("- > - [ЕГН 6101047500](/x/)"),
        ("Снимка: ![дете 6101047500](a.png)"),
        ("[виж](/x/?n=6101047500)"),
        // Raw HTML a browser hides, between the digits.
        ("ЕГН 61010<!-- -->47500"),
        // A reference definition: the address is published where the reference is used.
        ("[досие][d]\n\n[d]: /deca/61010%34%37500"),
    ]) func aNumberHiddenInMarkupStopsTheFile(body: String) {
        let c = TempContent(["news/a.md": "---\ntitle: Т\ndate: 2015-01-01\n---\n" + body + "\n", "news/a.png": ""])
        let found = c.diagnostics(c.load(), for: "news/a.md")
        #expect(found.count == 1)
        #expect(found.first?.hasSuffix(Self.message("ЕГН")) == true)
    }
}
