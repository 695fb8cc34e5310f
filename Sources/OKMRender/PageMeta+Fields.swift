import Mustache
import OKMTemplate

// The field tables of the view models in PageMeta.swift: what a template may read, by name.
// A stored property without its line here fails TemplateFieldTableTests.

extension PageMeta: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<PageMeta>([
        "ogType": { .of($0.ogType) },
        "ogTitle": { .of($0.ogTitle) },
        "ogLocale": { .of($0.ogLocale) },
        "ogImage": { .of($0.ogImage) },
        "feeds": { .of($0.feeds) },
        "calendars": { .of($0.calendars) },
        "jsonLD": { .of($0.jsonLD) },
        "search": { .of($0.search) },
        "footerLinks": { .of($0.footerLinks) },
    ])
}

extension SearchFilter: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<SearchFilter>([
        "key": { .of($0.key) },
        "value": { .of($0.value) },
    ])
}

extension SearchMeta: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<SearchMeta>([
        "filters": { .of($0.filters) },
        "sortDate": { .of($0.sortDate) },
        "names": { .of($0.names) },
        "latin": { .of($0.latin) },
        "lead": { .of($0.lead) },
        "weight": { .of($0.weight) },
    ])
}
