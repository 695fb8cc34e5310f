import Testing
@testable import OKMLink
import OKMModel

@Suite struct MentionTests {
    static func pattern(_ kind: Kind, _ slug: String, _ form: String, entity: Int = 0) -> MentionPattern {
        MentionPattern(id: DocumentID(kind, slug), entity: entity, form: form)
    }

    @Test func automatonFindsEveryFormOnWholeWords() {
        let a = MentionAutomaton([
            Self.pattern(.institutions, "dmsgd-ruse", "ДМСГД – Русе", entity: 0),
            Self.pattern(.organizations, "asp", "АСП", entity: 1),
            Self.pattern(.organizations, "obshtina-ruse", "Община Русе", entity: 2),
        ])
        let text = Array("В ДМСГД – Русе и (АСП), но не в АСПИРАНТ; община Русе.".unicodeScalars)
        let chosen = MentionAutomaton.select(a.matches(in: text))
        #expect(chosen.map { a.patterns[$0.pattern].id.slug } == ["dmsgd-ruse", "asp", "obshtina-ruse"])
        #expect(chosen.map(a.entity(of:)) == [0, 1, 2])
    }
}

@Suite struct MentionPassTests {
    static func content(body: [Block]) -> Content {
        var c = Content(settings: SiteSettings())
        let at = OKMModel.SourceLocation(path: "x.md", line: 1, column: 1)
        var inst = Institution(header: Header(id: DocumentID(.institutions, "dmsgd-ruse"), path: "content/institutions/dmsgd-ruse.md"),
                               names: Names(name: "Дом за медико-социални грижи за деца – Русе", short: "ДМСГД – Русе",
                                            aliases: ["ДМСГД Русе"]), kind: .dmsgd)
        inst.header.body = Body(blocks: [.paragraph([.text("ДМСГД – Русе е домът.")], line: 5)])
        c.institutions = [inst]
        c.organizations = [Organization(header: Header(id: DocumentID(.organizations, "ekvilibrium"), path: "content/organizations/ekvilibrium.md"),
                                        names: Names(name: "СНЦ „Еквилибриум“"), kind: .ngo)]
        var news = NewsItem(header: Header(id: DocumentID(.news, "n"), path: "content/news/n.md"))
        news.header.title = "N"
        news.header.date = Day(year: 2015, month: 1, day: 1)
        news.header.body = Body(blocks: body)
        c.news = [news]
        _ = at
        return c
    }

    static func linked(_ body: [Block]) -> (blocks: [Block], site: Site, diagnostics: [Diagnostic]) {
        let (site, d) = Linker.link(content(body: body))
        return (site.content.news[0].header.body.blocks, site, d)
    }

    @Test func firstMentionBecomesALinkAndEveryMentionCounts() {
        let (blocks, site, d) = Self.linked([
            .paragraph([.text("В ДМСГД – Русе има деца. ДМСГД Русе ще бъде закрит.")], line: 7),
            .paragraph([.text("Отново дом за медико-социални грижи за деца – Русе.")], line: 9),
        ])
        #expect(d.isEmpty)
        let id = DocumentID(.institutions, "dmsgd-ruse")
        #expect(blocks[0] == .paragraph([.text("В "), .mention(id, [.text("ДМСГД – Русе")]),
                                          .text(" има деца. ДМСГД Русе ще бъде закрит.")], line: 7))
        #expect(blocks[1] == .paragraph([.text("Отново дом за медико-социални грижи за деца – Русе.")], line: 9))
        #expect(site.mentionCounts[id]?[DocumentID(.news, "n")] == 3)
        #expect(site.backlinks[id] == [DocumentID(.news, "n")])
    }

    @Test func quotesOfAnyShapeAndHyphensMatchButPartsOfWordsDoNot() {
        let (blocks, _, _) = Self.linked([
            .paragraph([.text("Управлявано от СНЦ „Еквилибриум” и ДМСГД - Русе; не ДМСГД – Русенски.")], line: 3),
        ])
        guard case .paragraph(let inlines, _) = blocks[0] else { Issue.record("not a paragraph"); return }
        let mentioned = inlines.compactMap { i -> String? in if case .mention(let id, _) = i { return id.slug } else { return nil } }
        #expect(mentioned == ["ekvilibrium", "dmsgd-ruse"])
    }

    @Test func acronymsMatchOnlyAsWritten() {
        let (blocks, _, _) = Self.linked([.paragraph([.text("дмсгд – русе не е акроним тук")], line: 3)])
        #expect(blocks[0] == .paragraph([.text("дмсгд – русе не е акроним тук")], line: 3))
    }

    @Test func linksCodeAndHeadingsAreLeftAlone() {
        let body: [Block] = [
            .heading(level: 2, [.text("ДМСГД – Русе")], line: 3),
            .paragraph([.link(url: "https://x", title: "", [.text("ДМСГД – Русе")]), .code("ДМСГД – Русе")], line: 5),
            .codeBlock(info: "", literal: "ДМСГД – Русе\n", line: 7),
        ]
        let (blocks, site, _) = Self.linked(body)
        #expect(blocks == body)
        #expect(site.mentionCounts[DocumentID(.institutions, "dmsgd-ruse")] == nil)
    }

    @Test func aNameBrokenOverTwoLinesIsFound() {
        let (blocks, _, _) = Self.linked([.paragraph([.text("В ДМСГД –"), .softBreak, .text("Русе.")], line: 3)])
        guard case .paragraph(let inlines, _) = blocks[0] else { Issue.record("not a paragraph"); return }
        #expect(inlines.contains(.mention(DocumentID(.institutions, "dmsgd-ruse"), [.text("ДМСГД – Русе")])))
    }

    @Test func anEntityDoesNotMentionItself() {
        let (_, site, _) = Self.linked([])
        #expect(site.content.institutions[0].header.body.blocks == [.paragraph([.text("ДМСГД – Русе е домът.")], line: 5)])
    }

    @Test func aNameSharedByTwoEntitiesIsAnErrorAtEachPlace() {
        var c = Self.content(body: [])
        let at = OKMModel.SourceLocation(path: "content/organizations/b.md", line: 3, column: 8)
        c.organizations.append(Organization(header: Header(id: DocumentID(.organizations, "b"), path: at.path),
                                            names: Names(name: "ДМСГД Русе", locations: ["ДМСГД Русе": at]), kind: .other))
        let (_, d) = Linker.link(c)
        #expect(d.map(\.description) == [
            "content/organizations/b.md:3:8: error: the name 'ДМСГД Русе' is also a name of institutions/dmsgd-ruse: a body mentioning it could mean either; make each name or alias unique",
        ])
    }
}
