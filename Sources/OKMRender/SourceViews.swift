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
}
