import Testing
@testable import OKMMarkdown
@testable import OKMModel

/// `Outline`: headings with ids, agenda numbers, the first paragraph — over parsed Markdown.
@Suite struct OutlineTests {
    static let agendaForms: [(String, Int?)] = [
        ("По т. 1", 1),
        ("По т.1", 1),
        ("по т. 12", 12),
        ("ПО Т. 3", 3),
        ("по точка 2", 2),
        ("По точка 7 от дневния ред", 7),
        ("Точка 3", 3),
        ("точка 10.", 10),
        ("т. 4", 4),
        ("т.5 – Разни", 5),
        ("По т.\u{00A0}6", 6),
        ("По т. 1:", 1),
        ("По темата", nil),
        ("Разни", nil),
        ("По т. а", nil),
        ("По т. 1а", nil),
        ("По т. 12345", nil),
        ("т.е. няма точка", nil),
        ("Точката", nil),
        ("", nil),
    ]

    @Test(arguments: agendaForms) func agendaNumber(text: String, expected: Int?) {
        #expect(Outline.agendaNumber(text) == expected)
    }

    @Test func headingsFromMarkdownWithAgendaNumbersAndIDs() {
        let md = """
        ## По т. 1

        текст

        ## По т.2

        ### по точка 3

        ## Точка 4

        #### т. 5

        ## По темата
        """
        let headings = Outline.headings(Cmark.parse(md, lineOffset: 30).body.blocks)
        #expect(headings.map(\.agendaItem) == [1, 2, 3, 4, 5, nil])
        #expect(headings.map(\.id) == ["t-1", "t-2", "t-3", "t-4", "t-5", "po-temata"])
        #expect(headings.map(\.line) == [31, 35, 37, 39, 41, 43])
        #expect(headings.map(\.level) == [2, 2, 3, 2, 4, 2])
        #expect(headings.map(\.text) == ["По т. 1", "По т.2", "по точка 3", "Точка 4", "т. 5", "По темата"])
    }

    @Test func idsAreUnique() {
        let md = "# Разни\n# Разни\n# Разни\n# По т. 1\n# Точка 1\n# t-1\n"
        let headings = Outline.headings(Cmark.parse(md).body.blocks)
        #expect(headings.map(\.id) == ["razni", "razni-2", "razni-3", "t-1", "t-1-2", "t-1-3"])
        #expect(Set(headings.map(\.id)).count == headings.count)
    }

    @Test func headingWithoutSlugGetsPositionalID() {
        let md = "# Първо\n\n# ***\n\n# —\n"
        let headings = Outline.headings(Cmark.parse(md).body.blocks)
        // "# ***" is a heading whose text is "***" (not a thematic break inside a heading).
        #expect(headings.map(\.id) == ["parvo", "h-2", "h-3"])
    }

    @Test func headingTextIsPlainAndTrimmed() {
        let headings = Outline.headings(Cmark.parse("## По *т.* 1 [тук](x) `к`\n").body.blocks)
        #expect(headings.count == 1)
        #expect(headings.first?.text == "По т. 1 тук к")
        #expect(headings.first?.agendaItem == 1)
    }

    /// A heading is rendered as a heading wherever it is, so each one gets an anchor: in a
    /// quote, in a list item, in a quote in a list.
    @Test func headingsInsideQuotesAndListsCount() {
        let md = "> ## В цитат\n\n- ## В списък\n- > ### По т. 2\n"
        let headings = Outline.headings(Cmark.parse(md).body.blocks)
        #expect(headings.map(\.text) == ["В цитат", "В списък", "По т. 2"])
        #expect(headings.map(\.id) == ["v-tsitat", "v-spisak", "t-2"])
    }

    @Test func firstParagraphSkipsHeadingsAndBlankParagraphs() {
        let md = "# Заглавие\n\n> цитат не е\n\nПърви *истински* [абзац](x)\nна два реда.\n\nВтори.\n"
        #expect(Outline.firstParagraph(Cmark.parse(md).body.blocks) == "Първи истински абзац на два реда.")
    }

    @Test func firstParagraphIgnoresInlineHTMLOnlyParagraphs() {
        let blocks: [Block] = [.paragraph([.html("<br>")], line: 1), .paragraph([.text("  текст  ")], line: 2)]
        #expect(Outline.firstParagraph(blocks) == "текст")
    }

    @Test func firstParagraphIsNilWithoutParagraphs() {
        #expect(Outline.firstParagraph(Cmark.parse("# Само заглавие\n\n- списък\n").body.blocks) == nil)
        #expect(Outline.firstParagraph([]) == nil)
    }

    @Test func plainTextOfBlocks() {
        let blocks = Cmark.parse("- а\n- *б*\n\n```\nкод\n```\n\n<div>x</div>\n").body.blocks
        #expect(blocks.map(\.plainText) == ["а\nб", "код\n", ""])
    }
}
