import Foundation
import Testing
@testable import OKMLink
@testable import OKMLoad
@testable import OKMModel

/// `Linker.link`: references, titles, backlinks, region order, agenda checks.
@Suite struct LinkerTests {
    static let ruseRegion = DocumentID(.regions, "ruse")
    static let rdsp = DocumentID(.organizations, "rdsp-ruse")

    // MARK: resolution

    @Test func singleKindReferencesResolve() throws {
        let c = LinkTestContent([
            "news/2015/n.md": "---\ntitle: Н\ndate: 2015-09-11\nregion: ruse\norganizations: [rdsp-ruse]\npeople: [ivan-petrov]\ninstitutions: [dmsgd-ruse]\n---\n",
        ])
        let (loaded, site, diagnostics) = c.link()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let news = try #require(site.content.news.first)
        let id = DocumentID(.news, "n")
        #expect(site.resolve(try #require(news.header.region)) == Self.ruseRegion)
        #expect(site.resolve(news.header.organizations) == [Self.rdsp])
        #expect(site.resolve(news.header.people) == [DocumentID(.people, "ivan-petrov")])
        #expect(site.resolve(news.header.institutions) == [DocumentID(.institutions, "dmsgd-ruse")])
        let summary = try #require(site.summary(id))
        #expect(summary.title == "Н")
        #expect(summary.url == "/news/2015/n/")
        #expect(summary.date == Day(iso: "2015-09-11"))
        #expect(summary.path == c.path("news/2015/n.md"))
        #expect(summary.region == Self.ruseRegion)
        #expect(site.backlinks[Self.ruseRegion] == [id])
        #expect(site.backlinks[DocumentID(.institutions, "dmsgd-ruse")] == [id])
        #expect(site.summary(Self.rdsp)?.title == "Регионална дирекция „Социално подпомагане“ – Русе")
        #expect(site.summary(Self.rdsp)?.url == "/organizations/rdsp-ruse/")
    }

    @Test func attendeesResolveToOrganizationsOrPeople() throws {
        let c = LinkTestContent([
            "protocols/2014/p.md": "---\nregion: ruse\ndate: 2014-11-25\nattendees: [rdsp-ruse, ivan-petrov, dvoen]\n---\n",
            "organizations/dvoen.md": "---\nname: Организация\n---\n",
            "people/dvoen.md": "---\nname: Човек\n---\n",
        ])
        let (_, site, diagnostics) = c.link()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let p = try #require(site.content.protocols.first)
        // A slug that is both is taken as the field's first kind: organizations.
        #expect(site.resolve(p.attendees) == [Self.rdsp, DocumentID(.people, "ivan-petrov"), DocumentID(.organizations, "dvoen")])
        #expect(site.backlinks[DocumentID(.people, "dvoen")] == nil)
    }

