import Mustache
import OKMTemplate

// The field tables of the view models in ClosureCharts.swift: what a template may read, by name.
// A stored property without its line here fails TemplateFieldTableTests.

extension ChartView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<ChartView>([
        "id": { .of($0.id) },
        "title": { .of($0.title) },
        "svg": { .of($0.svg) },
        "note": { .of($0.note) },
        "table": { .of($0.table) },
    ])
}

extension ChartTableView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<ChartTableView>([
        "caption": { .of($0.caption) },
        "columns": { .of($0.columns) },
        "rows": { .of($0.rows) },
    ])
}

extension ChartRowView: TemplateView, MustacheParent {
    static let templateFields = TemplateFields<ChartRowView>([
        "label": { .of($0.label) },
        "cells": { .of($0.cells) },
    ])
}
