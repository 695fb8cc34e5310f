import OKMLink
import OKMMarkdown
import OKMModel

extension RenderContext {
    /// The parts every document page shares.
    func document(_ h: Header, title: String, kindLabel: String, facts: [Fact]) -> DocumentView {
        let path = site.summary(h.id)?.url ?? URLs.path(of: h.id, archiveDate: h.archiveDate)
        let headings = Outline.headings(h.body.blocks)
        var ids: [Int: String] = [:]
        for heading in headings { ids[heading.line] = heading.id }
        let renderer = HTMLRenderer(allowRawHTML: site.settings.allowRawHTML, headingIDs: ids, typography: true,
                                    mentionURL: { [site, root] id in site.summary(id).map { root + $0.url } })
        let explicit = site.resolve(h.institutions + h.services + h.projects + h.organizations + h.people)
        var view = DocumentView(
            page: withRecordMeta(chrome(title: title, path: path, description: h.summary, crumbs: crumbs(for: h.id), draft: h.draft, record: h.id), h, title: title),
            t: t, title: title, kindLabel: kindLabel, dateText: date(h.archiveDate), dateISO: dateISO(h.archiveDate),
            facts: facts.filter { !$0.values.isEmpty }, summary: h.summary, bodyHTML: renderer.render(h.body.blocks),
            images: gallery(h),
            attachments: h.attachments.map { LinkView(title: $0.title, url: assetURL($0.file, of: h), meta: fileTypeAndSize($0.file, of: h)) },
            sources: h.sources.compactMap(link),
            tags: h.tags, related: relatedGroups(h.id, named: explicit), roles: roleGroups(h.id),
            meeting: nil, timeline: [], posts: [], presenters: [])
        // In a page of another language the record's own text is Bulgarian: say so (WCAG 3.1.2).
        view.docTitleLang = titleLang(h.id)
        if language != "bg" { view.docBodyLang = "bg" }
        return view
    }

    /// A file named in front matter, relative to the record's folder in content/; it is
    /// published at its path in content/.
    /// nil for an address the loader refuses (`SafeURL(content:)`), which never reaches here.
    func assetURL(_ src: String, of h: Header) -> SafeURL? {
        guard ContentPath.isLocalFile(src), let path = ContentPath.resolve(src, in: h.folder) else {
            return SafeURL(content: src.hasPrefix("/") ? root + src : src)
        }
        return url("/" + path)
    }

    func fact(_ key: String, _ text: String?) -> Fact {
        Fact(label: label(key), values: text.map { [LinkView(title: $0, url: nil, titleLang: bgLang($0))] } ?? [])
    }

    func fact(_ key: String, links: [LinkView]) -> Fact { Fact(label: label(key), values: links) }

    func fact(_ key: String, link: LinkView?) -> Fact { Fact(label: label(key), values: link.map { [$0] } ?? []) }

    func regionFact(_ h: Header) -> Fact { fact("region", link: link(h.region)) }
}
