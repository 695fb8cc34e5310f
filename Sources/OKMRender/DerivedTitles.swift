import OKMLink
import OKMModel

/// The titles Render words for records whose file gives none. Link leaves such a protocol
/// without a title (it holds facts: the number, the region); here it gets one from i18n
/// (`protocol_title`, `protocol_title_numbered`, `protocol_title_in_region`) in the site's
/// language: "Протокол № 2 от заседание на ОКМ – Русе", "Minutes No. 2 of the meeting of the
/// Coordination Mechanism – Ruse".
enum DerivedTitles {
    /// A protocol's derived title; `regionName` is the region's name in the page's language
    /// when it has one (see `RenderContext.displayName`).
    static func protocolTitle(number: String?, regionName: String?, _ t: [String: String]) -> String {
        func word(_ key: String) -> String { t[key] ?? key }
        var title = number.map { n in Messages.fill(word("protocol_title_numbered")) { $0 == "number" ? n : nil } }
            ?? word("protocol_title")
        if let regionName {
            title = Messages.fill(word("protocol_title_in_region")) { ["title": title, "region": regionName][$0] }
        }
        return title
    }

    /// The site with every untitled protocol titled, in its records and its link summaries.
    static func apply(to site: Site, _ t: [String: String], language: String) -> Site {
        var site = site
        var regionNames: [String: String] = [:]
        for r in site.content.regions { regionNames[r.header.id.slug] = r.names.display(in: language) }
        for i in site.content.protocols.indices where site.content.protocols[i].header.title == nil {
            let p = site.content.protocols[i]
            let title = protocolTitle(number: p.number, regionName: p.header.region.flatMap { regionNames[$0.slug] }, t)
            site.content.protocols[i].header.title = title
            site.summaries[p.header.id]?.title = title
        }
        return site
    }
}
