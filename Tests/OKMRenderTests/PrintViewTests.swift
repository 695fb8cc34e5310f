import Foundation
import Testing
@testable import OKMRender
import OKMLink
import OKMLoad
import OKMModel

/// The print edition's view model: the text of the official document made from the fields,
/// and the confidential blocks only in the internal edition.
@Suite struct PrintViewTests {
    static func protocolRecord(_ ctx: RenderContext) throws -> ProtocolRecord {
        try #require(ctx.site.content.protocols.first { $0.header.id.slug == "ruse-2015-03-10" })
    }

    @Test func theProtocolReadsLikeTheOfficialDocument() throws {
        let ctx = try ViewModelTests.context()
        let v = ctx.printProtocol(try Self.protocolRecord(ctx), edition: .publicEdition)
        #expect(v.approval?.label == "ОДОБРЯВАМ:")
        #expect(v.approval?.name == "ИВАН ПЕТРОВ")
        #expect(v.approval?.post == "Областен управител")
        #expect(v.titleWord == "ПРОТОКОЛ")
        #expect(v.numberLine == "№ 3/10.03.2015 г.")
        #expect(v.subtitle == "от заседание на Областен координационен механизъм по деинституционализация")
        #expect(v.opening.first?.text == "Днес, 10.03.2015 г., от 10.00 ч. в Зала 1 се проведе заседание на Областен координационен механизъм по деинституционализация.")
        #expect(v.opening.count == 2)
        #expect(v.opening[1].text.hasPrefix("Заседанието бе водено от Иван Петров"))
        #expect(v.opening[1].text.contains("Участие взеха представители на Регионална дирекция „Социално подпомагане“ – Русе и Фондация"))
        #expect(v.agenda.map(\.title) == ["Закриване на ДДЛРГ „Проба“", "Разни"])
        #expect(v.agenda[0].reportLabel == "Докладва:")
        #expect(v.agenda[0].reporters == "Мария Иванова – директор, Регионална дирекция „Социално подпомагане“ – Русе")
        #expect(v.agenda[1].reporters == nil)
        #expect(v.sections.map(\.heading) == ["По т. 1", "По т. 2"])
        #expect(v.sections[0].decisions?.caption == "Решения по т. 1")
        #expect(v.sections[0].decisions?.rows.map(\.number) == ["1."])
        #expect(v.sections[0].decisions?.rows.first?.due == "30.06.2015 г.")
        #expect(v.sections[0].decisions?.rows.first?.responsible == "Регионална дирекция „Социално подпомагане“ – Русе")
        #expect(v.sections[1].decisions == nil)
        #expect(v.nextMeeting == "Следващото заседание ще се проведе на 16.06.2015 г.")
        #expect(v.signatures.map(\.role) == ["Председател", "Изготвил"])
        #expect(v.signatures.map(\.name) == ["Иван Петров", "Мария Иванова"])
        // Mentions print as text: no links into the site inside the discussion.
        #expect(!v.sections.map(\.html).joined().contains("<a "))
    }

    @Test func confidentialBlocksOnlyInTheInternalEditionWhereTheyStood() throws {
        let ctx = try ViewModelTests.context()
        let p = try Self.protocolRecord(ctx)
        let publicHTML = ctx.printProtocol(p, edition: .publicEdition).sections.map(\.html).joined()
        #expect(!publicHTML.contains("6101047500"))
        #expect(!publicHTML.contains("confidential"))
        let internalView = ctx.printProtocol(p, edition: .internalEdition)
        let first = internalView.sections[0].html
        #expect(first.contains("<div class=\"confidential\">\n<p class=\"confidential-label\">Поверително</p>\n<p>Дете А. (3 г.) – ЕГН 6101047500, настанено в приемно семейство.</p>\n</div>"))
        #expect(first.range(of: "докладва за плана")!.lowerBound < first.range(of: "6101047500")!.lowerBound)
        #expect(!internalView.sections[1].html.contains("6101047500"))
        let page = ctx.printPage([p], volume: nil, edition: .internalEdition, inlineCSS: "")
        #expect(page.isInternal && page.internalMarker == "За вътрешно ползване")
        #expect(page.screenLinks.isEmpty && page.canonical == nil)
        #expect(page.pageCSS.contains("@top-center { content: \"За вътрешно ползване\"; }"))
    }

