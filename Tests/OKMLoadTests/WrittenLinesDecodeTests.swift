import Testing
@testable import OKMLoad
@testable import OKMModel

/// Attendance, reporters and the chair as the original writes them: each line form decodes in
/// its order with its location; a slug stays a slug; the honorific is one of the schema's.
@Suite struct WrittenLinesDecodeTests {
    static let file = """
    ---
    region: ruse
    date: 2014-11-25
    chair: { person: stanimir-stanchev, post: заместник областен управител на Област Русе }
    attendees:
      - text: представители на шест от общините в Област Русе
      - { organization: rio-ruse, as: Регионален инспекторат по образованието – Русе }
      - { organization: rzi-ruse, count: 2 }
      - { person: mariela-licheva, post: директор }
      - rdsp-ruse
    agenda:
      - title: Проект
        reporters:
          - { person: ivelina-dimitrova, post: областни координатори по проекта }
          - pavleta-stefanova
      - title: Разни
        reporters:
          - text: членовете на Областен координационен механизъм по деинституционализация
    ---
    """

    @Test func everyLineFormDecodesInTheOriginalsOrder() throws {
        let c = TempContent(["protocols/2014/ruse-2014-11-25.md": Self.file])
        let r = c.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let p = try #require(r.content.protocols.first)
        #expect(p.chair?.slug == "stanimir-stanchev")
        #expect(p.chairPost == "заместник областен управител на Област Русе")

        let a = p.attendance
        #expect(a.count == 5)
        #expect(a[0].text == "представители на шест от общините в Област Русе" && a[0].reference == nil)
        #expect(a[0].location.line == 6)
        #expect(a[1].reference == Reference(.organizations, "rio-ruse", at: a[1].location))
        #expect(a[1].asWritten == "Регионален инспекторат по образованието – Русе")
        #expect(a[2].reference?.slug == "rzi-ruse" && a[2].count == 2 && a[2].location.line == 8)
        #expect(a[3].reference?.kinds == [.people] && a[3].post == "директор")
        #expect(a[4].reference?.kinds == [.organizations, .people] && a[4].post == nil)
        #expect(p.attendees.map(\.slug) == ["rio-ruse", "rzi-ruse", "mariela-licheva", "rdsp-ruse"])

        let reporters = p.agenda[0].reporterLines
        #expect(reporters.map { $0.reference?.slug } == ["ivelina-dimitrova", "pavleta-stefanova"])
        #expect(reporters[0].post == "областни координатори по проекта")
        #expect(p.agenda[1].reporterLines.map(\.text) == ["членовете на Областен координационен механизъм по деинституционализация"])
        #expect(p.agenda[1].reporters.isEmpty)
    }

    /// `joined:` (the word that joins a line to the one before, "и") and `source:` go with every
    /// form of an attendance line, and with no reporter.
    @Test func anAttendanceLineKeepsItsJoiningWordAndItsSource() throws {
        let c = TempContent(["protocols/2014/ruse-2014-11-25.md": """
        ---
        region: ruse
        date: 2014-11-25
        attendees:
          - { organization: mbal-byala, as: МБАЛ Бяла }
          - { organization: mbal-ruse, as: МБАЛ Русе, joined: и, source: news/treto-zasedanie-ruse }
          - { text: неправителствени организации, source: { title: Списък на присъствалите, url: "https://www.example.bg/spisak.pdf" } }
          - { person: mariela-licheva, joined: и }
        agenda:
          - title: Разни
            reporters:
              - { text: членовете на механизма, joined: и }
        ---
        """])
        let r = c.load()
        let p = try #require(r.content.protocols.first)
        let a = p.attendance
        #expect(a.map(\.joined) == [nil, "и", nil, "и"])
        #expect(a[0].source == nil)
        #expect(a[1].source?.record?.slug == "treto-zasedanie-ruse")
        guard case .document(let d)? = a[2].source else { Issue.record("no outside source on line 3: \(String(describing: a[2].source))"); return }
        #expect(d.title == "Списък на присъствалите" && d.url == "https://www.example.bg/spisak.pdf")
        // A reporter has no joining word: the field is refused at its line.
        let errors = r.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1 && errors.first?.location.line == 12, "\(errors)")
        #expect(errors.first?.message.contains("'joined'") == true, "\(errors)")
    }

    @Test func aChairWrittenAsASlugHasNoPost() throws {
        let c = TempContent(["protocols/2014/p.md": "---\nregion: ruse\ndate: 2014-11-25\nchair: stanimir-stanchev\n---\n"])
        let p = try #require(c.load().content.protocols.first)
        #expect(p.chair?.slug == "stanimir-stanchev" && p.chairPost == nil)
    }

    @Test func aLineWithoutAFormIsAnErrorAtTheLine() throws {
        let c = TempContent(["protocols/2014/p.md": "---\nregion: ruse\ndate: 2014-11-25\nattendees:\n  - { post: директор }\n---\n"])
        let errors = c.load().diagnostics.map(\.description)
        #expect(errors.count == 1)
        #expect(errors.first?.contains(":5:5: error: attendance line 1 of 'attendees' must name 'person', 'organization' or 'text'") == true, "\(errors)")
    }

    @Test func honorificIsOneOfTheSchemas() throws {
        let good = TempContent(["people/mariela-licheva.md": "---\nname: Мариела Личева\nhonorific: г-жа\n---\n"])
        let r = good.load()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.content.people.first?.honorific == .mrs)
        let bad = TempContent(["people/mariela-licheva.md": "---\nname: Мариела Личева\nhonorific: госпожа\n---\n"])
        let errors = bad.load().diagnostics.map(\.description)
        #expect(errors.count == 1 && errors[0].contains(":3:12: error: 'honorific' must be one of г-н, г-жа, д-р, проф.; found 'госпожа'"), "\(errors)")
    }
}