    @Test func kindSlashSlugReferencesResolve() throws {
        let c = LinkTestContent([
            "protocols/2014/ruse-2014-11-25.md": "---\nregion: ruse\ndate: 2014-11-25\ndecisions:\n  - { text: Т, status: done, closed_by: news/zakrit }\n---\n",
            "news/2015/zakrit.md": "---\ntitle: Закрит\ndate: 2015-12-31\n---\n",
            "institutions/dmsgd-ruse.md": """
            ---
            name: Дом за медико-социални грижи за деца – Русе
            kind: dmsgd
            timeline:
              - { date: 2012-01-01, status: operating }
              - { date: 2014-11-25, status: closure-planned, source: protocols/ruse-2014-11-25 }
              - { date: 2015-12-31, status: closed, source: news/zakrit }
            ---
            """,
        ])
        let (loaded, site, diagnostics) = c.link()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let institution = try #require(site.content.institutions.first)
        #expect(institution.timeline.compactMap(\.source?.record).map { site.resolve($0) } == [
            DocumentID(.protocols, "ruse-2014-11-25"), DocumentID(.news, "zakrit"),
        ])
        #expect(site.backlinks[DocumentID(.protocols, "ruse-2014-11-25")] == [DocumentID(.institutions, "dmsgd-ruse")])
        // Newest first: the protocol (2014) before the undated institution.
        #expect(site.backlinks[DocumentID(.news, "zakrit")] == [DocumentID(.protocols, "ruse-2014-11-25"), DocumentID(.institutions, "dmsgd-ruse")])
    }

    // MARK: references to nothing

    @Test func unknownReferencesAtTheirOwnLinesWithDidYouMean() {
        let news = """
        ---
        title: Н
        date: 2015-09-11
        region: rusee
        organizations:
          - rdsp-ruse
          - rdsp-russe
        ---
        Текст.
        """
        let c = LinkTestContent(["news/2015/n.md": news])
        let (_, _, diagnostics) = c.link()
        #expect(c.lines(diagnostics, for: "news/2015/n.md") == [
            "4:9: unknown region 'rusee' (did you mean 'ruse'?)",
            "7:5: unknown organization 'rdsp-russe' (did you mean 'rdsp-ruse'?)",
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func unknownReferenceOfEitherKind() {
        let c = LinkTestContent(["protocols/2014/p.md": "---\nregion: ruse\ndate: 2014-11-25\nattendees: [ivan-petrv]\n---\n"])
        #expect(c.lines(c.link().diagnostics, for: "protocols/2014/p.md") == [
            "4:13: unknown organization or person 'ivan-petrv' (did you mean 'ivan-petrov'?)",
        ])
    }

    @Test func unknownKindSlashSlugReference() {
        let c = LinkTestContent([
            "protocols/2014/ruse-2014-11-25.md": "---\nregion: ruse\ndate: 2014-11-25\n---\n",
            "institutions/dmsgd-ruse.md": "---\nname: Дом\ntimeline:\n  - { date: 2014-11-25, status: closure-planned, source: protocols/ruse-2014-11-26 }\n---\n",
        ])
        #expect(c.lines(c.link().diagnostics, for: "institutions/dmsgd-ruse.md") == [
            "4:58: unknown protocol 'ruse-2014-11-26' (did you mean 'ruse-2014-11-25'?)",
        ])
    }

    @Test func unknownReferenceWithoutAnyCandidate() {
        let c = LinkTestContent(["news/2015/n.md": "---\ntitle: Н\ndate: 2015-09-11\nprojects: [nashite-detsa]\norganizations: [ministerstvo-na-zdraveopazvaneto]\n---\n"])
        #expect(c.lines(c.link().diagnostics, for: "news/2015/n.md") == [
            "4:12: unknown project 'nashite-detsa': there is no projects/ record yet",
            "5:17: unknown organization 'ministerstvo-na-zdraveopazvaneto': no file organizations/ministerstvo-na-zdraveopazvaneto.md",
        ])
    }

    @Test func unknownReferenceInACRLFFileWithBOM() {
        let text = "---\r\ntitle: Среща\r\ndate: 2015-03-10\r\nregion: ruse\r\ntags: [среща]\r\norganizations: [rdsp-ruse]\r\npeople: [ivan-petorv]\r\n---\r\nТекст.\r\n"
        let c = LinkTestContent([:])
        c.write("news/2015/sreshta.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let (loaded, _, diagnostics) = c.link()
        #expect(loaded.diagnostics.isEmpty)
        #expect(c.lines(diagnostics, for: "news/2015/sreshta.md") == ["7:10: unknown person 'ivan-petorv' (did you mean 'ivan-petrov'?)"])
    }

    @Test func everyReferenceFieldIsChecked() {
        let c = LinkTestContent([
            "protocols/2014/p.md": """
            ---
            region: ruse
            date: 2014-11-25
            approved_by: { person: x1 }
            chair: x2
            prepared_by: x3
            agenda:
              - { title: А, reporters: [x4], institutions: [x5], services: [x6], projects: [x7], organizations: [x8] }
            decisions:
              - { text: Р, responsible: [x9], closed_by: news/x10 }
            ---
            """,
            "events/2015/e.md": "---\nformat: seminar\ntitle: Е\ndate: 2015-01-01\nregion: ruse\npresenters:\n  - { person: x11 }\n---\n",
            "services/s.md": "---\nname: У\nprovider: x12\nreplaces: [x13]\n---\n",
            "projects/pr.md": "---\nname: П\nbeneficiary: x14\npartners: [x15]\nassociates: [x16]\n---\n",
            "organizations/o.md": "---\nname: О\nparent: x17\n---\n",
            "people/pe.md": "---\nname: Ч\nposts:\n  - { title: т, organization: x18 }\n---\n",
            "regions/r.md": "---\nname: Р\nmechanism: { initiated_by: x19 }\n---\n",
            "institutions/i.md": "---\nname: И\nreplaced_by: [x20]\n---\n",
        ])
        let (loaded, _, diagnostics) = c.link()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let named = Set(diagnostics.compactMap { d in d.message.split(separator: "'").dropFirst().first.map(String.init) })
        #expect(named == Set((1...20).map { "x\($0)" }))
        #expect(diagnostics.count == 20)
    }

    // MARK: drafts

    @Test func referenceToADraftThatIsLeftOut() {
        let c = LinkTestContent([
            "people/maria-ivanova.md": "---\nname: Мария Иванова\ndraft: true\n---\n",
            "news/2015/n.md": "---\ntitle: Н\ndate: 2015-09-11\npeople: [maria-ivanova]\nsource: { url: \"https://example.org\" }\n---\n",
        ])
        let (_, site, diagnostics) = c.link()
        #expect(c.lines(diagnostics, for: "news/2015/n.md") == [
            "4:10: 'people/maria-ivanova' is a draft and is left out of the site: publish it, or build with --drafts",
        ])
        #expect(site.summary(DocumentID(.people, "maria-ivanova")) == nil)
    }

    @Test func referenceToADraftWhenDraftsAreIncluded() {
        let c = LinkTestContent([
            "people/maria-ivanova.md": "---\nname: Мария Иванова\ndraft: true\n---\n",
            "news/2015/n.md": "---\ntitle: Н\ndate: 2015-09-11\npeople: [maria-ivanova]\n---\n",
        ])
        let (_, site, diagnostics) = c.link(includeDrafts: true)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(site.backlinks[DocumentID(.people, "maria-ivanova")] == [DocumentID(.news, "n")])
    }

    @Test func leftOutDraftOfTheOtherKindOfAnEitherKindField() {
        let c = LinkTestContent([
            "people/chernova.md": "---\nname: Чернова\ndraft: true\n---\n",
            "protocols/2014/p.md": "---\nregion: ruse\ndate: 2014-11-25\nattendees: [chernova]\n---\n",
        ])
        #expect(c.lines(c.link().diagnostics, for: "protocols/2014/p.md") == [
            "4:13: 'people/chernova' is a draft and is left out of the site: publish it, or build with --drafts",
        ])
    }

    // MARK: titles

    /// Link words no title: a protocol without one keeps none (Render words it, DerivedTitleTests);
    /// its summary falls back to its slug until then.
    @Test func anUntitledProtocolStaysUntitledInLink() throws {
        let c = LinkTestContent([
            "protocols/2014/ruse-2014-11-25.md": "---\nregion: ruse\nnumber: \"2\"\ndate: 2014-11-25\n---\n",
            "protocols/2015/titled.md": "---\ntitle: Извънредно заседание\nregion: ruse\nnumber: \"3\"\ndate: 2015-02-17\n---\n",
        ])
        let (_, site, diagnostics) = c.link()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let titles = Dictionary(uniqueKeysWithValues: site.content.protocols.map { ($0.header.id.slug, $0.header.title) })
        #expect(titles["ruse-2014-11-25"] == .some(nil))
        #expect(titles["titled"] == "Извънредно заседание")
        #expect(site.summary(DocumentID(.protocols, "ruse-2014-11-25"))?.url == "/protocols/2014/ruse-2014-11-25/")
    }

    @Test func titleHelpers() {
        var h = Header(id: DocumentID(.pages, "za-nas"), path: "x")
        #expect(Titles.title(of: h) == "za-nas")
        h.title = "За нас"
        #expect(Titles.title(of: h) == "За нас")
    }

    // MARK: backlinks

    @Test func backlinksNewestFirstAndDeduplicated() {
        let c = LinkTestContent([
            "organizations/rdsp-ruse.md": "---\nname: РДСП\nparent: rdsp-ruse\n---\n",
            "protocols/2014/ruse-2014-11-25.md": """
            ---
            region: ruse
            date: 2014-11-25
            attendees: [rdsp-ruse]
            organizations: [rdsp-ruse]
            decisions:
              - { text: Т, responsible: [rdsp-ruse] }
            ---
            """,
            "news/2015/b.md": "---\ntitle: Б\ndate: 2015-09-11\norganizations: [rdsp-ruse]\n---\n",
            "news/2015/a.md": "---\ntitle: А\ndate: 2015-09-11\norganizations: [rdsp-ruse, rdsp-ruse]\n---\n",
            "events/2015/e.md": "---\nformat: seminar\ntitle: Е\ndate: 2015-02-04\nregion: ruse\norganizations: [rdsp-ruse]\n---\n",
            "people/ivan-petrov.md": "---\nname: Иван Петров\nposts:\n  - { title: експерт, organization: rdsp-ruse }\n---\n",
            "regions/ruse.md": "---\nname: Област Русе\nshort: Русе\nmechanism: { initiated_by: rdsp-ruse }\n---\n",
            "news/2016/chernova.md": "---\ntitle: Ч\ndate: 2016-01-01\ndraft: true\norganizations: [rdsp-ruse]\n---\n",
        ])
        let (loaded, site, diagnostics) = c.link()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(site.backlinks[Self.rdsp] == [
            DocumentID(.news, "a"), DocumentID(.news, "b"),
            DocumentID(.events, "e"),
            DocumentID(.protocols, "ruse-2014-11-25"),
            DocumentID(.people, "ivan-petrov"),
            DocumentID(.regions, "ruse"),
        ])
        #expect(site.backlinks[Self.ruseRegion] == [DocumentID(.events, "e"), DocumentID(.protocols, "ruse-2014-11-25")])
    }

    // MARK: protocols by region

    @Test func protocolsByRegionOldestFirst() {
        let c = LinkTestContent([
            "protocols/a.md": "---\nregion: ruse\ndate: 2015-05-20\n---\n",
            "protocols/b.md": "---\nregion: ruse\ndate: 2014-11-25\n---\n",
            "protocols/c.md": "---\nregion: ruse\ndate: 2015-02-17\n---\n",
            "protocols/d.md": "---\nregion: kardzhali\ndate: 2015-01-01\n---\n",
            "protocols/e.md": "---\nregion: ruse\ndate: 2014-11-25\n---\n",
        ])
        let (_, site, diagnostics) = c.link()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(site.protocolsByRegion["ruse"] == ["b", "e", "c", "a"].map { DocumentID(.protocols, $0) })
        #expect(site.protocolsByRegion["kardzhali"] == [DocumentID(.protocols, "d")])
        #expect(site.protocolsByRegion.count == 2)
    }

    @Test func protocolWithoutADateDoesNotCrashTheLinker() async {
        // `okm check` links even when loading reported errors (here: the missing date).
        await #expect(processExitsWith: .success) {
            let c = LinkTestContent([
                "protocols/2014/bez-data.md": "---\nregion: ruse\nnumber: \"2\"\n---\n## По т. 1\n",
                "protocols/2014/s-data.md": "---\nregion: ruse\ndate: 2014-11-25\n---\n",
            ])
            let loaded = c.load()
            guard loaded.diagnostics.count == 1, loaded.content.protocols.count == 2 else { exit(2) }
            let (site, _) = Linker.link(loaded.content)
            guard site.summaries[DocumentID(.protocols, "bez-data")] != nil else { exit(3) }
        }
    }

    @Test func protocolWithAnImpossibleDateDoesNotCrashTheLinker() async {
        await #expect(processExitsWith: .success) {
            let c = LinkTestContent(["protocols/2014/p.md": "---\nregion: ruse\ndate: 2014-02-30\n---\n"])
            let (site, _) = Linker.link(c.load().content)
            guard site.content.protocols.count == 1 else { exit(2) }
        }
    }

    // MARK: agenda checks

    static let agendaProtocol = """
    ---
    region: ruse
    number: "4"
    date: 2015-05-20
    agenda:
      - title: Първа
      - title: Втора
      - title: Разни
    decisions:
      - text: Решение по т. 1
        agenda_item: 1
      - text: Решение извън дневния ред
        agenda_item: 4
    ---
    ## По т. 1

    Текст.

    ## По т. 3

    ## По т. 5

    ### Точка 0

    ## По темата
    """

    /// A decision's error is at its `agenda_item` value; a heading's at the heading.
    @Test func agendaChecks() {
        let c = LinkTestContent(["protocols/2015/ruse-2015-05-20.md": Self.agendaProtocol])
        let (loaded, _, diagnostics) = c.link()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(c.lines(diagnostics, for: "protocols/2015/ruse-2015-05-20.md") == [
            "13:18: decision 2 names agenda item 4, but the agenda has 3 items",
            "21:1: the heading opens the discussion of agenda item 5, but the agenda has 3 items",
            "23:1: the heading opens the discussion of agenda item 0, but the agenda has 3 items",
        ])
    }

    @Test func agendaChecksWithOneAndNoItems() {
        let c = LinkTestContent([
            "protocols/one.md": "---\nregion: ruse\ndate: 2015-05-20\nagenda: [{ title: А }]\ndecisions: [{ text: Р, agenda_item: 2 }]\n---\n",
            "protocols/none.md": "---\nregion: ruse\ndate: 2015-05-21\n---\n\n## По т.1\n",
        ])
        let (_, _, diagnostics) = c.link()
        #expect(c.lines(diagnostics, for: "protocols/one.md") == ["5:37: decision 1 names agenda item 2, but the agenda has 1 item"])
        #expect(c.lines(diagnostics, for: "protocols/none.md") == ["6:1: the heading opens the discussion of agenda item 1, but the agenda has 0 items"])
    }

    @Test func agendaHeadingsInCRLFFileAtTrueLines() {
        let text = "---\r\nregion: ruse\r\ndate: 2015-05-20\r\nagenda:\r\n  - title: А\r\n---\r\n## По т. 1\r\n\r\nТекст.\r\n\r\n## Точка 2\r\n"
        let c = LinkTestContent([:])
        c.write("protocols/p.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(c.lines(c.link().diagnostics, for: "protocols/p.md") == [
            "11:1: the heading opens the discussion of agenda item 2, but the agenda has 1 item",
        ])
    }

    @Test func agendaChecksDirectly() {
        var h = Header(id: DocumentID(.protocols, "p"), path: "content/protocols/p.md")
        h.body = Body(blocks: [.heading(level: 2, [.text("По т. 2")], line: 40), .heading(level: 2, [.text("По т. 1")], line: 42)])
        var p = ProtocolRecord(header: h)
        p.agenda = [AgendaItem(number: 1, title: "А", location: OKMModel.SourceLocation(path: h.path, line: 5, column: 5))]
        var d = Decision(ordinal: 1, text: "Р", status: .open, location: OKMModel.SourceLocation(path: h.path, line: 8, column: 5))
        d.agendaItem = 1
        var beyond = Decision(ordinal: 2, text: "С", status: .open, location: OKMModel.SourceLocation(path: h.path, line: 10, column: 5))
        beyond.agendaItem = 3  // no agendaItemLocation: reported at the decision
        p.decisions = [d, beyond]
        #expect(AgendaChecks.check([p]) == [
            .error(3030, OKMModel.SourceLocation(path: h.path, line: 10, column: 5), "decision 2 names agenda item 3, but the agenda has 1 item"),
            .error(3031, OKMModel.SourceLocation(path: h.path, line: 40, column: 1), "the heading opens the discussion of agenda item 2, but the agenda has 1 item"),
        ])
    }
}
