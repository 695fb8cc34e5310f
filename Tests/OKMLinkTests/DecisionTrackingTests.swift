import Foundation
import Testing
@testable import OKMLink
@testable import OKMLoad
@testable import OKMModel

/// Decision ids, the index of decisions, open commitments and closing records.
@Suite struct DecisionTrackingTests {
    static let protocol2 = """
        ---
        region: ruse
        number: "2"
        date: 2014-11-25
        agenda:
          - title: Готовност
          - title: Проект
        decisions:
          - { text: Запитване до МЗ, agenda_item: 1, responsible: [rdsp-ruse], due: 2015-03-31, status: done, closed_by: protocols/ruse-2015-02-17 }
          - { text: Информация за потребностите, agenda_item: 2, responsible: [rdsp-ruse, ivan-petrov], status: in-progress }
          - { text: Второ решение по т. 1, agenda_item: 1, due: 2015-01-31 }
          - { text: Без точка }
        ---

        """

    static let protocol3 = """
        ---
        region: ruse
        number: "3"
        date: 2015-02-17
        decisions:
          - { text: Нов доклад, status: open }
        ---

        """

    static func ids(_ files: [String: String]) -> (ids: [String: [String]], site: Site, problems: [Diagnostic]) {
        let c = LinkTestContent(files)
        let (loaded, site, diagnostics) = c.link()
        var out: [String: [String]] = [:]
        for p in site.content.protocols { out[p.header.id.slug] = DecisionIDs.ids(for: p) }
        return (out, site, loaded.diagnostics + diagnostics)
    }

    @Test func idsAreRegionNumberYearItemAndOrdinalWithinTheItem() {
        let (ids, site, problems) = Self.ids(["protocols/2014/ruse-2014-11-25.md": Self.protocol2,
                                              "protocols/2015/ruse-2015-02-17.md": Self.protocol3])
        #expect(problems.isEmpty, "\(problems)")
        #expect(ids["ruse-2014-11-25"] == ["ruse-2-2014-1-1", "ruse-2-2014-2-1", "ruse-2-2014-1-2", "ruse-2-2014-0-1"])
        #expect(ids["ruse-2015-02-17"] == ["ruse-3-2015-0-1"])
        #expect(site.decisions.all.map(\.id) == ["ruse-2-2014-1-1", "ruse-2-2014-2-1", "ruse-2-2014-1-2", "ruse-2-2014-0-1", "ruse-3-2015-0-1"])
        #expect(site.decisions.all[0].anchor == "decision-ruse-2-2014-1-1")
    }

    @Test func aNumberWithTheYearOrNoNumberAtAll() {
        func prefix(_ number: String?) -> String {
            var h = Header(id: DocumentID(.protocols, "p"), path: "p.md")
            h.region = Reference(.regions, "kardzhali", at: SourceLocation(path: "p.md", line: 1, column: 1))
            h.date = Day(iso: "2015-09-10")
            var p = ProtocolRecord(header: h)
            p.number = number
            return DecisionIDs.prefix(of: p)
        }
        #expect(prefix("4") == "kardzhali-4-2015")
        #expect(prefix("4/2015") == "kardzhali-4-2015")
        #expect(prefix("РД-01-4") == "kardzhali-rd-01-4-2015")
        #expect(prefix(nil) == "kardzhali-2015-09-10")
        #expect(prefix("№") == "kardzhali-2015-09-10")
    }

    @Test func idsStayTheSameWhenUnrelatedRecordsChange() {
        let before = Self.ids(["protocols/2014/ruse-2014-11-25.md": Self.protocol2, "protocols/2015/ruse-2015-02-17.md": Self.protocol3])
        // Another protocol before it, a news item, another region's protocol with the same number,
        // a decision added under another agenda item of the same protocol.
        let changedProtocol = Self.protocol2.replacingOccurrences(
            of: "  - { text: Без точка }", with: "  - { text: Ново по т. 2, agenda_item: 2 }\n  - { text: Без точка }")
        let after = Self.ids([
            "protocols/2014/ruse-2014-11-25.md": changedProtocol,
            "protocols/2015/ruse-2015-02-17.md": Self.protocol3,
            "protocols/2014/ruse-2014-06-10.md": "---\nregion: ruse\nnumber: \"1\"\ndate: 2014-06-10\ndecisions:\n  - { text: Първо }\n---\n",
            "protocols/2014/kardzhali-2014-11-25.md": "---\nregion: kardzhali\nnumber: \"2\"\ndate: 2014-11-25\ndecisions:\n  - { text: Друго }\n---\n",
            "news/2015/n.md": "---\ntitle: Новина\ndate: 2015-01-05\n---\n",
        ])
        #expect(after.problems.isEmpty, "\(after.problems)")
        let old = before.ids["ruse-2014-11-25"] ?? []
        let new = after.ids["ruse-2014-11-25"] ?? []
        #expect(old == ["ruse-2-2014-1-1", "ruse-2-2014-2-1", "ruse-2-2014-1-2", "ruse-2-2014-0-1"])
        // Every old decision keeps its id; the new one gets the next ordinal of its item.
        #expect(new == ["ruse-2-2014-1-1", "ruse-2-2014-2-1", "ruse-2-2014-1-2", "ruse-2-2014-2-2", "ruse-2-2014-0-1"])
        #expect(after.ids["kardzhali-2014-11-25"] == ["kardzhali-2-2014-0-1"])
    }

