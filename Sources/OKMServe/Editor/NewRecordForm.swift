import Foundation
import Hummingbird
import OKMBuild
import OKMModel

/// "New record" on the editor's start page: a kind, a title and (for a protocol or an event) a
/// region; `POST /__okm/edit/new` writes the draft `okm new` writes (the archetype's layout, never
/// over a file) and sends the browser to its form. Plain HTML: works with scripts off.
enum NewRecordForm {
    /// The kinds made from here: every kind but regions (a region is the site's own setting, added by hand).
    static var kinds: [Kind] { Kind.allCases.filter { $0 != .regions } }

    /// Today in Sofia, when the server was given no day (`okm serve` gives it one).
    static var today: Day {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Sofia") ?? .current, from: Date())
        return Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? Day(year: 1970, month: 1, day: 1)!
    }

    static func html(_ catalogue: RecordCatalogue, message: String? = nil) -> String {
        let w = catalogue.words
        var out = "<section aria-labelledby=\"new-record\"><h2 id=\"new-record\">\(esc(w.word("new_record")))</h2>\n"
        if let message { out += "<p class=\"alert\" role=\"alert\">\(esc(message))</p>\n" }
        out += "<form method=\"post\" action=\"/__okm/edit/new\">\n"
        out += "<p class=\"help\" id=\"new-record-help\">\(esc(w.word("new_record_help")))</p>\n"
        out += "<label for=\"new-kind\">\(esc(w.word("new_record_kind")))</label>\n<select id=\"new-kind\" name=\"kind\" aria-describedby=\"new-record-help\">"
        for k in kinds { out += "<option value=\"\(k.folder)\">\(esc(w.pick(Schema.label(of: k))))</option>" }
        out += "</select>\n"
        out += "<label for=\"new-title\">\(esc(w.word("new_record_title")))</label>\n<input type=\"text\" id=\"new-title\" name=\"title\">\n"
        out += "<label for=\"new-region\">\(esc(w.word("new_record_region")))</label>\n<select id=\"new-region\" name=\"region\"><option value=\"\">\(esc(w.choose))</option>"
        for r in catalogue.records(of: .regions) { out += "<option value=\"\(esc(r.id.slug))\">\(esc(r.title))</option>" }
        out += "</select>\n<button type=\"submit\">\(esc(w.createDraft))</button>\n</form>\n</section>\n"
        return out
    }
}

extension DevServer {
    func addNewRecordRoute(to router: Router<BasicRequestContext>) {
        let options = session.options
        router.post("/__okm/edit/new") { request, _ -> Response in
            let buffer: ByteBuffer
            do { buffer = try await request.body.collect(upTo: EditorAccess.maxBody) } catch {
                return Self.refuse(.contentTooLarge, "too_large", options)
            }
            let input = FormInput(urlencoded: String(buffer: buffer))
            let catalogue = RecordCatalogue(contentDirectory: options.contentDirectory, templatesDirectory: options.templatesDirectory)
            let w = catalogue.words
            func refuse(_ text: String) -> Response {
                Self.html(RecordListPage.html(catalogue, query: "", checks: RecordChecks(options: options), newRecordMessage: text), status: .unprocessableContent)
            }
            guard let kind = NewRecordForm.kinds.first(where: { $0.folder == input["kind"] }) else { return refuse(w.notHere) }
            let title = input.text("title").trimmingCharacters(in: .whitespacesAndNewlines)
            let region = input.text("region")
            if (kind == .protocols || kind == .events) && region.isEmpty { return refuse(w.word("new_record_no_region")) }
            if kind != .protocols && Slug.make(title).isEmpty { return refuse(w.noName) }
            var made = NewRecord.Request(kind: kind.folder, title: title.isEmpty ? nil : title, region: region.isEmpty ? nil : region,
                                         today: options.today ?? NewRecordForm.today)
            made.contentDirectory = options.contentDirectory
            made.templatesDirectory = options.templatesDirectory
            let path: String
            do { path = try NewRecord.create(made) } catch {
                let why = (error as? NewRecord.Failure)?.message.worded(w.en ? MessageLanguage.en : .bg) ?? "\(error)"
                return refuse("\(w.saveFailed): \(why)")
            }
            let rel = String(path.dropFirst(options.contentDirectory.count + 1))
            return Response(status: .seeOther, headers: [.location: "/__okm/edit/record?path=\(urlQuery(rel))"])
        }
    }
}
