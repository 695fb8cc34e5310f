import Foundation
import OKMModel
@testable import OKMServe
import Testing

/// Issue 17, item 3: the rows of a list of groups are removed and moved with plain submit
/// buttons (no JavaScript): the form comes back with the rows changed and nothing is written
/// until Save, which then rewrites only the lines of that list.
@Suite(.serialized) struct EditorRowsTests {
    static let rel = "protocols/2015/ruse-2015-03-10.md"

    func form(_ editor: EditorPublishTests.Editor) async throws -> [String: String] {
        RoundTripTests.submit(try await editor.request(.get, "/__okm/edit/record?path=\(Self.rel)").body)
    }

    @Test func removingARowRenumbersTheRestAndWritesNothing() async throws {
        try await EditorPublishTests.withEditor { editor in
            let before = try editor.file(Self.rel)
            var sent = try await form(editor)
            #expect(sent["f.agenda.1.title"] == "Разни")
            sent["row"] = "remove f.agenda 0"
            let response = try await editor.request(.post, "/__okm/edit/record?path=\(Self.rel)", form: sent)
            #expect(response.status == 200)
            #expect(try editor.file(Self.rel) == before)
            let again = RoundTripTests.submit(response.body)
            #expect(again["f.agenda.0.title"] == "Разни")
            #expect(again["f.agenda.0.reporters.0"] == "")
            #expect((again["f.agenda.1.title"] ?? "").isEmpty)
            #expect(response.body.contains("<button type=\"submit\" name=\"row\" value=\"add f.agenda\">Добави ред</button>"))
        }
    }

    @Test func movingARowUpThenSavingRewritesOnlyThatList() async throws {
        try await EditorPublishTests.withEditor { editor in
            let before = try editor.file(Self.rel)
            var sent = try await form(editor)
            sent["row"] = "up f.agenda 1"
            let response = try await editor.request(.post, "/__okm/edit/record?path=\(Self.rel)", form: sent)
            #expect(response.status == 200)
            #expect(try editor.file(Self.rel) == before)
            let moved = RoundTripTests.submit(response.body)
            #expect(moved["f.agenda.0.title"] == "Разни")
            #expect(moved["f.agenda.1.title"] == "Закриване на ДДЛРГ „Проба“")
            #expect(moved["f.agenda.1.reporters.0"] == "maria-ivanova")
            // Save the form as it came back.
            let saved = try await editor.request(.post, "/__okm/edit/record?path=\(Self.rel)", form: moved)
            #expect(saved.status == 200)
            let after = try editor.file(Self.rel)
            let old = RecordFile(text: before), new = RecordFile(text: after)
            let oldRange = old.fields.first { $0.key == "agenda" }!.lines, newRange = new.fields.first { $0.key == "agenda" }!.lines
            #expect(Array(old.lines[..<oldRange.lowerBound]) == Array(new.lines[..<newRange.lowerBound]))
            #expect(Array(old.lines[oldRange.upperBound...]) == Array(new.lines[newRange.upperBound...]))
            guard case .groups(let rows)? = RecordEdit(kind: .protocols, text: after).values.first(where: { $0.field.name == "agenda" })?.value else {
                Issue.record("no agenda after the save"); return
            }
            #expect(rows.map { $0["title"] } == [.text("Разни"), .text("Закриване на ДДЛРГ „Проба“")])
            #expect(rows[1]["reporters"] == .list(["maria-ivanova"]))
        }
    }

    @Test func aRowButtonNamesOnlyAListOfTheForm() {
        #expect(RowAction("remove f.agenda 2") != nil)
        #expect(RowAction("remove f.agenda.0.reporters 2") == nil)
        #expect(RowAction("up hash 1") == nil)
        #expect(RowAction("add f.agenda 1") == nil)
    }
}
