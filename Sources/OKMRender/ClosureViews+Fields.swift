import Mustache
import OKMTemplate

// The field tables of the view models in ClosureViews.swift: what a template may read, by name.
// A stored property without its line here fails TemplateFieldTableTests.

extension ClosurePageView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<ClosurePageView>([
        "page": { .of($0.page) },
        "t": { .of($0.t) },
        "title": { .of($0.title) },
        "lead": { .of($0.lead) },
        "isEmpty": { .of($0.isEmpty) },
        "progressText": { .of($0.progressText) },
        "progressSVG": { .of($0.progressSVG) },
        "counts": { .of($0.counts) },
        "rows": { .of($0.rows) },
        "tableCaption": { .of($0.tableCaption) },
        "showRegion": { .of($0.showRegion) },
        "regions": { .of($0.regions) },
        "charts": { .of($0.charts) },
        "data": { .of($0.data) },
        "decisions": { .of($0.decisions) },
    ])
}

extension StatusCountView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<StatusCountView>([
        "key": { .of($0.key) },
        "label": { .of($0.label) },
        "count": { .of($0.count) },
        "share": { .of($0.share) },
        "swatch": { .of($0.swatch) },
    ])
}

extension ClosureRowView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<ClosureRowView>([
        "institution": { .of($0.institution) },
        "regionLink": { .of($0.regionLink) },
        "status": { .of($0.status) },
        "statusKey": { .of($0.statusKey) },
        "milestones": { .of($0.milestones) },
        "childrenStart": { .of($0.childrenStart) },
        "childrenNow": { .of($0.childrenNow) },
        "replacements": { .of($0.replacements) },
    ])
}
