import Testing
@testable import OKMLoad
@testable import OKMModel

/// `source:` of a record, a timeline step and a decision: one decoder (`FieldReader.source`)
/// for a record's `kind/slug` and an outside document's `{ title, url, accessed }`.
@Suite struct SourceDecodeTests {
    @Test func aRecordNamesOneSourceOrAListOfBothForms() throws {
        let one = "---\ntitle: Н\ndate: 2015-09-11\nsource: { title: „Мисията – възможна“, url: \"https://example.bg/m\", accessed: 2026-12-01 }\n---\n"
        let list = "---\ntitle: Р\ndate: 2015-09-12\nsource:\n  - pages/principles\n  - { title: Презентация на хартия }\n---\n"
        let c = TempContent(["news/2015/a.md": one, "news/2015/b.md": list])
        let r = c.load()
        #expect(c.diagnostics(r, for: "news/2015/a.md").isEmpty)
        #expect(c.diagnostics(r, for: "news/2015/b.md").isEmpty)
        let a = try #require(r.content.news.first { $0.header.id.slug == "a" })
        #expect(a.header.sources == [.document(OutsideDocument(title: "„Мисията – възможна“", url: "https://example.bg/m", accessed: Day(iso: "2026-12-01").map(ArchiveDate.init(day:))))])
        let b = try #require(r.content.news.first { $0.header.id.slug == "b" })
        #expect(b.header.sources.map(\.record?.slug) == ["principles", nil])
        #expect(b.header.sources.last?.document == OutsideDocument(title: "Презентация на хартия"))
    }

    @Test func aStepAndADecisionTakeEitherForm() throws {
        let institution = "---\nname: Дом\ntimeline:\n  - { status: closed, source: { title: Презентация на ОКМ – Русе } }\n  - { status: closed, source: pages/principles }\n---\n"
        let protocolFile = "---\nregion: ruse\ndate: 2015-01-01\ndecisions:\n  - { text: Т, source: news/zapitvane }\n  - { text: У, source: { title: Писмо, accessed: 2026-12-01 } }\n---\n"
        let c = TempContent(["institutions/d.md": institution, "protocols/2015/p.md": protocolFile])
        let r = c.load()
        #expect(c.diagnostics(r, for: "institutions/d.md").isEmpty)
        #expect(c.diagnostics(r, for: "protocols/2015/p.md").isEmpty)
        let i = try #require(r.content.institutions.first)
        #expect(i.timeline.map(\.source?.document?.title) == ["Презентация на ОКМ – Русе", nil])
        #expect(i.timeline.map(\.source?.record?.slug) == [nil, "principles"])
        let p = try #require(r.content.protocols.first)
        #expect(p.decisions.map(\.source?.record?.kinds) == [[.news], nil])
        #expect(p.decisions.last?.source?.document == OutsideDocument(title: "Писмо", accessed: Day(iso: "2026-12-01").map(ArchiveDate.init(day:))))
    }

    @Test func aWrongSourceIsAnErrorAtItsValue() {
        let file = """
        ---
        title: Н
        date: 2015-09-11
        source:
          - { url: "https://example.bg/" }
          - { title: Т, url: "data:text/html,x", accessed: 2026-02-30 }
          - [pages/principles]
          - { title: Т, zaglavie: Т }
        ---

        """
        let c = TempContent(["news/2015/a.md": file])
        #expect(c.diagnostics(c.load(), for: "news/2015/a.md") == [
            "5:5: 'source' 1 is missing the required field 'title'",
            "6:22: 'url' is a data: address, which okm never publishes (it could run a script in a reader's browser): write a web address (https://…) or a path",
            "6:52: 'accessed': 2026-02-30 is not a date in the calendar",
            "7:5: 'source' must be kind/slug of a record or { title, url, accessed } of an outside document, found a list",
            "8:17: unknown field 'zaglavie' in 'source' 4",
        ])
    }
}
