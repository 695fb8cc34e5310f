import Foundation
import OKMModel
@testable import OKMServe
import Testing

/// Issue 17, item 5 (the preview): the record's page from the form's input, not saved, through
/// the site's own templates and linker; confidential blocks marked in the editor, absent from it.
@Suite(.serialized) struct EditorPreviewTests {
    static let news = "news/2015/novina.md"

    @Test func thePreviewOfAChangedTitleShowsItAndWritesNothing() async throws {
        try await EditorPublishTests.withEditor { editor in
            let hash = try await editor.hash(Self.news)
            let before = EditorCreateTests.files((editor.content as NSString).deletingLastPathComponent)
            let form = try await editor.request(.get, "/__okm/edit/record?path=\(Self.news)").body
            #expect(form.contains("formaction=\"/__okm/edit/preview?path=news/2015/novina.md\" formtarget=\"okm-preview\""))
            let page = try await editor.request(.post, "/__okm/edit/preview?path=\(Self.news)", form: ["hash": hash, "f.title": "Ново заглавие за прегледа"])
            #expect(page.status == 200)
            #expect(page.body.contains("<h1>Ново заглавие за прегледа</h1>") || page.body.range(of: #"<h1[^>]*>Ново заглавие за прегледа</h1>"#, options: .regularExpression) != nil)
            #expect(!page.body.contains("Закрит е ДДЛРГ „Проба“</h1>"))
            #expect(EditorCreateTests.files((editor.content as NSString).deletingLastPathComponent) == before)
        }
    }

    @Test func thePreviewLinksAMentionInTheBody() async throws {
        try await EditorPublishTests.withEditor { editor in
            let hash = try await editor.hash(Self.news)
            let page = try await editor.request(.post, "/__okm/edit/preview?path=\(Self.news)",
                                                form: ["hash": hash, "body": "Срещата беше в РДСП Русе."])
            #expect(page.status == 200)
            #expect(page.body.range(of: #"Срещата беше в <a [^>]*href="[^"]*/organizations/rdsp-ruse/"[^>]*>РДСП Русе</a>"#, options: .regularExpression) != nil)
        }
    }

    @Test func aConfidentialBlockIsMarkedInTheFormAndLeftOutOfThePreview() async throws {
        try await EditorPublishTests.withEditor { editor in
            let body = "Обсъден беше един казус.\n\n```confidential\nДетето А. Б., 7 г.\n```\n"
            let hash = try await editor.hash(Self.news)
            let saved = try await editor.request(.post, "/__okm/edit/record?path=\(Self.news)", form: ["hash": hash, "body": body])
            #expect(saved.status == 200)
            #expect(saved.body.contains("<h2 id=\"confidential\">Поверителни части — никога не се публикуват: 1</h2>"))
            #expect(saved.body.contains("<pre>Детето А. Б., 7 г.\n</pre>"))
            let again = try await editor.hash(Self.news)
            let preview = try await editor.request(.post, "/__okm/edit/preview?path=\(Self.news)", form: ["hash": again, "body": body])
            #expect(preview.status == 200)
            #expect(preview.body.contains("Обсъден беше един казус."))
            #expect(!preview.body.contains("Детето"))
        }
    }

    @Test func aPreviewOfTextWithErrorsShowsThemInTheForm() async throws {
        try await EditorPublishTests.withEditor { editor in
            let hash = try await editor.hash(Self.news)
            let page = try await editor.request(.post, "/__okm/edit/preview?path=\(Self.news)", form: ["hash": hash, "f.date": "2016-13-45"])
            #expect(page.status == 422)
            #expect(page.body.contains("Прегледът не може да се покаже"))
            #expect(page.body.contains("value=\"2016-13-45\""))
        }
    }
}
