import OKMLink
import OKMModel

/// The site as a page in a language other than Bulgarian reads it: the site's title,
/// description and menu from site.yml's `title_en`, `description_en` and the menu items'
/// `title_en`, and an entity's `name_en`, where given. What stays Bulgarian is returned,
/// so that pages mark it `lang="bg"` (WCAG 3.1.2). A Bulgarian page is left as it is.
enum LanguageEdition {
    struct Marks {
        /// Records whose title (or entity's name) is Bulgarian.
        var records: Set<DocumentID> = []
        /// Menu items' addresses whose text is Bulgarian.
        var menu: Set<String> = []
        /// Whether the site's title is Bulgarian.
        var siteTitle = false
    }

    /// Titles derived by Render (`DerivedTitles`) are in the page's language: call this after it,
    /// with the site as Link made it, so `untitled` can tell them apart.
    static func apply(to site: inout Site, language: String, untitled: Set<DocumentID> = []) -> Marks {
        var marks = Marks()
        guard language != "bg" else { return marks }
        var settings = site.settings
        if let t = settings.titleEnglish { settings.title = t } else { marks.siteTitle = true }
        if let d = settings.descriptionEnglish { settings.description = d }
        for i in settings.menu.indices {
            if let t = settings.menu[i].titleEnglish { settings.menu[i].title = t } else { marks.menu.insert(settings.menu[i].url) }
        }
        site.settings = settings

        var titles: [(DocumentID, String)] = []  // the summaries' titles, set after the records'
        func english(_ names: inout Names, _ id: DocumentID) {
            guard let e = names.english else { marks.records.insert(id); return }
            names.name = e
            names.short = nil
            titles.append((id, e))
        }
        for i in site.content.institutions.indices { english(&site.content.institutions[i].names, site.content.institutions[i].header.id) }
        for i in site.content.services.indices { english(&site.content.services[i].names, site.content.services[i].header.id) }
        for i in site.content.projects.indices { english(&site.content.projects[i].names, site.content.projects[i].header.id) }
        for i in site.content.organizations.indices { english(&site.content.organizations[i].names, site.content.organizations[i].header.id) }
        for i in site.content.regions.indices { english(&site.content.regions[i].names, site.content.regions[i].header.id) }
        for (id, e) in titles { site.summaries[id]?.title = e }
        // People's names, and the titles written in records, are Bulgarian.
        for p in site.content.people { marks.records.insert(p.header.id) }
        for h in site.content.protocols.map(\.header) + site.content.news.map(\.header)
            + site.content.events.map(\.header) + site.content.pages.map(\.header) where !untitled.contains(h.id) {
            marks.records.insert(h.id)
        }
        return marks
    }
}