    /// Only a heading of the body's own level opens an agenda item's section: an agenda
    /// heading quoted inside a block quote stays in its quote, and the quote's text is printed.
    @Test func anAgendaHeadingInsideAQuoteDoesNotSwallowTheQuote() throws {
        let ctx = try ViewModelTests.context()
        var p = try Self.protocolRecord(ctx)
        p.header.body.blocks = [
            .heading(level: 2, [.text("По т. 1")], line: 10),
            .blockQuote([.heading(level: 3, [.text("По т. 2")], line: 11), .paragraph([.text("Цитиран текст.")], line: 12)]),
        ]
        let sections = ctx.printProtocol(p, edition: .publicEdition).sections
        #expect(sections.first?.heading == "По т. 1")
        #expect(sections.map(\.html).joined().contains("Цитиран текст."))
    }

    @Test func confidentialTextIsEscapedAndKeepsItsParagraphs() throws {
        let ctx = try ViewModelTests.context()
        let html = ctx.confidentialHTML(ConfidentialBlock(text: "Ред <1> & \"2\"\nред 2\n\n\nНов абзац\n", line: 3))
        #expect(html.contains("<p>Ред &lt;1&gt; &amp; &quot;2&quot;<br>\nред 2</p>\n<p>Нов абзац</p>\n"))
    }

    /// A yearly volume is read as a PDF away from the site, so it links the signed originals by
    /// full address: under a base with a path the path is written once (it was twice:
    /// `https://host/okm/okm/…`), and an original elsewhere is linked as written (it was glued
    /// to the site's host).
    @Test func aVolumeLinksTheSignedOriginalsByTheirFullAddress() throws {
        let basic = try ViewModelTests.context()
        var site = basic.site
        site.settings.baseURL = "https://okm.example.bg/okm/"
        let here = SourceLocation(path: "x.md", line: 1, column: 1)
        let slugs = site.content.protocols.map(\.header.id.slug)
        let ruse = try #require(slugs.firstIndex(of: "ruse-2015-03-10"))
        site.content.protocols[ruse].original = SignedOriginal(file: "ruse-2015-03-10.pdf", location: here)
        let ctx = RenderContext(site: site, theme: try Self.theme(), language: "bg")
        let volume = try #require(PrintEditions.volumes(ctx.site).first { v in v.protocols.contains { $0.header.id.slug == "ruse-2015-03-10" } })
        let local = try #require(ctx.assetURL("ruse-2015-03-10.pdf", of: site.content.protocols[ruse].header)).string
        #expect(local.hasPrefix("/okm/protocols/"))
        #expect(ctx.printPage(volume.protocols, volume: volume, edition: .publicEdition).volume?.originals.map(\.url?.string) == ["https://okm.example.bg" + local])
        site.content.protocols[ruse].original = SignedOriginal(file: "https://archive.example.org/ruse-3.pdf", location: here)
        let elsewhere = RenderContext(site: site, theme: try Self.theme(), language: "bg")
        let again = try #require(PrintEditions.volumes(elsewhere.site).first { v in v.protocols.contains { $0.header.id.slug == "ruse-2015-03-10" } })
        #expect(elsewhere.printPage(again.protocols, volume: again, edition: .publicEdition).volume?.originals.map(\.url?.string) == ["https://archive.example.org/ruse-3.pdf"])
    }

