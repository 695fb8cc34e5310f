import Foundation
import OKMLink
import OKMModel

/// A print page of the site and the PDF made from it, as paths inside output/.
public struct PrintTarget: Sendable, Hashable {
    /// `protocols/2014/ruse-2014-11-25/print/index.html`
    public var html: String
    /// `protocols/2014/ruse-2014-11-25/ruse-2014-11-25.pdf`
    public var pdf: String
}

/// Where the print editions live: every protocol at `<its page>/print/` with its PDF
/// `<its page>/<slug>.pdf`, and every year of a mechanism's protocols as one volume at
/// `/regions/<slug>/protocols/<year>/print/` with `<slug>-<year>.pdf` beside it.
public enum PrintEditions {
    struct Volume: Sendable {
        var region: Region
        var year: Int
        /// Oldest first.
        var protocols: [ProtocolRecord]
        var url: String { Route.printVolume(region: region.header.id.slug, year: year).path }
        var pdf: String { url + "\(region.header.id.slug)-\(year).pdf" }
    }

    static func pageURL(_ site: Site, _ h: Header) -> String { site.summary(h.id)?.url ?? URLs.path(of: h.id, archiveDate: h.archiveDate) }
    static func pdfURL(_ site: Site, _ h: Header) -> String { pageURL(site, h) + h.id.slug + ".pdf" }

