import Foundation
import OKMModel
@testable import OKMServe
import Testing

/// Issue 17, item 4 (a missing person, organization or institution created on the spot): the
/// button beside a reference field, its few fields, and the draft file it writes, through HTTP.
@Suite(.serialized) struct EditorCreateTests {
    static let rel = "protocols/2015/clean.md"

    /// Every file under a folder, by path inside it, with its bytes.
    static func files(_ dir: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: dir)
        while let p = e?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir + "/" + p, isDirectory: &isDir), !isDir.boolValue {
                out[p] = FileManager.default.contents(atPath: dir + "/" + p)
            }
        }
        return out
    }

    @Test func theNewButtonOpensTheRecordsFieldsAndKeepsAllTheInput() async throws {
        try await EditorPublishTests.withEditor { editor in
            let hash = try await editor.hash(Self.rel)
            let form = try await editor.request(.get, "/__okm/edit/record?path=\(Self.rel)").body
            #expect(form.contains("<button type=\"submit\" name=\"create\" value=\"people f.chair\" aria-describedby=\"f.chair\">Ново лице</button>"))
            let page = try await editor.request(.post, "/__okm/edit/record?path=\(Self.rel)",
                                                form: ["hash": hash, "f.place": "Зала 2", "f.chair": "Мария Личева", "create": "people f.chair"])
            #expect(page.status == 200)
            #expect(page.body.contains("<fieldset class=\"new\" id=\"new\"><legend>Ново лице</legend>"))
            #expect(page.body.contains("<input type=\"hidden\" name=\"newrecord.target\" value=\"f.chair\">"))
            #expect(page.body.contains("id=\"new.name\" name=\"new.name\" aria-describedby=\"new.name-help\" value=\"Мария Личева\">"))
            #expect(page.body.contains("id=\"f.place\" name=\"f.place\" aria-describedby=\"f.place-help\" value=\"Зала 2\">"))
            #expect(page.body.contains("<input type=\"hidden\" name=\"hash\" value=\"\(hash)\">"))
            #expect(try editor.file(Self.rel) == EditorPublishTests.cleanDraft)
        }
    }

    @Test func creatingWritesADraftInTheArchetypesLayoutAndFillsTheField() async throws {
        try await EditorPublishTests.withEditor { editor in
            let hash = try await editor.hash(Self.rel)
            let before = Self.files(editor.content)
            let page = try await editor.request(.post, "/__okm/edit/record?path=\(Self.rel)", form: [
                "hash": hash, "f.place": "Зала 2", "f.attendees": "", "f.attendees.0": "Сдружение Надежда",
                "newrecord": "write", "newrecord.kind": "organizations", "newrecord.target": "f.attendees.0",
                "new.name": "Сдружение „Надежда“", "new.kind": "ngo", "new.region": "ruse",
            ])
            #expect(page.status == 200)
            let created = "organizations/sdruzhenie-nadezhda.md"
            #expect(try editor.file(created) == "---\ndraft: true\nname: Сдружение „Надежда“\nshort: \naliases: []\nkind: ngo\nregion: ruse\n---\n")
            // The main form: the new slug in its field, the rest of the input kept, nothing of it saved.
            #expect(page.body.contains("id=\"f.attendees.0\" name=\"f.attendees.0\" aria-describedby=\"f.attendees-help\" value=\"sdruzhenie-nadezhda\""))
            #expect(page.body.contains("value=\"Зала 2\">"))
            #expect(page.body.contains("Създадена е чернова \(created)"))
            #expect(!page.body.contains("<fieldset class=\"new\""))
            #expect(page.body.contains("<option value=\"sdruzhenie-nadezhda\" label=\"Сдружение „Надежда“ · Sdruzhenie „Nadezhda“\"></option>"))
            var after = Self.files(editor.content)
            after[created] = nil
            #expect(after == before)
            #expect(try editor.file(Self.rel) == EditorPublishTests.cleanDraft)
        }
    }

    @Test func aPersonIsWrittenAsTheArchetypeWritesOne() async throws {
        try await EditorPublishTests.withEditor { editor in
            let hash = try await editor.hash(Self.rel)
            let page = try await editor.request(.post, "/__okm/edit/record?path=\(Self.rel)", form: [
                "hash": hash, "newrecord": "write", "newrecord.kind": "people", "newrecord.target": "f.chair", "new.name": "Мария Личева",
            ])
            #expect(page.status == 200)
            #expect(try editor.file("people/maria-licheva.md") == "---\ndraft: true\nname: Мария Личева\nposts: []\n#  - { title: , organization: , from:  }\n---\n")
            #expect(page.body.contains("id=\"f.chair\" name=\"f.chair\" aria-describedby=\"f.chair-help\" value=\"maria-licheva\""))
        }
    }

    @Test func aSlugThatExistsIsRefusedAndNothingIsWritten() async throws {
        try await EditorPublishTests.withEditor { editor in
            let hash = try await editor.hash(Self.rel)
            let before = Self.files(editor.content)
            let page = try await editor.request(.post, "/__okm/edit/record?path=\(Self.rel)", form: [
                "hash": hash, "f.place": "Зала 2", "newrecord": "write", "newrecord.kind": "people", "newrecord.target": "f.chair", "new.name": "Иван Петров",
            ])
            #expect(page.status == 422)
            #expect(page.body.contains("Вече има запис с това име: people/ivan-petrov.md."))
            // The fields stay open with what was typed, and the form's input is kept.
            #expect(page.body.contains("value=\"Иван Петров\">"))
            #expect(page.body.contains("value=\"Зала 2\">"))
            #expect(Self.files(editor.content) == before)
        }
    }

    @Test func nothingIsWrittenOutsideItsKindsFolderInContent() async throws {
        try await EditorPublishTests.withEditor { editor in
            let hash = try await editor.hash(Self.rel)
            let outside = (editor.content as NSString).deletingLastPathComponent
            let before = Self.files(outside)
            let kind = try await editor.request(.post, "/__okm/edit/record?path=\(Self.rel)", form: [
                "hash": hash, "newrecord": "write", "newrecord.kind": "../../tmp", "newrecord.target": "f.chair", "new.name": "x",
            ])
            #expect(kind.status == 400)
            let region = try await editor.request(.post, "/__okm/edit/record?path=\(Self.rel)", form: [
                "hash": hash, "newrecord": "write", "newrecord.kind": "regions", "newrecord.target": "f.region", "new.name": "x",
            ])
            #expect(region.status == 400)
            #expect(Self.files(outside) == before)
            let climbing = try await editor.request(.post, "/__okm/edit/record?path=\(Self.rel)", form: [
                "hash": hash, "newrecord": "write", "newrecord.kind": "people", "newrecord.target": "f.chair", "new.name": "../../../etc/passwd",
            ])
            #expect(climbing.status == 200)
            var after = Self.files(outside)
            #expect(after.removeValue(forKey: "content/people/etc-passwd.md") != nil)
            #expect(after == before)
        }
    }
}
