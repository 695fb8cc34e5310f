import Foundation
import OKMModel

extension FieldReader {
    /// The fields every document may carry. Which of title, date and region are required
    /// differs by kind (the schema says); entities take their name from `name` and have no
    /// title or date. `draft` is read first: a draft may leave out what publishing needs.
    func header(id: DocumentID, path: String, body: Body) -> Header {
        var h = Header(id: id, path: path)
        let kind = id.kind
        h.draft = bool("draft") ?? false
        forgiving = h.draft
        accept("type", "slug")
        if !kind.isEntity {
            h.title = string("title")
            h.archiveDate = archiveDate("date")
        }
        h.region = reference("region", .regions)
        h.summary = string("summary")
        h.tags = strings("tags")
        h.institutions = references("institutions", .institutions)
        h.services = references("services", .services)
        h.projects = references("projects", .projects)
        h.organizations = references("organizations", .organizations)
        h.people = references("people", .people)
        h.images = records("images", what: .phrase("what.image")) { r, _ in
            guard let src = r.address("src") else { _ = r.string("alt", required: false); _ = r.string("caption"); return nil }
            let alt = r.string("alt", required: false)  // its own messages below
            if alt == nil {
                if r.has("alt") { r.sink.error(2061, r.location(of: "alt"), [:]) }
                else { r.missing("alt") }
            }
            return ImageRef(src: src, alt: alt ?? "", caption: r.string("caption"), location: r.location(of: "src"))
        }
        h.attachments = records("attachments", what: .phrase("what.attachment")) { r, _ in
            let file = r.address("file")
            let title = r.string("title")
            guard let file, let title else { return nil }
            return Attachment(file: file, title: title, location: r.location(of: "file"))
        }
        h.sources = sources("source")
        h.body = body
        return h
    }

    /// `name`, `short`, `aliases` of an entity.
    func names() -> Names? {
        let name = string("name")
        let short = string("short")
        var locations: [String: SourceLocation] = [:]
        if let name { locations[name] = location(of: "name") }
        if let short { locations[short] = locations[short] ?? location(of: "short") }
        var aliases: [String] = []
        for n in list("aliases") {
            guard let text = scalarText(n, field: "aliases")?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { continue }
            aliases.append(text)
            if locations[text] == nil { locations[text] = place.location(n) }
        }
        guard let name else { return nil }
        var names = Names(name: name, short: short, aliases: aliases, locations: locations)
        names.english = string("name_en")
        return names
    }
}
