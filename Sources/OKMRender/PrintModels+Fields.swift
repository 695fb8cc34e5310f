import Mustache
import OKMTemplate

// The field tables of the view models in PrintModels.swift: what a template may read, by name.
// A stored property without its line here fails TemplateFieldTableTests.

extension PrintPageView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<PrintPageView>([
        "lang": { .of($0.lang) },
        "title": { .of($0.title) },
        "canonical": { .of($0.canonical) },
        "stylesheet": { .of($0.stylesheet) },
        "inlineCSS": { .of($0.inlineCSS) },
        "pageCSS": { .of($0.pageCSS) },
        "t": { .of($0.t) },
        "isInternal": { .of($0.isInternal) },
        "internalMarker": { .of($0.internalMarker) },
        "internalNotice": { .of($0.internalNotice) },
        "draftMarker": { .of($0.draftMarker) },
        "draftNotice": { .of($0.draftNotice) },
        "screenLinks": { .of($0.screenLinks) },
        "volume": { .of($0.volume) },
        "protocols": { .of($0.protocols) },
        "contentLang": { .of($0.contentLang) },
    ])
}

extension PrintParagraph: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<PrintParagraph>([
        "parts": { .of($0.parts) },
    ])
}

extension PrintTextPart: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<PrintTextPart>([
        "text": { .of($0.text) },
        "textLang": { .of($0.textLang) },
    ])
}

extension PrintVolumeView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<PrintVolumeView>([
        "title": { .of($0.title) },
        "runningHead": { .of($0.runningHead) },
        "subtitle": { .of($0.subtitle) },
        "year": { .of($0.year) },
        "contents": { .of($0.contents) },
        "originals": { .of($0.originals) },
    ])
}

extension PrintProtocolView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<PrintProtocolView>([
        "anchor": { .of($0.anchor) },
        "approval": { .of($0.approval) },
        "titleWord": { .of($0.titleWord) },
        "numberLine": { .of($0.numberLine) },
        "runningHead": { .of($0.runningHead) },
        "subtitle": { .of($0.subtitle) },
        "opening": { .of($0.opening) },
        "agendaLead": { .of($0.agendaLead) },
        "agendaWord": { .of($0.agendaWord) },
        "agendaTail": { .of($0.agendaTail) },
        "agenda": { .of($0.agenda) },
        "sections": { .of($0.sections) },
        "nextMeeting": { .of($0.nextMeeting) },
        "signatures": { .of($0.signatures) },
    ])
}

extension PrintApprovalView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<PrintApprovalView>([
        "label": { .of($0.label) },
        "name": { .of($0.name) },
        "post": { .of($0.post) },
        "date": { .of($0.date) },
    ])
}

extension PrintAgendaItemView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<PrintAgendaItemView>([
        "number": { .of($0.number) },
        "title": { .of($0.title) },
        "reportLabel": { .of($0.reportLabel) },
        "reporters": { .of($0.reporters) },
    ])
}

extension PrintSectionView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<PrintSectionView>([
        "heading": { .of($0.heading) },
        "html": { .of($0.html) },
        "decisions": { .of($0.decisions) },
    ])
}

extension PrintDecisionTable: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<PrintDecisionTable>([
        "caption": { .of($0.caption) },
        "rows": { .of($0.rows) },
    ])
}

extension PrintDecisionRow: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<PrintDecisionRow>([
        "number": { .of($0.number) },
        "text": { .of($0.text) },
        "responsible": { .of($0.responsible) },
        "due": { .of($0.due) },
    ])
}

extension PrintSignatureView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<PrintSignatureView>([
        "role": { .of($0.role) },
        "name": { .of($0.name) },
    ])
}