    @Test func twoDecisionsWithOneIdAreAnError() {
        let c = LinkTestContent([
            "protocols/2014/a.md": "---\nregion: ruse\nnumber: \"2\"\ndate: 2014-11-25\ndecisions:\n  - { text: А }\n---\n",
            // "2/2014" is another number as written, but the same id as "2" of 2014.
            "protocols/2014/b.md": "---\nregion: ruse\nnumber: \"2/2014\"\ndate: 2014-12-02\ndecisions:\n  - { text: Б }\n---\n",
        ])
        let (_, _, diagnostics) = c.link()
        #expect(c.lines(diagnostics, for: "protocols/2014/b.md")
            == ["6:5: decision 1 has the id 'ruse-2-2014-0-1', as decision 1 of protocols/a has: give the two protocols different numbers"])
    }

    @Test func aDecisionClosedByAnOlderRecordIsAnError() {
        let c = LinkTestContent([
            "protocols/2014/a.md": "---\nregion: ruse\ndate: 2014-11-25\ndecisions:\n  - { text: А, status: done, closed_by: news/old }\n---\n",
            "news/2014/old.md": "---\ntitle: Стара\ndate: 2014-01-05\n---\n",
        ])
        let (_, _, diagnostics) = c.link()
        #expect(c.lines(diagnostics, for: "protocols/2014/a.md")
            == ["5:41: decision 1 is closed by news/old of 2014-01-05, before the meeting that took it (2014-11-25): 'closed_by' names a later record"])
    }

    @Test func closingRecordsAndOutstandingCommitments() throws {
        let (_, site, problems) = Self.ids([
            "protocols/2014/ruse-2014-11-25.md": Self.protocol2,
            "protocols/2015/ruse-2015-02-17.md": Self.protocol3,
            "protocols/2015/ruse-2015-05-20.md": "---\nregion: ruse\nnumber: \"4\"\ndate: 2015-05-20\n---\n",
        ])
        #expect(problems.isEmpty, "\(problems)")
        let p3 = DocumentID(.protocols, "ruse-2015-02-17"), p4 = DocumentID(.protocols, "ruse-2015-05-20")
        let ruse = DocumentID(.regions, "ruse")
        #expect(site.decisions.closed(by: p3).map(\.id) == ["ruse-2-2014-1-1"])
        #expect(site.decisions.all[0].closedOn == Day(iso: "2015-02-17"))
        // At meeting 3 everything of meeting 2 was still open (one is closed by meeting 3 itself).
        #expect(site.decisions.outstanding(at: p3, region: ruse, date: Day(iso: "2015-02-17")).first.map(\.id)
            == ["ruse-2-2014-1-1", "ruse-2-2014-2-1", "ruse-2-2014-1-2", "ruse-2-2014-0-1"])
        // At meeting 4 the closed one is gone, and meeting 3's decision is added.
        #expect(site.decisions.outstanding(at: p4, region: ruse, date: Day(iso: "2015-05-20")).first.map(\.id)
            == ["ruse-2-2014-2-1", "ruse-2-2014-1-2", "ruse-2-2014-0-1", "ruse-3-2015-0-1"])
        #expect(site.decisions.outstanding(at: p3, region: DocumentID(.regions, "kardzhali"), date: Day(iso: "2015-02-17")).count == 0)
        // A page shows the oldest few with the whole count.
        let few = site.decisions.outstanding(at: p4, region: ruse, date: Day(iso: "2015-05-20"), first: 2)
        #expect(few.count == 4 && few.first.map(\.id) == ["ruse-2-2014-2-1", "ruse-2-2014-1-2"])
        let open = try #require(site.decisions.all.first { $0.id == "ruse-2-2014-1-2" })
        #expect(open.isOverdue(today: Day(iso: "2015-02-01")))
        #expect(!open.isOverdue(today: Day(iso: "2015-01-31")))
        #expect(!open.isOverdue(today: nil))
        #expect(!site.decisions.all[0].isOverdue(today: Day(iso: "2020-01-01")))  // done
        // The role index points at the stable anchors.
        #expect(site.roles.responsibleFor[DocumentID(.organizations, "rdsp-ruse")]?.map(\.anchor)
            == ["decision-ruse-2-2014-1-1", "decision-ruse-2-2014-2-1"])
    }
}
