import Mustache
import OKMTemplate

// The field tables of the view models in Views.swift: what a template may read, by name.
// A stored property without its line here fails TemplateFieldTableTests.

extension LinkView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<LinkView>([
        "title": { .of($0.title) },
        "url": { .of($0.url) },
        "meta": { .of($0.meta) },
        "titleLang": { .of($0.titleLang) },
        "metaLang": { .of($0.metaLang) },
    ])
}

extension Fact: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<Fact>([
        "label": { .of($0.label) },
        "values": { .of($0.values) },
    ])
}

extension MenuLink: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<MenuLink>([
        "title": { .of($0.title) },
        "url": { .of($0.url) },
        "current": { .of($0.current) },
        "menuLang": { .of($0.menuLang) },
    ])
}

extension Chrome: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<Chrome>([
        "lang": { .of($0.lang) },
        "title": { .of($0.title) },
        "siteTitle": { .of($0.siteTitle) },
        "description": { .of($0.description) },
        "canonical": { .of($0.canonical) },
        "homeURL": { .of($0.homeURL) },
        "stylesheet": { .of($0.stylesheet) },
        "menu": { .of($0.menu) },
        "breadcrumbs": { .of($0.breadcrumbs) },
        "isDraft": { .of($0.isDraft) },
        "meta": { .of($0.meta) },
        "siteTitleLang": { .of($0.siteTitleLang) },
        "contentLang": { .of($0.contentLang) },
    ])
}

extension BacklinkGroup: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<BacklinkGroup>([
        "heading": { .of($0.heading) },
        "count": { .of($0.count) },
        "items": { .of($0.items) },
        "more": { .of($0.more) },
    ])
}

extension ImageView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<ImageView>([
        "src": { .of($0.src) },
        "alt": { .of($0.alt) },
        "caption": { .of($0.caption) },
        "hasSize": { .of($0.hasSize) },
        "width": { .of($0.width) },
        "height": { .of($0.height) },
        "srcset": { .of($0.srcset) },
        "webpSrcset": { .of($0.webpSrcset) },
        "sizes": { .of($0.sizes) },
        "full": { .of($0.full) },
        "lazy": { .of($0.lazy) },
    ])
}

extension DocumentView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<DocumentView>([
        "page": { .of($0.page) },
        "t": { .of($0.t) },
        "title": { .of($0.title) },
        "kindLabel": { .of($0.kindLabel) },
        "dateText": { .of($0.dateText) },
        "dateISO": { .of($0.dateISO) },
        "facts": { .of($0.facts) },
        "summary": { .of($0.summary) },
        "bodyHTML": { .of($0.bodyHTML) },
        "images": { .of($0.images) },
        "attachments": { .of($0.attachments) },
        "sources": { .of($0.sources) },
        "tags": { .of($0.tags) },
        "related": { .of($0.related) },
        "roles": { .of($0.roles) },
        "meeting": { .of($0.meeting) },
        "timeline": { .of($0.timeline) },
        "posts": { .of($0.posts) },
        "presenters": { .of($0.presenters) },
        "docTitleLang": { .of($0.docTitleLang) },
        "docBodyLang": { .of($0.docBodyLang) },
    ])
}

extension AgendaItemView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<AgendaItemView>([
        "number": { .of($0.number) },
        "title": { .of($0.title) },
        "reportLabel": { .of($0.reportLabel) },
        "reporters": { .of($0.reporters) },
        "about": { .of($0.about) },
        "discussionURL": { .of($0.discussionURL) },
    ])
}

extension AttendanceLineView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<AttendanceLineView>([
        "line": { .of($0.line) },
        "source": { .of($0.source) },
    ])
}

extension DecisionView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<DecisionView>([
        "anchor": { .of($0.anchor) },
        "label": { .of($0.label) },
        "text": { .of($0.text) },
        "agendaItem": { .of($0.agendaItem) },
        "responsible": { .of($0.responsible) },
        "due": { .of($0.due) },
        "status": { .of($0.status) },
        "statusKey": { .of($0.statusKey) },
        "closedBy": { .of($0.closedBy) },
        "source": { .of($0.source) },
        "id": { .of($0.id) },
        "overdue": { .of($0.overdue) },
    ])
}

extension MeetingView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<MeetingView>([
        "approvedBy": { .of($0.approvedBy) },
        "approvedPost": { .of($0.approvedPost) },
        "approvedOn": { .of($0.approvedOn) },
        "original": { .of($0.original) },
        "attendees": { .of($0.attendees) },
        "attendanceNote": { .of($0.attendanceNote) },
        "agenda": { .of($0.agenda) },
        "decisions": { .of($0.decisions) },
        "hasDecisions": { .of($0.hasDecisions) },
        "nextMeeting": { .of($0.nextMeeting) },
        "preparedBy": { .of($0.preparedBy) },
        "previous": { .of($0.previous) },
        "next": { .of($0.next) },
        "earlier": { .of($0.earlier) },
        "printLinks": { .of($0.printLinks) },
    ])
}

extension MilestoneView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<MilestoneView>([
        "date": { .of($0.date) },
        "dateISO": { .of($0.dateISO) },
        "status": { .of($0.status) },
        "children": { .of($0.children) },
        "source": { .of($0.source) },
        "note": { .of($0.note) },
        "statusKey": { .of($0.statusKey) },
        "undated": { .of($0.undated) },
    ])
}

extension ListView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<ListView>([
        "page": { .of($0.page) },
        "t": { .of($0.t) },
        "title": { .of($0.title) },
        "items": { .of($0.items) },
        "isEmpty": { .of($0.isEmpty) },
        "years": { .of($0.years) },
        "parent": { .of($0.parent) },
        "pager": { .of($0.pager) },
        "closureTotal": { .of($0.closureTotal) },
    ])
}

extension PagerView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<PagerView>([
        "previous": { .of($0.previous) },
        "next": { .of($0.next) },
        "pages": { .of($0.pages) },
        "label": { .of($0.label) },
    ])
}

extension ListItem: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<ListItem>([
        "title": { .of($0.title) },
        "url": { .of($0.url) },
        "dateText": { .of($0.dateText) },
        "dateISO": { .of($0.dateISO) },
        "meta": { .of($0.meta) },
        "summary": { .of($0.summary) },
        "year": { .of($0.year) },
        "region": { .of($0.region) },
        "itemLang": { .of($0.itemLang) },
        "summaryLang": { .of($0.summaryLang) },
        "itemMetaLang": { .of($0.itemMetaLang) },
    ])
}

extension HomeView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<HomeView>([
        "page": { .of($0.page) },
        "t": { .of($0.t) },
        "title": { .of($0.title) },
        "description": { .of($0.description) },
        "latestNews": { .of($0.latestNews) },
        "latestProtocols": { .of($0.latestProtocols) },
        "upcoming": { .of($0.upcoming) },
        "sections": { .of($0.sections) },
        "closureTotal": { .of($0.closureTotal) },
        "closureFigures": { .of($0.closureFigures) },
    ])
}
