import Foundation
@testable import OKMServe
import Testing

/// "New record" on the editor's start page: a draft as `okm new` writes it, then its form.
@Suite(.serialized) struct EditorNewRecordTests {
    @Test func aNewProtocolIsADraftOfItsRegionAndItsFormOpens() async throws {
        try await EditorPublishTests.withEditor { editor in
            let list = try await editor.request(.get, "/__okm/edit/").body
            #expect(list.contains("<form method=\"post\" action=\"/__okm/edit/new\">"))
            let before = Set(FileManager.default.subpaths(atPath: editor.content) ?? [])
            let made = try await editor.request(.post, "/__okm/edit/new", form: ["kind": "protocols", "region": "ruse", "title": ""])
            #expect(made.status == 303)
            let added = Set(FileManager.default.subpaths(atPath: editor.content) ?? []).subtracting(before).filter { $0.hasSuffix(".md") }
            #expect(added.count == 1)
            let rel = try #require(added.first)
            #expect(rel.hasPrefix("protocols/2015/ruse-2015-06-01"))
            let text = try editor.file(rel)
            #expect(text.contains("draft: true\n") && text.contains("region: ruse\n"))
            #expect(try await editor.request(.get, "/__okm/edit/record?path=\(rel)").status == 200)
        }
    }

    @Test func aProtocolWithoutARegionOrANewsItemWithoutATitleWritesNothing() async throws {
        try await EditorPublishTests.withEditor { editor in
            let before = Set(FileManager.default.subpaths(atPath: editor.content) ?? [])
            let noRegion = try await editor.request(.post, "/__okm/edit/new", form: ["kind": "protocols", "region": "", "title": ""])
            #expect(noRegion.status == 422)
            #expect(noRegion.body.contains("Изберете областта"))
            let noTitle = try await editor.request(.post, "/__okm/edit/new", form: ["kind": "news", "region": "", "title": "  "])
            #expect(noTitle.status == 422)
            let region = try await editor.request(.post, "/__okm/edit/new", form: ["kind": "regions", "region": "", "title": "Нова"])
            #expect(region.status == 422)
            #expect(Set(FileManager.default.subpaths(atPath: editor.content) ?? []) == before)
        }
    }
}
