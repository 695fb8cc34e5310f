import OKMLink
import OKMModel

/// A fact's source (`Source`) as pages and open data show it.
extension RenderContext {
    /// A record's title linked to its page, or an outside document's title, linked when it has
    /// an address, with "(достъпено на …)" when the day it was read is known.
    func link(_ source: Source?) -> LinkView? {
        switch source {
        case .record(let r)?:
            guard var l = link(r) else { return nil }
            l.meta = nil
            return l
        case .document(let d)?:
            return LinkView(title: d.title, url: d.url.flatMap(SafeURL.init(content:)), meta: date(d.accessed).map { label("source_accessed") + " " + $0 },
                            titleLang: language == "bg" ? nil : "bg")
        case nil:
            return nil
        }
    }

    /// Open data: `{ record, record_url }` for a record, `{ title, url, accessed }` for an outside document.
    func sourceData(_ source: Source?) -> JSON? {
        switch source {
        case .record(let r)?:
            guard let id = site.resolve(r) else { return nil }
            return .obj(["record": .string(id.description), "record_url": .str(site.summary(id).map { absolute($0.url) })])
        case .document(let d)?:
            return .obj(["title": .string(d.title), "url": .str(d.url), "accessed": day(d.accessed)])
        case nil:
            return nil
        }
    }

    /// The same for closures.json, whose keys keep the order written.
    func sourceJSONText(_ source: Source?) -> JSONText {
        switch source {
        case .record(let r)?:
            guard let id = site.resolve(r), let s = site.summary(id) else { return .null }
            return .object([("record", .string(id.description)), ("record_url", .string(absolute(s.url))), ("title", .string(s.title))])
        case .document(let d)?:
            return .object([("title", .string(d.title)), ("url", .optional(d.url)), ("accessed", .optional(d.accessed?.text))])
        case nil:
            return .null
        }
    }

    /// One cell of a CSV file: a record's address, or an outside document's title and address.
    func sourceCSV(_ source: Source) -> String? {
        switch source {
        case .record(let r): site.resolve(r).flatMap { site.summary($0) }.map { absolute($0.url) }
        case .document(let d): d.url.map { "\(d.title) <\($0)>" } ?? d.title
        }
    }
}
