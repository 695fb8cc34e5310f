import Testing
@testable import OKMLoad
@testable import OKMModel

/// Decoding of every kind from front matter, through `Loader.load(contentDirectory:)`.
@Suite struct FrontMatterDecodeTests {
    // MARK: protocols

    static let protocolFile = """
    ---
    region: ruse
    number: "2"
    date: 2014-11-25
    time: "10:00"
    place: Зала 1, Областна администрация – Русе
    approved_by: { person: simeon-ivanov, post: Областен управител на Област Русе }
    chair: stanimir-stanchev
    attendees: [obshtina-ruse, rdsp-ruse, ivan-petrov]
    attendance_note: представители на шест от общините
    agenda:
      - title: Информация относно готовността
        reporters: [mariela-licheva]
        institutions: [dmsgd-ruse]
      - title: Напредък по проект
        projects: [deinstitutsionalizatsia-0-3]
        services: [ksuds-ruse]
        organizations: [asp]
      - title: Разни
    decisions:
      - text: Областната администрация да отправи запитване до МЗ
        agenda_item: 1
        responsible: [oblastna-administratsia-ruse, ivan-petrov]
        due: 2015-03-31
        status: done
        closed_by: protocols/ruse-2015-05-20
      - text: Второ решение
        status: in-progress
    next_meeting: 2015-02-17
    prepared_by: ivelina-dimitrova
    tags: [заседание, ДМСГД]
    ---
    ## По т. 1

    Г-н Станимир Станчев даде думата.

    """

    @Test func protocolWithAgendaDecisionsApprovalAttendees() throws {
        let c = TempContent(["protocols/2014/ruse-2014-11-25.md": Self.protocolFile])
        let result = c.load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let p = try #require(result.content.protocols.first)
        let path = c.path("protocols/2014/ruse-2014-11-25.md")
        func at(_ line: Int, _ column: Int) -> OKMModel.SourceLocation { OKMModel.SourceLocation(path: path, line: line, column: column) }

        #expect(p.header.id == DocumentID(.protocols, "ruse-2014-11-25"))
        #expect(p.header.path == path)
        #expect(p.header.title == nil)
        #expect(p.header.date == Day(year: 2014, month: 11, day: 25))
        #expect(p.header.region == Reference(.regions, "ruse", at: at(2, 9)))
        #expect(p.header.tags == ["заседание", "ДМСГД"])
        #expect(p.header.summary == "Г-н Станимир Станчев даде думата.")
        #expect(p.header.draft == false)
        #expect(p.number == "2")
        #expect(p.time == "10:00")
        #expect(p.place == "Зала 1, Областна администрация – Русе")
        #expect(p.approvedBy?.person.slug == "simeon-ivanov")
        #expect(p.approvedBy?.person.kinds == [.people])
        #expect(p.approvedBy?.person.location.line == 7)
        #expect(p.approvedBy?.post == "Областен управител на Област Русе")
        #expect(p.chair == Reference(.people, "stanimir-stanchev", at: at(8, 8)))
        #expect(p.attendees.map(\.slug) == ["obshtina-ruse", "rdsp-ruse", "ivan-petrov"])
        #expect(p.attendees.allSatisfy { $0.kinds == [.organizations, .people] && $0.location.line == 9 })
        #expect(p.attendanceNote == "представители на шест от общините")

        #expect(p.agenda.map(\.number) == [1, 2, 3])
        #expect(p.agenda.map(\.title) == ["Информация относно готовността", "Напредък по проект", "Разни"])
        #expect(p.agenda.map(\.location) == [at(12, 5), at(15, 5), at(19, 5)])
        #expect(p.agenda[0].reporters == [Reference(.people, "mariela-licheva", at: at(13, 17))])
        #expect(p.agenda[0].institutions.map(\.slug) == ["dmsgd-ruse"])
        #expect(p.agenda[1].projects.map(\.slug) == ["deinstitutsionalizatsia-0-3"])
        #expect(p.agenda[1].services.map(\.slug) == ["ksuds-ruse"])
        #expect(p.agenda[1].organizations.map(\.slug) == ["asp"])
        #expect(p.agenda[2].reporters.isEmpty)

        #expect(p.decisions.count == 2)
        let d = p.decisions[0]
        #expect(d.ordinal == 1)
        #expect(d.text == "Областната администрация да отправи запитване до МЗ")
        #expect(d.agendaItem == 1)
        #expect(d.agendaItemLocation == at(22, 18))
        #expect(d.responsible.map(\.slug) == ["oblastna-administratsia-ruse", "ivan-petrov"])
        #expect(d.responsible.first?.kinds == [.organizations, .people])
        #expect(d.due == Day(year: 2015, month: 3, day: 31).map(ArchiveDate.init(day:)))
        #expect(d.status == .done)
        #expect(d.closedBy == Reference(.protocols, "ruse-2015-05-20", at: at(26, 16)))
        #expect(d.location == at(21, 5))
        #expect(p.decisions[1].ordinal == 2)
        #expect(p.decisions[1].status == .inProgress)
        #expect(p.decisions[1].agendaItem == nil)
        #expect(p.decisions[1].location == at(27, 5))
        #expect(p.nextMeeting == Day(year: 2015, month: 2, day: 17).map(ArchiveDate.init(day:)))
        #expect(p.preparedBy?.slug == "ivelina-dimitrova")

        #expect(p.header.body.blocks.first == .heading(level: 2, [.text("По т. 1")], line: 33))
        #expect(p.header.body.blocks.last == .paragraph([.text("Г-н Станимир Станчев даде думата.")], line: 35))
    }

