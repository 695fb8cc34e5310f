import Foundation
import Testing
@testable import OKMBuild
@testable import OKMRender

/// Issue 19, item 1, in open data: a due date (and a service's `opened`) without an exact day
/// is written as in the source, with `<field>_earliest`/`<field>_latest`; an exact day stays
/// `YYYY-MM-DD` alone. The decisions CSV writes `due` as in the source.
@Suite struct ArchiveDateOpenDataTests {
    static func content() -> String {
        let root = FileManager.default.temporaryDirectory.path + "/okm-edtf-data-" + UUID().uuidString
        let files = [
            "site.yml": "title: Тест\nbase_url: \"https://okm.example.test/\"\nlanguage: bg\n",
            "regions/ruse.md": "---\nname: Област Русе\nshort: Русе\n---\n",
            "services/s.md": "---\nname: Център\nregion: ruse\nopened: 2009~\n---\n",
            "projects/p.md": "---\nname: Проект\nstart: 2016-09\nend: 2018/..\n---\n",
            "protocols/2014/ruse-2014-11-25.md": """
            ---
            region: ruse
            number: "2"
            date: 2014-11-25
            decisions:
              - { text: Първо, due: 2015~ }
              - { text: Второ, due: 2015-03-31 }
              - { text: Трето, due: 2015/.. }
            ---
            Текст.
            """,
        ]
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func anInexactDueIsWrittenWithItsBounds() throws {
        let root = Self.content()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let b = BuiltSite(content: "") { $0.contentDirectory = root; $0.searchIndex = false }
        defer { b.remove() }
        #expect(b.report.succeeded, "\(b.report.diagnostics)")
        let protocols = try #require(try b.json("data/protocols.json") as? [[String: Any]])
        let decisions = try #require(protocols.first?["decisions"] as? [[String: Any]])
        #expect(decisions.count == 3)
        #expect(decisions[0]["due"] as? String == "2015~")
        #expect(decisions[0]["due_earliest"] as? String == "2015-01-01")
        #expect(decisions[0]["due_latest"] as? String == "2015-12-31")
        #expect(decisions[1]["due"] as? String == "2015-03-31")
        #expect(decisions[1]["due_earliest"] == nil && decisions[1]["due_latest"] == nil)
        #expect(decisions[2]["due"] as? String == "2015/..")
        #expect(decisions[2]["due_earliest"] as? String == "2015-01-01")
        #expect(decisions[2]["due_latest"] is NSNull)
        let services = try #require(try b.json("data/services.json") as? [[String: Any]])
        #expect(services.first?["opened"] as? String == "2009~")
        #expect(services.first?["opened_earliest"] as? String == "2009-01-01")
        #expect(services.first?["opened_latest"] as? String == "2009-12-31")
        // Every key the files write is documented on /data/ (the catalog the page is made from).
        for (file, items) in [("services.json", services), ("projects.json", try #require(try b.json("data/projects.json") as? [[String: Any]]))] {
            let documented = Set(try #require(OpenData.catalog.first { $0.name == file }).fields)
            for item in items { #expect(Set(item.keys).subtracting(documented).isEmpty, "\(file): \(Set(item.keys).subtracting(documented).sorted()) not on /data/") }
        }
        // The CSV: `due` as written.
        let rows = CSVReader.rows(b.text("data/decisions.csv"))
        let due = try #require(rows.first?.firstIndex(of: "due"))
        #expect(rows.dropFirst().map { $0[due] } == ["2015~", "2015-03-31", "2015/.."])
    }
}
