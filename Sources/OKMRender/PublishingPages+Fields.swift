import Mustache
import OKMTemplate

// The field tables of the view models in PublishingPages.swift: what a template may read, by name.
// A stored property without its line here fails TemplateFieldTableTests.

extension DataFieldView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<DataFieldView>([
        "name": { .of($0.name) },
        "description": { .of($0.description) },
    ])
}

extension DataFileView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<DataFileView>([
        "name": { .of($0.name) },
        "url": { .of($0.url) },
        "format": { .of($0.format) },
        "description": { .of($0.description) },
        "count": { .of($0.count) },
        "popolo": { .of($0.popolo) },
        "fields": { .of($0.fields) },
    ])
}

extension DataPageView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<DataPageView>([
        "page": { .of($0.page) },
        "t": { .of($0.t) },
        "title": { .of($0.title) },
        "files": { .of($0.files) },
        "feeds": { .of($0.feeds) },
    ])
}

extension SearchPageView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<SearchPageView>([
        "page": { .of($0.page) },
        "t": { .of($0.t) },
        "title": { .of($0.title) },
        "available": { .of($0.available) },
        "stylesheet": { .of($0.stylesheet) },
        "script": { .of($0.script) },
        "options": { .of($0.options) },
    ])
}

extension AccessibilityView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<AccessibilityView>([
        "page": { .of($0.page) },
        "t": { .of($0.t) },
        "title": { .of($0.title) },
        "siteTitle": { .of($0.siteTitle) },
        "siteURL": { .of($0.siteURL) },
        "statusText": { .of($0.statusText) },
        "statusKey": { .of($0.statusKey) },
        "standard": { .of($0.standard) },
        "nonCompliant": { .of($0.nonCompliant) },
        "disproportionateBurden": { .of($0.disproportionateBurden) },
        "outOfScope": { .of($0.outOfScope) },
        "hasNonAccessible": { .of($0.hasNonAccessible) },
        "prepared": { .of($0.prepared) },
        "preparedISO": { .of($0.preparedISO) },
        "reviewed": { .of($0.reviewed) },
        "reviewedISO": { .of($0.reviewedISO) },
        "method": { .of($0.method) },
        "email": { .of($0.email) },
        "phone": { .of($0.phone) },
        "address": { .of($0.address) },
        "enforcement": { .of($0.enforcement) },
    ])
}