    @Test func decisionStatusDefaultsToOpen() throws {
        let c = TempContent(["protocols/p.md": "---\nregion: ruse\ndate: 2015-01-01\ndecisions:\n  - text: Нещо\n---\n"])
        let r = c.load()
        #expect(r.diagnostics.isEmpty)
        #expect(try #require(r.content.protocols.first).decisions.map(\.status) == [.open])
    }

    @Test func protocolRequiresDateAndRegion() {
        let c = TempContent(["protocols/p.md": "---\nnumber: \"1\"\n---\n"])
        let r = c.load()
        #expect(c.diagnostics(r, for: "protocols/p.md") == [
            "2:1: front matter is missing the required field 'date' (a date written YYYY-MM-DD)",
            "2:1: front matter is missing the required field 'region'",
        ])
    }

    // MARK: news

    @Test func newsWithEventDateImagesAttachmentsSource() throws {
        let file = """
        ---
        title: Кръгла маса обедини институциите
        date: 2015-09-11
        event_date: 2015-09-10
        region: kardzhali
        images:
          - { src: imag04501.jpg, alt: Участниците в кръглата маса, caption: Кърджали }
          - src: imag04502.jpg
            alt: Втора снимка
        attachments:
          - { file: protokol.pdf, title: Сканиран протокол }
        source: { title: Областна администрация – Кърджали, url: "https://kardzhali.bg/novini/1" }
        institutions: [dmsgd-kardzhali]
        services: tsnst-kardzhali
        projects: [a, b]
        organizations: [rdsp-kardzhali]
        people: [nermin-mehmed]
        tags: [кръгла маса, деца]
        ---
        На 10 септември се проведе *кръгла маса*.

        Втори абзац.
        """
        let c = TempContent(["news/2015/kardzhali-kragla-masa.md": file])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let n = try #require(r.content.news.first)
        let path = c.path("news/2015/kardzhali-kragla-masa.md")
        #expect(n.header.id == DocumentID(.news, "kardzhali-kragla-masa"))
        #expect(n.header.title == "Кръгла маса обедини институциите")
        #expect(n.header.date == Day(iso: "2015-09-11"))
        #expect(n.eventDate?.exactDay == Day(iso: "2015-09-10"))
        #expect(n.header.region?.slug == "kardzhali")
        // An image or attachment is located at its `src` / `file` value.
        #expect(n.header.images == [
            ImageRef(src: "imag04501.jpg", alt: "Участниците в кръглата маса", caption: "Кърджали",
                     location: OKMModel.SourceLocation(path: path, line: 7, column: 12)),
            ImageRef(src: "imag04502.jpg", alt: "Втора снимка", caption: nil,
                     location: OKMModel.SourceLocation(path: path, line: 8, column: 10)),
        ])
        #expect(n.header.attachments == [Attachment(file: "protokol.pdf", title: "Сканиран протокол",
                                                    location: OKMModel.SourceLocation(path: path, line: 11, column: 13))])
        #expect(n.header.sources == [.document(OutsideDocument(title: "Областна администрация – Кърджали", url: "https://kardzhali.bg/novini/1"))])
        #expect(n.header.institutions.map(\.slug) == ["dmsgd-kardzhali"])
        #expect(n.header.services.map(\.slug) == ["tsnst-kardzhali"])  // a single value is a list of one
        #expect(n.header.projects.map(\.slug) == ["a", "b"])
        #expect(n.header.organizations.map(\.kinds) == [[.organizations]])
        #expect(n.header.people.map(\.slug) == ["nermin-mehmed"])
        #expect(n.header.tags == ["кръгла маса", "деца"])
        #expect(n.header.summary == "На 10 септември се проведе кръгла маса.")
        #expect(n.header.explicitReferences.map(\.description) == [
            "regions/kardzhali", "institutions/dmsgd-kardzhali", "services/tsnst-kardzhali",
            "projects/a", "projects/b", "organizations/rdsp-kardzhali", "people/nermin-mehmed",
        ])
    }

    @Test func newsRequiresTitleAndDate() {
        let c = TempContent(["news/x.md": "---\nregion: ruse\n---\nтекст\n"])
        #expect(c.diagnostics(c.load(), for: "news/x.md") == [
            "2:1: front matter is missing the required field 'date' (a date written YYYY-MM-DD)",
            "2:1: front matter is missing the required field 'title'",
        ])
    }

    @Test func imageWithoutAltIsAnError() {
        let c = TempContent(["news/x.md": "---\ntitle: T\ndate: 2015-01-01\nimages:\n  - { src: a.jpg }\n---\n"])
        #expect(c.diagnostics(c.load(), for: "news/x.md") == [
            "5:5: image 1 is missing the required field 'alt': describe the picture for readers who cannot see it",
        ])
    }

    @Test func summaryInFrontMatterWinsOverTheBody() throws {
        let c = TempContent(["news/x.md": "---\ntitle: T\ndate: 2015-01-01\nsummary: Резюме.\n---\nАбзац.\n"])
        #expect(try #require(c.load().content.news.first).header.summary == "Резюме.")
    }

    // MARK: events

    @Test func eventWithPresenters() throws {
        let file = """
        ---
        format: round-table
        title: Обмен на добри практики
        date: 2015-02-04
        region: ruse
        place: гр. Русе
        time: "14:00"
        participants: 108
        projects: [bg051po001-6-2-13]
        presenters:
          - { person: penka-popova, topic: Модел на междусекторно сътрудничество }
          - { person: milena-vlahova }
        ---
        """
        let c = TempContent(["events/2015/ruse-seminar.md": file])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let e = try #require(r.content.events.first)
        #expect(e.header.id == DocumentID(.events, "ruse-seminar"))
        #expect(e.format == .roundTable)
        #expect(e.header.title == "Обмен на добри практики")
        #expect(e.place == "гр. Русе")
        #expect(e.time == "14:00")
        #expect(e.participants == 108)
        #expect(e.header.projects.map(\.slug) == ["bg051po001-6-2-13"])
        #expect(e.presenters.map(\.person.slug) == ["penka-popova", "milena-vlahova"])
        #expect(e.presenters.map(\.topic) == ["Модел на междусекторно сътрудничество", nil])
        #expect(e.presenters.map(\.person.location.line) == [11, 12])
        #expect(e.header.summary == nil)
    }

    @Test func eventFormatIsAnEnumWithDidYouMean() {
        let c = TempContent(["events/e.md": "---\nformat: seminr\ntitle: T\ndate: 2015-01-01\nregion: ruse\n---\n"])
        let r = c.load()
        #expect(c.diagnostics(r, for: "events/e.md") == [
            "2:9: 'format' must be one of seminar, round-table, training, conference, meeting; found 'seminr' (did you mean 'seminar'?)",
        ])
        // Kept (the build stops on the error anyway), so references to it do not cascade into "unknown" errors.
        #expect(r.content.events.map(\.header.id.slug) == ["e"])
    }

    @Test func eventParticipantsMustBeANumber() {
        let c = TempContent(["events/e.md": "---\nformat: seminar\ntitle: T\ndate: 2015-01-01\nregion: ruse\nparticipants: около сто\n---\n"])
        #expect(c.diagnostics(c.load(), for: "events/e.md") == ["6:15: 'participants' must be a whole number, found 'около сто'"])
    }

    // MARK: institutions

    @Test func institutionWithTimelineAndReplacedBy() throws {
        let file = """
        ---
        name: Дом за деца, лишени от родителска грижа „Райна Гатева“
        short: ДДЛРГ „Райна Гатева“
        aliases: [ДДЛРГ Райна Гатева, Дом „Райна Гатева“]
        kind: ddlrg
        region: ruse
        municipality: Русе
        capacity: 60
        timeline:
          - { date: 2012-01-01, status: operating, children: 48 }
          - { date: 2014-06-30, status: closure-planned, source: protocols/ruse-2014-11-25 }
          - { date: 2015-04-01, status: no-children, children: 0, note: Последните деца са изведени }
          - { date: 2015-12-31, status: closed }
        replaced_by: [tsnst-ruse-1, dc-nadezhda-ruse]
        ---
        """
        let c = TempContent(["institutions/ddlrg-rayna-gateva.md": file])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let i = try #require(r.content.institutions.first)
        let path = c.path("institutions/ddlrg-rayna-gateva.md")
        #expect(i.header.id == DocumentID(.institutions, "ddlrg-rayna-gateva"))
        #expect(i.names.name == "Дом за деца, лишени от родителска грижа „Райна Гатева“")
        #expect(i.names.short == "ДДЛРГ „Райна Гатева“")
        #expect(i.names.aliases == ["ДДЛРГ Райна Гатева", "Дом „Райна Гатева“"])
        #expect(i.kind == .ddlrg)
        #expect(i.header.region?.slug == "ruse")
        #expect(i.municipality == "Русе")
        #expect(i.capacity == 60)
        #expect(i.timeline.map { $0.date?.iso } == ["2012-01-01", "2014-06-30", "2015-04-01", "2015-12-31"])
        #expect(i.timeline.map(\.status) == [.operating, .closurePlanned, .noChildren, .closed])
        #expect(i.timeline.map(\.children) == [48, nil, 0, nil])
        #expect(i.timeline[1].source == .record(Reference(.protocols, "ruse-2014-11-25", at: OKMModel.SourceLocation(path: path, line: 11, column: 58))))
        #expect(i.timeline[2].note == "Последните деца са изведени")
        #expect(i.timeline.map(\.location.line) == [10, 11, 12, 13])
        #expect(i.currentStatus == .closed)
        #expect(i.replacedBy.map(\.slug) == ["tsnst-ruse-1", "dc-nadezhda-ruse"])
        #expect(i.replacedBy.allSatisfy { $0.kinds == [.services] })
        #expect(i.header.title == nil)
        #expect(i.header.date == nil)
    }

    @Test func institutionKindAndTimelineStatusAreEnums() {
        let file = """
        ---
        name: Дом
        kind: ddlgr
        timeline:
          - { date: 2012-01-01, status: clsed }
        ---
        """
        let c = TempContent(["institutions/d.md": file])
        #expect(c.diagnostics(c.load(), for: "institutions/d.md") == [
            "3:7: 'kind' must be one of dmsgd, ddlrg, ddumu, dlrg, other; found 'ddlgr' (did you mean 'ddlrg'?)",
            "5:33: 'status' must be one of operating, closure-planned, no-children, liquidation, closed, restructured; found 'clsed' (did you mean 'closed'?)",
        ])
    }

    @Test func anUndatedStepNeedsItsSourceAndIsAnErrorAtItsLine() throws {
        let file = "---\nname: Дом\ntimeline:\n  - { status: closed, source: pages/principles }\n  - { status: closed, note: без източник }\n---\n"
        let c = TempContent(["institutions/d.md": file])
        let r = c.load()
        #expect(c.diagnostics(r, for: "institutions/d.md") == [
            "5:5: a timeline entry without 'date' needs a 'source': the record that reports the step (kind/slug) or { title, url, accessed } of an outside document, shown as \"без дата — по данни от …\"",
        ])
        let i = try #require(r.content.institutions.first)
        #expect(i.timeline.count == 1)
        #expect(i.timeline[0].date == nil && i.timeline[0].source?.record?.slug == "principles")
    }

    @Test func sourceWithYearFolderIsAnError() {
        let file = "---\nname: Дом\ntimeline:\n  - { date: 2014-06-30, status: closure-planned, source: protocols/2014/ruse-2014-11-25 }\n---\n"
        let c = TempContent(["institutions/d.md": file])
        #expect(c.diagnostics(c.load(), for: "institutions/d.md") == [
            "4:58: 'source': the year folder is not part of a reference; write 'protocols/ruse-2014-11-25'",
        ])
    }

    @Test func anyKindReferenceNeedsAKnownKind() {
        let file = "---\nregion: ruse\ndate: 2015-01-01\ndecisions:\n  - { text: Т, closed_by: protokols/x }\n---\n"
        let c = TempContent(["protocols/p.md": file])
        let lines = c.diagnostics(c.load(), for: "protocols/p.md")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("5:27: 'closed_by' must be written kind/slug (kind one of protocols, news") == true)
    }

    // MARK: services, projects, organizations, people, regions, pages

    @Test func service() throws {
        let file = """
        ---
        name: Комплекс за социални услуги за деца и семейства – Русе
        short: КСУДС Русе
        kind: complex
        region: ruse
        provider: snts-ekvilibrium
        opened: 2009-01-01
        capacity: 40
        replaces: [dmsgd-ruse]
        projects: []
        ---
        """
        let c = TempContent(["services/ksuds-ruse.md": file])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let s = try #require(r.content.services.first)
        #expect(s.names.display == "КСУДС Русе")
        #expect(s.kind == .complex)
        #expect(s.provider == Reference(.organizations, "snts-ekvilibrium", at: OKMModel.SourceLocation(path: c.path("services/ksuds-ruse.md"), line: 6, column: 11)))
        #expect(s.opened == Day(iso: "2009-01-01").map(ArchiveDate.init(day:)))
        #expect(s.capacity == 40)
        #expect(s.replaces.map(\.description) == ["institutions/dmsgd-ruse"])
        #expect(s.header.projects.isEmpty)
    }

    @Test func project() throws {
        let file = """
        ---
        code: BG051PO001-6.2.13
        name: Развитие на системата за планиране
        short: Планиране на социални услуги
        beneficiary: asp
        partners: [dazd]
        associates: [nsorb]
        programme: ОП „Развитие на човешките ресурси“
        fund: Европейски социален фонд
        start: 2013-01-01
        end: 2015-12-31
        ---
        """
        let c = TempContent(["projects/bg051po001-6-2-13.md": file])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let p = try #require(r.content.projects.first)
        #expect(p.header.id.slug == "bg051po001-6-2-13")
        #expect(p.code == "BG051PO001-6.2.13")
        #expect(p.names.name == "Развитие на системата за планиране")
        #expect(p.beneficiary?.description == "organizations/asp")
        #expect(p.partners.map(\.slug) == ["dazd"])
        #expect(p.associates.map(\.slug) == ["nsorb"])
        #expect(p.programme == "ОП „Развитие на човешките ресурси“")
        #expect(p.fund == "Европейски социален фонд")
        #expect(p.start == Day(iso: "2013-01-01").map(ArchiveDate.init(day:)))
        #expect(p.end == Day(iso: "2015-12-31").map(ArchiveDate.init(day:)))
    }

    @Test func projectEndBeforeStart() {
        let c = TempContent(["projects/p.md": "---\nname: П\nstart: 2015-01-01\nend: 2014-01-01\n---\n"])
        #expect(c.diagnostics(c.load(), for: "projects/p.md") == ["4:6: 'end' (2014-01-01) is before 'start' (2015-01-01)"])
    }

    @Test func organization() throws {
        let file = """
        ---
        name: Регионална дирекция „Социално подпомагане“ – Русе
        short: РДСП Русе
        aliases: [РДСП – Русе]
        kind: directorate
        region: ruse
        parent: asp
        url: https://example.org/rdsp
        ---
        """
        let c = TempContent(["organizations/rdsp-ruse.md": file])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let o = try #require(r.content.organizations.first)
        #expect(o.kind == .directorate)
        #expect(o.names.aliases == ["РДСП – Русе"])
        #expect(o.names.all == ["Регионална дирекция „Социално подпомагане“ – Русе", "РДСП – Русе", "РДСП Русе"])
        #expect(o.parent?.description == "organizations/asp")
        #expect(o.url == "https://example.org/rdsp")
        #expect(o.header.region?.slug == "ruse")
    }

    @Test func entityRequiresName() {
        let c = TempContent(["organizations/o.md": "---\nshort: О\nkind: ngo\n---\n"])
        let r = c.load()
        #expect(c.diagnostics(r, for: "organizations/o.md") == ["2:1: front matter is missing the required field 'name'"])
        #expect(r.content.organizations.map(\.names.name) == ["o"])
    }

    @Test func personWithPosts() throws {
        let file = """
        ---
        name: Станимир Станчев
        posts:
          - { title: заместник областен управител, organization: oblastna-administratsia-ruse, from: 2013-06-01 }
          - title: експерт
            from: 2010-01-01
            to: 2013-05-31
        ---
        """
        let c = TempContent(["people/stanimir-stanchev.md": file])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let p = try #require(r.content.people.first)
        #expect(p.name == "Станимир Станчев")
        #expect(p.posts.count == 2)
        #expect(p.posts[0].title == "заместник областен управител")
        #expect(p.posts[0].organization?.description == "organizations/oblastna-administratsia-ruse")
        #expect(p.posts[0].organization?.location.line == 4)
        #expect(p.posts[0].from == Day(iso: "2013-06-01").map(ArchiveDate.init(day:)))
        #expect(p.posts[0].to == nil)
        #expect(p.posts[1] == Post(title: "експерт", organization: nil, from: Day(iso: "2010-01-01").map(ArchiveDate.init(day:)), to: Day(iso: "2013-05-31").map(ArchiveDate.init(day:))))
    }

    @Test func regionWithMechanism() throws {
        let file = """
        ---
        name: Област Русе
        short: Русе
        mechanism:
          established: 2012-09-03
          order: Заповед № 6-95-00-779/03.09.2012 г. на Областния управител
          initiated_by: ndd
        ---
        Механизмът.
        """
        let c = TempContent(["regions/ruse.md": file])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let region = try #require(r.content.regions.first)
        #expect(region.names.display == "Русе")
        #expect(region.mechanism?.established == Day(iso: "2012-09-03").map(ArchiveDate.init(day:)))
        #expect(region.mechanism?.order == "Заповед № 6-95-00-779/03.09.2012 г. на Областния управител")
        #expect(region.mechanism?.initiatedBy == Reference(.organizations, "ndd", at: OKMModel.SourceLocation(path: c.path("regions/ruse.md"), line: 7, column: 17)))
        #expect(region.header.summary == "Механизмът.")
    }

    @Test func unknownFieldInsideMechanism() {
        let c = TempContent(["regions/r.md": "---\nname: Р\nmechanism:\n  establshed: 2012-09-03\n---\n"])
        #expect(c.diagnostics(c.load(), for: "regions/r.md") == ["4:3: unknown field 'establshed' in 'mechanism' (did you mean 'established'?)"])
    }

    @Test func pageWithWeight() throws {
        let c = TempContent([
            "pages/principles.md": "---\ntitle: Принципи\nweight: 2\n---\n# Принципи\n",
            "pages/about.md": "---\ntitle: За нас\nweight: -3\n---\n",
            "pages/none.md": "---\ntitle: Без тегло\n---\n",
        ])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let weights = Dictionary(uniqueKeysWithValues: r.content.pages.map { ($0.header.id.slug, $0.weight) })
        #expect(weights == ["principles": 2, "about": -3, "none": 0])
        #expect(r.content.pages.first { $0.header.id.slug == "principles" }?.header.title == "Принципи")
    }

    // MARK: site.yml

    @Test func siteSettingsWithMenu() {
        let site = """
        title: ОКМ
        description: Описание на сайта
        base_url: "https://okm.example.bg"
        language: en
        allow_raw_html: true
        menu:
          - { title: Протоколи, url: /protocols/ }
          - title: Новини
            url: /news/
        """
        let c = TempContent(site: site)
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.content.settings == SiteSettings(title: "ОКМ", description: "Описание на сайта", baseURL: "https://okm.example.bg/",
                                                   language: "en",
                                                   menu: [MenuItem(title: "Протоколи", url: "/protocols/"), MenuItem(title: "Новини", url: "/news/")],
                                                   allowRawHTML: true))
    }

    @Test func siteSettingsErrorsAtTheirLines() {
        let site = "title: ОКМ\nlanguage: de\nmenu:\n  - { title: Протоколи }\nmenu_items: []\n"
        let c = TempContent(site: site)
        #expect(c.diagnostics(c.load(), for: "site.yml") == [
            "2:11: 'language' must be bg or en, found 'de'",
            "4:5: menu item 1 is missing the required field 'url'",
            "5:1: unknown field 'menu_items' in site.yml",
        ])
    }

    @Test func siteSettingsInCRLFWithBOM() {
        let c = TempContent(site: nil)
        c.write("site.yml", bytes: [0xEF, 0xBB, 0xBF] + Array("title: ОКМ\r\nbase_url: /okm\r\nlanguag: bg\r\n".utf8))
        let r = c.load()
        #expect(r.content.settings.title == "ОКМ")
        #expect(r.content.settings.baseURL == "/okm/")
        #expect(c.diagnostics(r, for: "site.yml") == ["3:1: unknown field 'languag' in site.yml (did you mean 'language'?)"])
    }

    // MARK: unknown keys, wrong values

    @Test func unknownKeyWithDidYouMean() {
        let c = TempContent(["news/x.md": "---\ntitle: Среща\ndate: 2015-03-10\nregoin: ruse\n---\n"])
        #expect(c.diagnostics(c.load(), for: "news/x.md") == ["4:1: unknown field 'regoin' in front matter (did you mean 'region'?)"])
    }

    @Test func unknownKeyWithoutSuggestion() {
        let c = TempContent(["news/x.md": "---\ntitle: Среща\ndate: 2015-03-10\nзаглавие: x\n---\n"])
        #expect(c.diagnostics(c.load(), for: "news/x.md") == ["4:1: unknown field 'заглавие' in front matter"])
    }

    @Test func kindSpecificKeysAreUnknownElsewhere() {
        // `agenda` belongs to protocols; in news it is unknown. `name` belongs to entities.
        let c = TempContent(["news/x.md": "---\ntitle: Т\ndate: 2015-03-10\nagenda: []\nname: Н\n---\n"])
        let lines = c.diagnostics(c.load(), for: "news/x.md")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("4:1: unknown field 'agenda' in front matter") == true)
        #expect(lines.last?.hasPrefix("5:1: unknown field 'name' in front matter") == true)
    }

    @Test func unknownKeyInAnAgendaItem() {
        let file = "---\nregion: ruse\ndate: 2015-01-01\nagenda:\n  - title: Т\n  - title: У\n    reporter: [ivan]\n---\n"
        let c = TempContent(["protocols/p.md": file])
        #expect(c.diagnostics(c.load(), for: "protocols/p.md") == ["7:5: unknown field 'reporter' in agenda item 2 (did you mean 'reporters'?)"])
    }

    @Test func decisionStatusIsAnEnum() {
        let file = "---\nregion: ruse\ndate: 2015-01-01\ndecisions:\n  - text: Т\n    status: dne\n---\n"
        let c = TempContent(["protocols/p.md": file])
        #expect(c.diagnostics(c.load(), for: "protocols/p.md") == [
            "6:13: 'status' must be one of open, in-progress, done, dropped; found 'dne' (did you mean 'done'?)",
        ])
    }

    @Test func impossibleAndMalformedDates() {
        let c = TempContent([
            "news/a.md": "---\ntitle: Т\ndate: 2015-02-29\n---\n",
            "news/b.md": "---\ntitle: Т\ndate: 25.11.2014\n---\n",
            "news/c.md": "---\ntitle: Т\ndate: 2016-02-29\n---\n",
        ])
        let r = c.load()
        #expect(c.diagnostics(r, for: "news/a.md") == ["3:7: 'date': 2015-02-29 is not a date in the calendar"])
        #expect(c.diagnostics(r, for: "news/b.md") == ["3:7: 'date' must be a date written YYYY-MM-DD, YYYY-MM or YYYY, with ~ ? or % at its end, X for unknown digits (201X, 2016-XX), or an interval A/B with '..' for an open end (2016/..), found '25.11.2014'"])
        #expect(c.diagnostics(r, for: "news/c.md").isEmpty)
        #expect(r.content.news.first { $0.header.id.slug == "c" }?.header.date == Day(year: 2016, month: 2, day: 29))
    }

    @Test func typeMustAgreeWithTheFolder() {
        let c = TempContent([
            "news/a.md": "---\ntype: event\ntitle: Т\ndate: 2015-01-01\n---\n",
            "news/b.md": "---\ntype: news\ntitle: Т\ndate: 2015-01-01\n---\n",
            "people/p.md": "---\ntype: Person\nname: П\n---\n",
        ])
        let r = c.load()
        #expect(c.diagnostics(r, for: "news/a.md") == ["2:7: 'type: event' does not agree with the folder 'news/' (expected 'news')"])
        #expect(c.diagnostics(r, for: "news/b.md").isEmpty)
        #expect(c.diagnostics(r, for: "people/p.md").isEmpty)
    }

    @Test func listWhereAValueIsExpected() {
        let c = TempContent(["news/x.md": "---\ntitle: [a, b]\ndate: 2015-01-01\n---\n"])
        #expect(c.diagnostics(c.load(), for: "news/x.md") == ["2:8: 'title' must be a single value, found a list"])
    }

    @Test func yamlSyntaxErrorAtItsFileLine() {
        let c = TempContent(["news/x.md": "---\ntitle: Т\ndate: 2015-01-01\ntags: [a, b\n---\nтекст\n"])
        let lines = c.diagnostics(c.load(), for: "news/x.md")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("invalid YAML in front matter") == true)
        // The flow sequence opened on line 4 is never closed; the YAML ends on line 5.
        let line = lines.first.flatMap { Int($0.prefix { $0 != ":" }) }
        #expect(line == 4 || line == 5, "\(lines)")
    }

    @Test func duplicateKey() {
        let c = TempContent(["news/x.md": "---\ntitle: Т\ndate: 2015-01-01\ntitle: У\n---\n"])
        let lines = c.diagnostics(c.load(), for: "news/x.md")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("duplicate key 'title' in front matter") == true)
    }

    // MARK: CRLF and BOM keep true lines

    @Test func crlfAndBOMFileReportsTrueLines() {
        let text = "---\r\ntitle: Среща\r\ndate: 2015-03-10\r\nregion: ruse\r\ntags: [среща]\r\nstatus: done\r\n---\r\nТекст.\r\n"
        let c = TempContent()
        c.write("news/2015/sreshta.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let r = c.load()
        let lines = c.diagnostics(r, for: "news/2015/sreshta.md")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("6:1: unknown field 'status' in front matter") == true)
        #expect(r.content.news.first?.header.body.blocks == [.paragraph([.text("Текст.")], line: 8)])
    }

    @Test func loneCRFileReportsTrueLines() {
        let text = "---\rtitle: Среща\rdate: 2015-03-10\rdat: x\r---\r\rТекст.\r"
        let c = TempContent()
        c.write("news/x.md", bytes: Array(text.utf8))
        let r = c.load()
        #expect(c.diagnostics(r, for: "news/x.md") == ["4:1: unknown field 'dat' in front matter (did you mean 'date'?)"])
        #expect(r.content.news.first?.header.body.blocks == [.paragraph([.text("Текст.")], line: 7)])
    }

    // MARK: slugs and drafts

    @Test func cyrillicFileNameGivesTheTransliteratedSlug() {
        let c = TempContent([
            "news/2015/Кръгла маса в Кърджали.md": "---\ntitle: Т\ndate: 2015-09-11\n---\n",
            "people/Мария Иванова.md": "---\nname: Мария Иванова\n---\n",
            "institutions/ДМСГД – Русе.md": "---\nname: Дом за медико-социални грижи за деца – Русе\n---\n",
        ])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.content.news.map(\.header.id.slug) == ["kragla-masa-v-kardzhali"])
        #expect(r.content.people.map(\.header.id.slug) == ["maria-ivanova"])
        #expect(r.content.institutions.map(\.header.id.slug) == ["dmsgd-ruse"])
        #expect(r.content.news.first?.header.path == c.path("news/2015/Кръгла маса в Кърджали.md"))
    }

    @Test func slugOverridesTheFileName() {
        let c = TempContent([
            "news/2015/novina-1.md": "---\ntitle: Т\ndate: 2015-09-11\nslug: Среща в Русе\n---\n",
            "organizations/o.md": "---\nname: О\nslug: rdsp-ruse\n---\n",
        ])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.content.news.map(\.header.id) == [DocumentID(.news, "sreshta-v-ruse")])
        #expect(r.content.organizations.map(\.header.id) == [DocumentID(.organizations, "rdsp-ruse")])
    }

    @Test func emptySlugIsAnError() {
        let c = TempContent([
            "news/a.md": "---\ntitle: Т\ndate: 2015-09-11\nslug: \"—\"\n---\n",
            "news/—.md": "---\ntitle: Т\ndate: 2015-09-11\n---\n",
        ])
        let r = c.load()
        #expect(c.diagnostics(r, for: "news/a.md") == ["4:7: 'slug: —' gives an empty slug: use Latin or Cyrillic letters or digits"])
        #expect(c.diagnostics(r, for: "news/—.md") == ["1:1: the file name '—.md' gives an empty slug: name the file with letters or digits, or set 'slug:'"])
        #expect(r.content.news.isEmpty)
    }

    @Test func draftsAreLoadedWithDraftTrue() {
        let c = TempContent([
            "news/2016/chernova.md": "---\ntitle: Чернова\ndate: 2016-02-01\ndraft: true\n---\nНе се публикува.\n",
            "news/2016/gotova.md": "---\ntitle: Готова\ndate: 2016-02-02\ndraft: no\n---\n",
            "people/p.md": "---\nname: П\ndraft: yes\n---\n",
        ])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let drafts = Dictionary(uniqueKeysWithValues: r.content.headers.map { ($0.id.slug, $0.draft) })
        #expect(drafts == ["chernova": true, "gotova": false, "p": true])
        #expect(r.content.filtered { !$0.draft }.headers.map(\.id.slug) == ["gotova"])
    }

    @Test func draftMustBeABoolean() {
        let c = TempContent(["news/x.md": "---\ntitle: Т\ndate: 2016-02-01\ndraft: може би\n---\n"])
        let r = c.load()
        #expect(c.diagnostics(r, for: "news/x.md") == ["4:8: 'draft' must be true or false, found 'може би'"])
        #expect(r.content.news.first?.header.draft == false)
    }

    @Test func cyrillicReferencesBecomeSlugs() throws {
        let c = TempContent(["news/x.md": "---\ntitle: Т\ndate: 2016-02-01\nregion: Русе\npeople: [Мария Иванова]\n---\n"])
        let n = try #require(c.load().content.news.first)
        #expect(n.header.region?.slug == "ruse")
        #expect(n.header.people.map(\.slug) == ["maria-ivanova"])
    }
}