    @Test func thePublicPageLinksBackAndItsPDFOnlyWhenMade() throws {
        let ctx = try ViewModelTests.context()
        let p = try Self.protocolRecord(ctx)
        let page = ctx.printPage([p], volume: nil, edition: .publicEdition)
        #expect(page.screenLinks.map(\.url) == ["/protocols/2015/ruse-2015-03-10/"])
        #expect(page.stylesheet == "/assets/print.css")
        #expect(page.canonical == "https://okm.example.bg/protocols/2015/ruse-2015-03-10/")
        #expect(page.pageCSS.contains("@top-right { content: \"Протокол № 3/10.03.2015 г.\"; }"))
        #expect(page.pageCSS.contains("@bottom-right { content: \"стр. \" counter(page) \" от \" counter(pages); }"))
        #expect(ctx.printLinks(p).map(\.url) == ["/protocols/2015/ruse-2015-03-10/print/", "/regions/ruse/protocols/2015/print/"])
        let withPDF = RenderContext(site: ctx.site, theme: try Self.theme(), language: "bg", pdfLinks: true)
        #expect(withPDF.printLinks(p).map(\.url) == [
            "/protocols/2015/ruse-2015-03-10/print/", "/protocols/2015/ruse-2015-03-10/ruse-2015-03-10.pdf",
            "/regions/ruse/protocols/2015/print/", "/regions/ruse/protocols/2015/ruse-2015.pdf",
        ])
        #expect(PrintEditions.targets(ctx.site).map(\.pdf) == [
            "protocols/2015/ruse-2015-03-10/ruse-2015-03-10.pdf", "regions/ruse/protocols/2015/ruse-2015.pdf",
        ])
    }

    @Test func inEnglish() throws {
        let ctx = try ViewModelTests.context(language: "en")
        let v = ctx.printProtocol(try Self.protocolRecord(ctx), edition: .publicEdition)
        #expect(v.titleWord == "MINUTES")
        #expect(v.numberLine == "No. 3/10.03.2015")
        #expect(v.opening.first?.text == "On 10 March 2015, at 10:00, in Зала 1, a meeting of the Regional Coordination Mechanism for Deinstitutionalisation was held.")
        #expect(v.agenda[0].reportLabel == "Reporter:")
        // The place, the chair and those present are the protocol's Bulgarian text inside an
        // English sentence: marked apart (WCAG 3.1.2), the sentence around them not.
        let first = v.opening[0].parts
        #expect(first.filter { $0.textLang == "bg" }.map(\.text) == ["Зала 1"])
        #expect(first.first?.textLang == nil && first.first?.text.hasPrefix("On 10 March 2015") == true)
        let second = v.opening[1].parts.filter { $0.textLang == "bg" }.map(\.text)
        #expect(second.contains { $0.hasPrefix("Иван Петров") })
        #expect(v.opening[1].parts.filter { $0.textLang == nil }.allSatisfy { !$0.text.contains("Иван") })
    }

    @Test func aBulgarianPageMarksNothing() throws {
        let ctx = try ViewModelTests.context()
        let v = ctx.printProtocol(try Self.protocolRecord(ctx), edition: .publicEdition)
        #expect(v.opening.allSatisfy { $0.parts.count == 1 && $0.parts[0].textLang == nil })
    }

    @Test func timesAndListsAsPeopleWriteThem() throws {
        let ctx = try ViewModelTests.context()
        #expect(ctx.meetingTime("10:00") == "10.00 ч.")
        #expect(ctx.meetingTime("9.30") == "9.30 ч.")
        #expect(ctx.meetingTime("10:00 – 12:30 ч.") == "10:00 – 12:30 ч.")
        #expect(ctx.joined(["А"]) == "А")
        #expect(ctx.joined(["А", "Б"]) == "А и Б")
        #expect(ctx.joined(["А", "Б", "В"]) == "А, Б и В")
    }

    @Test func cssStringsHoldAnyText() {
        #expect(PrintCSS.string("Протокол № 2") == "\"Протокол № 2\"")
        #expect(PrintCSS.string("a\"b\\c</style>\nd") == "\"a\\22 b\\5c c\\3c /style\\3e \\a d\"")
    }

    static func theme() throws -> Theme {
        let (theme, _) = Theme.load(directory: ViewModelTests.repo + "/templates")
        return try #require(theme)
    }
}