    static func volumes(_ site: Site) -> [Volume] {
        let byID = Dictionary(site.protocols.map { ($0.header.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [Volume] = []
        for region in site.regions {
            let records = site.protocols(inRegion: region.header.id.slug).compactMap { byID[$0] }
            let years = Array(Set(records.compactMap(\.header.date?.year))).sorted()
            for year in years {
                out.append(Volume(region: region, year: year, protocols: records.filter { $0.header.date?.year == year }))
            }
        }
        return out
    }

    /// Every print page of the site with the PDF it becomes.
    public static func targets(_ site: Site) -> [PrintTarget] {
        site.protocols.map { p in
            PrintTarget(html: URLs.file(for: pageURL(site, p.header) + "print/"), pdf: URLs.file(for: pdfURL(site, p.header)))
        } + volumes(site).map { v in
            PrintTarget(html: URLs.file(for: v.url + "print/"), pdf: URLs.file(for: v.pdf))
        }
    }

    /// One protocol's print edition as a file of its own, its stylesheet inside it: the
    /// internal edition (with the confidential blocks) or the public one. nil when the site
    /// has no such protocol.
    public static func standalone(_ site: Site, theme: Theme, protocol id: DocumentID, internal isInternal: Bool, language: String? = nil) -> String? {
        guard let p = site.protocolRecord(id) else { return nil }
        let ctx = RenderContext(site: site, theme: theme, language: language ?? site.settings.language)
        let css = theme.assets.first { $0.relativePath == "assets/print.css" }
            .flatMap { try? String(contentsOfFile: $0.sourcePath, encoding: .utf8) } ?? ""
        let view = ctx.printPage([p], volume: nil, edition: isInternal ? .internalEdition : .publicEdition, inlineCSS: css)
        return Renderer.render(theme, "protocol-print", view)
    }
}

extension RenderContext {
    /// The site's print pages, each with the job that builds its view.
    func printPages() -> [(path: String, make: @Sendable () -> PrintPageView)] {
        let protocols = site.protocols.map(printPage(of:))
        let volumes = PrintEditions.volumes(site).map { v in
            (v.url + "print/", { @Sendable in printPage(v.protocols, volume: v, edition: .publicEdition) })
        }
        return protocols + volumes
    }

    /// One protocol's print edition: its path and view.
    func printPage(of p: ProtocolRecord) -> (path: String, make: @Sendable () -> PrintPageView) {
        (PrintEditions.pageURL(site, p.header) + "print/", { @Sendable in printPage([p], volume: nil, edition: .publicEdition) })
    }

    func printPage(_ records: [ProtocolRecord], volume: PrintEditions.Volume?, edition: PrintEdition, inlineCSS: String? = nil) -> PrintPageView {
        let word = label("print_protocol_word")
        let protocols = records.map { record in
            var view = printProtocol(record, edition: edition)
            view.runningHead = "\(word) \(view.numberLine)"
            return view
        }
        let first = records.first?.header
        let region = volume?.region.header.id ?? first?.region.flatMap(site.resolve)
        let regionName = region.flatMap { id in site.region(id)?.names.name }
        let left = [label("print_mechanism_short"), regionName].compactMap { $0 }.joined(separator: " – ")
        let isInternal = edition == .internalEdition
        let title: String
        let pageURL: String
        var links: [LinkView] = []
        var volumeView: PrintVolumeView?
        if let volume {
            let names = ["region": regionName ?? "", "year": String(volume.year)]
            title = fill("print_volume_page_title", names)
            pageURL = Route.regionList(region: volume.region.header.id.slug, .protocols).path
            links.append(LinkView(title: label("print_back_region"), url: url(pageURL)))
            if pdfLinks { links.append(LinkView(title: label("print_pdf"), url: url(volume.pdf))) }
            volumeView = PrintVolumeView(title: label("print_volume_title"), runningHead: title, subtitle: fill("print_volume_subtitle", names),
                                         year: fill("print_volume_year", names),
                                         contents: protocols.map { LinkView(title: "\(word) \($0.numberLine)", url: SafeURL(fragment: $0.anchor)) },
                                         originals: zip(records, protocols).compactMap { record, view in
                                             // A full address: the volume is read as a PDF, away from the site.
                                             signedOriginal(record).map { LinkView(title: "\(word) \(view.numberLine) – \($0.title)", url: record.original.flatMap { absoluteAsset($0.file, of: record.header) }) }
                                         })
        } else {
            let h = records[0].header
            title = "\(h.title ?? h.id.slug) – \(label(isInternal ? "print_internal" : "print_edition"))"
            pageURL = PrintEditions.pageURL(site, h)
            links.append(LinkView(title: label("print_back"), url: url(pageURL)))
            if pdfLinks { links.append(LinkView(title: label("print_pdf"), url: url(PrintEditions.pdfURL(site, h)))) }
        }
        let right = volume == nil ? "\(word) \(protocols.first?.numberLine ?? "")" : title
        // A draft (проект) is marked on every page, so a copy circulated for comments is never
        // taken for the approved protocol; with the internal mark when both apply.
        let isDraft = records.contains { $0.header.draft }
        let marks = [isDraft ? label("print_draft") : nil, isInternal ? label("print_internal") : nil].compactMap { $0 }
        return PrintPageView(
            lang: language, title: title, canonical: isInternal ? nil : absoluteURL(pageURL), stylesheet: url(Route.asset("print.css").path),
            inlineCSS: inlineCSS,
            pageCSS: PrintCSS.page(left: left, right: right,
                                   pageWord: label("print_page"), ofWord: label("print_of"),
                                   marker: marks.isEmpty ? nil : marks.joined(separator: " · ")),
            t: t, isInternal: isInternal,
            internalMarker: isInternal ? label("print_internal") : nil,
            internalNotice: isInternal ? label("print_internal_notice") : nil,
            draftMarker: isDraft ? label("print_draft") : nil, draftNotice: isDraft ? label("print_draft_notice") : nil,
            screenLinks: inlineCSS == nil ? links : [], volume: volumeView, protocols: protocols,
            contentLang: language == "bg" ? nil : "bg")
    }

    /// The links a protocol's web page shows to its print edition, its PDF and its year's volume.
    func printLinks(_ p: ProtocolRecord) -> [LinkView] {
        let h = p.header
        var out = [LinkView(title: label("print_edition"), url: url(PrintEditions.pageURL(site, h) + "print/"))]
        if pdfLinks { out.append(LinkView(title: label("print_pdf"), url: url(PrintEditions.pdfURL(site, h)))) }
        if let year = h.date?.year, let region = h.region.flatMap(site.resolve) {
            let volume = Route.printVolume(region: region.slug, year: year).path
            out.append(LinkView(title: fill("print_volume", ["year": String(year)]), url: url(volume + "print/")))
            if pdfLinks {
                out.append(LinkView(title: fill("print_volume_pdf", ["year": String(year)]), url: url(volume + "\(region.slug)-\(year).pdf")))
            }
        }
        return out
    }
}
