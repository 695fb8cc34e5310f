import Mustache
import OKMTemplate

// The field tables of the view models in DecisionViews.swift: what a template may read, by name.
// A stored property without its line here fails TemplateFieldTableTests.

extension DecisionRowView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<DecisionRowView>([
        "id": { .of($0.id) },
        "name": { .of($0.name) },
        "url": { .of($0.url) },
        "text": { .of($0.text) },
        "protocolLink": { .of($0.protocolLink) },
        "regionLink": { .of($0.regionLink) },
        "responsible": { .of($0.responsible) },
        "due": { .of($0.due) },
        "dueISO": { .of($0.dueISO) },
        "status": { .of($0.status) },
        "statusKey": { .of($0.statusKey) },
        "overdue": { .of($0.overdue) },
        "closedBy": { .of($0.closedBy) },
        "source": { .of($0.source) },
    ])
}

extension DecisionGroupView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<DecisionGroupView>([
        "key": { .of($0.key) },
        "heading": { .of($0.heading) },
        "count": { .of($0.count) },
        "rows": { .of($0.rows) },
        "more": { .of($0.more) },
    ])
}

extension FilterGroupView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<FilterGroupView>([
        "heading": { .of($0.heading) },
        "links": { .of($0.links) },
    ])
}

extension DecisionsPageView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<DecisionsPageView>([
        "page": { .of($0.page) },
        "t": { .of($0.t) },
        "title": { .of($0.title) },
        "lead": { .of($0.lead) },
        "filters": { .of($0.filters) },
        "groups": { .of($0.groups) },
        "isEmpty": { .of($0.isEmpty) },
        "showRegion": { .of($0.showRegion) },
        "pager": { .of($0.pager) },
    ])
}
