import Testing
@testable import OKMMarkdown
@testable import OKMModel

/// `Cmark.parse`: CommonMark → Swift values, with true file lines.
@Suite struct CmarkTests {
    // MARK: lines

    @Test func blockLinesAreFileLinesWithTheOffsetAdded() {
        let md = "# Заглавие\n\nПърви абзац\nпродължава.\n\nВтори абзац.\n"
        let parsed = Cmark.parse(md, lineOffset: 7)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.body.blocks == [
            .heading(level: 1, [.text("Заглавие")], line: 8),
            .paragraph([.text("Първи абзац"), .softBreak, .text("продължава.")], line: 10),
            .paragraph([.text("Втори абзац.")], line: 13),
        ])
    }

    @Test func withoutOffsetLinesAreBodyLines() {
        let parsed = Cmark.parse("a\n\n\n\nb")
        #expect(parsed.body.blocks == [.paragraph([.text("a")], line: 1), .paragraph([.text("b")], line: 5)])
    }

    @Test func nestedBlocksKeepTheirOwnLines() {
        let md = "> цитат\n>\n> ## вътре\n\n- едно\n- две\n"
        let blocks = Cmark.parse(md, lineOffset: 100).body.blocks
        #expect(blocks == [
            .blockQuote([
                .paragraph([.text("цитат")], line: 101),
                .heading(level: 2, [.text("вътре")], line: 103),
            ]),
            .list(ordered: false, start: 0, tight: true, items: [
                [.paragraph([.text("едно")], line: 105)],
                [.paragraph([.text("две")], line: 106)],
            ]),
        ])
    }

    // MARK: headings

    @Test(arguments: 1...6) func atxHeadingLevels(level: Int) {
        let md = String(repeating: "#", count: level) + " Точка"
        #expect(Cmark.parse(md).body.blocks == [.heading(level: level, [.text("Точка")], line: 1)])
    }

    @Test func setextHeadingsStartAtTheirTextLine() {
        let md = "\nПърво\n=====\n\nВторо\n-----\n"
        #expect(Cmark.parse(md, lineOffset: 3).body.blocks == [
            .heading(level: 1, [.text("Първо")], line: 5),
            .heading(level: 2, [.text("Второ")], line: 8),
        ])
    }

    // MARK: lists

    @Test func tightBulletList() {
        let blocks = Cmark.parse("* а\n* б\n* в\n").body.blocks
        #expect(blocks == [.list(ordered: false, start: 0, tight: true, items: [
            [.paragraph([.text("а")], line: 1)],
            [.paragraph([.text("б")], line: 2)],
            [.paragraph([.text("в")], line: 3)],
        ])])
    }

    @Test func looseBulletList() {
        let blocks = Cmark.parse("- а\n\n- б\n").body.blocks
        #expect(blocks == [.list(ordered: false, start: 0, tight: false, items: [
            [.paragraph([.text("а")], line: 1)],
            [.paragraph([.text("б")], line: 3)],
        ])])
    }

    @Test func orderedListKeepsItsStart() {
        let blocks = Cmark.parse("3. трето\n4. четвърто\n").body.blocks
        #expect(blocks == [.list(ordered: true, start: 3, tight: true, items: [
            [.paragraph([.text("трето")], line: 1)],
            [.paragraph([.text("четвърто")], line: 2)],
        ])])
    }

    @Test func orderedListFromOneWithParenthesis() {
        let blocks = Cmark.parse("1) а\n2) б\n").body.blocks
        guard case .list(let ordered, let start, let tight, let items) = blocks.first else {
            Issue.record("expected a list, got \(blocks)"); return
        }
        #expect(ordered)
        #expect(start == 1)
        #expect(tight)
        #expect(items.count == 2)
    }

    @Test func nestedListInsideAnItem() {
        let blocks = Cmark.parse("- горе\n  - долу\n").body.blocks
        #expect(blocks == [.list(ordered: false, start: 0, tight: true, items: [[
            .paragraph([.text("горе")], line: 1),
            .list(ordered: false, start: 0, tight: true, items: [[.paragraph([.text("долу")], line: 2)]]),
        ]])])
    }

    @Test func emptyListItem() {
        let blocks = Cmark.parse("-\n- б\n").body.blocks
        #expect(blocks == [.list(ordered: false, start: 0, tight: true, items: [
            [],
            [.paragraph([.text("б")], line: 2)],
        ])])
    }

    // MARK: code, html, breaks

    @Test func fencedCodeBlock() {
        let blocks = Cmark.parse("текст\n\n```swift extra\nlet x = 1\n```\n", lineOffset: 2).body.blocks
        #expect(blocks == [
            .paragraph([.text("текст")], line: 3),
            .codeBlock(info: "swift extra", literal: "let x = 1\n", line: 5),
        ])
    }

    @Test func indentedCodeBlockHasNoInfo() {
        let blocks = Cmark.parse("    код\n    още\n").body.blocks
        #expect(blocks == [.codeBlock(info: "", literal: "код\nоще\n", line: 1)])
    }

    @Test func htmlBlockAndThematicBreak() {
        let blocks = Cmark.parse("<div>\nx\n</div>\n\n***\n").body.blocks
        #expect(blocks == [.htmlBlock("<div>\nx\n</div>\n", line: 1), .thematicBreak])
    }

    @Test func hardAndSoftBreaks() {
        let inlines = paragraphInlines("а  \nб\\\nв\nг")
        #expect(inlines == [.text("а"), .lineBreak, .text("б"), .lineBreak, .text("в"), .softBreak, .text("г")])
    }

    // MARK: inlines

    @Test func emphasisStrongAndCode() {
        #expect(paragraphInlines("*курсив* **удебелен** `код` _също_") == [
            .emphasis([.text("курсив")]), .text(" "),
            .strong([.text("удебелен")]), .text(" "),
            .code("код"), .text(" "),
            .emphasis([.text("също")]),
        ])
    }

    @Test func nestedEmphasisInsideStrong() {
        #expect(paragraphInlines("**а *б* в**") == [
            .strong([.text("а "), .emphasis([.text("б")]), .text(" в")]),
        ])
    }

    @Test func linkWithTitle() {
        #expect(paragraphInlines("[РДСП](https://example.org/a?b=1 \"Заглавие\")") == [
            .link(url: "https://example.org/a?b=1", title: "Заглавие", [.text("РДСП")]),
        ])
    }

    @Test func referenceLinkAndAutolink() {
        let inlines = paragraphInlines("[тук][r] и <https://okm.bg>\n\n[r]: /protocols/ 'T'")
        #expect(inlines == [
            .link(url: "/protocols/", title: "T", [.text("тук")]),
            .text(" и "),
            .link(url: "https://okm.bg", title: "", [.text("https://okm.bg")]),
        ])
    }

    @Test func imageWithAltAndTitle() {
        #expect(paragraphInlines("![Участниците в *кръглата* маса](img/a.jpg \"Кърджали\")") == [
            .image(url: "img/a.jpg", title: "Кърджали", alt: [.text("Участниците в "), .emphasis([.text("кръглата")]), .text(" маса")]),
        ])
    }

    @Test func inlineHTMLIsKeptAsValue() {
        #expect(paragraphInlines("а <b>б</b>") == [.text("а "), .html("<b>"), .text("б"), .html("</b>")])
    }

    @Test func entitiesAndEscapesAreDecoded() {
        #expect(paragraphInlines("&amp; &copy; \\*не\\*").plainText == "& © *не*")
    }

    // MARK: confidential

    @Test func confidentialFenceIsKeptApartWithItsFileLine() {
        let md = "## По т. 1\n\nПублично.\n\n```confidential\nДете А., с. Тръстеник\n```\n\nСлед това.\n"
        let body = Cmark.parse(md, lineOffset: 10).body
        #expect(body.blocks == [
            .heading(level: 2, [.text("По т. 1")], line: 11),
            .paragraph([.text("Публично.")], line: 13),
            .paragraph([.text("След това.")], line: 19),
        ])
        #expect(body.confidential == [ConfidentialBlock(text: "Дете А., с. Тръстеник\n", line: 15)])
    }

    @Test func confidentialInfoWordIsCaseInsensitiveAndMayHaveMoreWords() {
        let md = "~~~Confidential бележка\nпърво\n~~~\n\n```CONFIDENTIAL\nвторо\n```\n"
        let body = Cmark.parse(md).body
        #expect(body.blocks.isEmpty)
        #expect(body.confidential.map(\.text) == [ConfidentialText("първо\n"), ConfidentialText("второ\n")])
        #expect(body.confidential.map(\.line) == [1, 5])
    }

    @Test func confidentialInsideListItemAndQuoteIsRemovedFromThem() {
        let md = "- Случай:\n\n  ```confidential\n  Момче В. Г.\n  ```\n\n> ```confidential\n> Цитат\n> ```\n"
        let body = Cmark.parse(md, lineOffset: 4).body
        #expect(body.blocks == [
            .list(ordered: false, start: 0, tight: false, items: [[.paragraph([.text("Случай:")], line: 5)]]),
            .blockQuote([]),
        ])
        #expect(body.confidential == [
            ConfidentialBlock(text: "Момче В. Г.\n", line: 7),
            ConfidentialBlock(text: "Цитат\n", line: 11),
        ])
    }

    @Test func aWordThatOnlyStartsWithConfidentialIsPublicCode() {
        let body = Cmark.parse("```confidentiality\nx\n```\n").body
        #expect(body.confidential.isEmpty)
        #expect(body.blocks == [.codeBlock(info: "confidentiality", literal: "x\n", line: 1)])
    }

    // MARK: empty and degenerate input

    @Test func emptyInput() {
        let parsed = Cmark.parse("", lineOffset: 5)
        #expect(parsed.body == Body.empty)
        #expect(parsed.problems.isEmpty)
        #expect(Cmark.referenceHTML("") == "")
    }

    @Test func blankInput() {
        let parsed = Cmark.parse("   \n\n\t\n", lineOffset: 5)
        #expect(parsed.body.blocks.isEmpty)
        #expect(parsed.body.confidential.isEmpty)
        #expect(parsed.problems.isEmpty)
    }

    @Test func versionIsCmarks() {
        #expect(Cmark.version.split(separator: ".").count == 3)
    }

    // MARK: nesting deeper than maxDepth

    @Test func fiveThousandNestedQuotesAreCutAtMaxDepth() {
        let md = "Начало.\n\n" + String(repeating: ">", count: 5000) + " дълбоко\n"
        let parsed = Cmark.parse(md)
        #expect(parsed.problems.count == 1)
        #expect(parsed.problems.first?.line == 3)
        #expect(parsed.problems.first?.message.contains("\(Cmark.maxDepth)") == true)
        #expect(parsed.body.blocks.first == .paragraph([.text("Начало.")], line: 1))
        // The document is level 1, so 64 quotes are kept and the 65th is left out.
        var depth = 0
        var current = Array(parsed.body.blocks.dropFirst())
        while current.count == 1, case .blockQuote(let inner) = current[0] {
            depth += 1
            current = inner
        }
        #expect(depth == Cmark.maxDepth)
        #expect(current.isEmpty)
        // Rendering what is kept does not crash either.
        let html = HTMLRenderer().render(parsed.body.blocks)
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == Cmark.maxDepth)
        #expect(!html.contains("дълбоко"))
    }

    @Test func fiveThousandNestedBulletMarkersAreCutAtMaxDepth() {
        let md = String(repeating: "- ", count: 5000) + "дълбоко\n"
        let parsed = Cmark.parse(md, lineOffset: 0)
        #expect(parsed.problems.count == 1)
        #expect(parsed.problems.first?.line == 1)
        // list + item are two levels each: 32 lists fit in 64 levels.
        #expect(listDepth(parsed.body.blocks) == Cmark.maxDepth / 2)
        #expect(!HTMLRenderer().render(parsed.body.blocks).contains("дълбоко"))
    }

    @Test func fiveThousandNestedMarkersAreRenderedByCmarkToo() {
        let md = String(repeating: "1. ", count: 5000) + "дълбоко\n"
        #expect(Cmark.referenceHTML(md).contains("дълбоко"))
        #expect(Cmark.parse(md).problems.count == 1)
    }

    @Test func nestedOrderedMarkersOnTheirOwnLines() {
        var md = ""
        for i in 0..<300 { md += String(repeating: " ", count: i * 3) + "1. т\n" }
        let parsed = Cmark.parse(md, lineOffset: 0)
        #expect(parsed.problems.count == 1)
        // List k and item k are levels 2k and 2k+1 (the document is 1): the paragraph of
        // item 32, on line 32, is the first thing deeper than 64 levels.
        #expect(parsed.problems.first?.line == 32)
        #expect(listDepth(parsed.body.blocks) == Cmark.maxDepth / 2)
    }

    @Test func nestingExactlyAtTheLimitHasNoProblem() {
        // Document + 63 quotes + the paragraph = 65 levels; the paragraph is entered with 64 on the stack.
        let md = String(repeating: ">", count: Cmark.maxDepth - 1) + " x"
        let parsed = Cmark.parse(md)
        #expect(parsed.problems.isEmpty)
        #expect(HTMLRenderer().render(parsed.body.blocks) == Cmark.referenceHTML(md))
    }

    // MARK: helpers

    private func paragraphInlines(_ md: String) -> [Inline] {
        guard case .paragraph(let inlines, _)? = Cmark.parse(md).body.blocks.first else { return [] }
        return inlines
    }

    private func listDepth(_ blocks: [Block]) -> Int {
        var depth = 0
        var current = blocks
        while let first = current.first, case .list(_, _, _, let items) = first {
            depth += 1
            guard let item = items.first else { break }
            current = item.filter { if case .list = $0 { return true } else { return false } }
        }
        return depth
    }
}
