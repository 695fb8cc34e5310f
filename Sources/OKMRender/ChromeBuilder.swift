import OKMLink
import OKMModel

extension RenderContext {
    /// The frame of a page at `path`; `record` is the record whose own page it is (its feed and
    /// calendar links come from it, not from reading the path back).
    func chrome(title: String, path: String, description: String?, crumbs: [LinkView], draft: Bool = false,
                record: DocumentID? = nil) -> Chrome {
        let settings = site.settings
        // A menu address is site.yml's, which the loader checked; one that fails the check
        // again is left out rather than published.
        let menu = settings.menu.compactMap { item -> MenuLink? in
            guard let target = SafeURL(content: item.url.hasPrefix("/") ? root + item.url : item.url) else { return nil }
            let current = item.url.hasPrefix("/") && item.url != "/" && path.hasPrefix(item.url)
            return MenuLink(title: item.title, url: target, current: current, menuLang: foreignMenu.contains(item.url) ? "bg" : nil)
        }
        let pageTitle = path == "/" ? settings.title : "\(title) | \(settings.title)"
        var chrome = Chrome(lang: language, title: pageTitle, siteTitle: settings.title,
                      description: description ?? settings.description ?? settings.title,
                      canonical: absoluteURL(path), homeURL: url(Route.home.path), stylesheet: url(Route.asset("style.css").path),
                      menu: menu, breadcrumbs: [LinkView(title: label("home"), url: url(Route.home.path))] + crumbs,
                      isDraft: draft)
        chrome.meta = pageMeta(title: title, home: path == Route.home.path, record: record)
        if foreignSiteTitle { chrome.siteTitleLang = "bg" }
        if language != "bg" { chrome.contentLang = "bg" }
        return chrome
    }

    /// The crumbs above a document: its kind's list, then (for dated records) nothing more.
    func crumbs(for id: DocumentID) -> [LinkView] {
        if id.kind == .pages { return [] }
        return [LinkView(title: label(id.kind.folder), url: url(URLs.list(of: id.kind)))]
    }

    /// Links grouped by kind, in the kinds' order, with counts; the links of at most `limit`
    /// of each kind are made (the count is of them all).
    func grouped(_ ids: [DocumentID], limit: Int = .max) -> [BacklinkGroup] {
        var byKind: [Kind: [DocumentID]] = [:]
        for id in ids { byKind[id.kind, default: []].append(id) }
        return Kind.allCases.compactMap { kind in
            guard let list = byKind[kind], !list.isEmpty else { return nil }
            let known = list.filter { site.summary($0) != nil }
            guard !known.isEmpty else { return nil }
            return BacklinkGroup(heading: label(kind.folder), count: known.count, items: known.prefix(limit).compactMap(link))
        }
    }
}
