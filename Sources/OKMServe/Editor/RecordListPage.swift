import OKMModel

/// The editor's start page: the records of each kind, drafts marked, each with its count of
/// errors and warnings from `okm check`, with a filter that is a plain GET form (it works with
/// scripts off).
enum RecordListPage {
    static func html(_ catalogue: RecordCatalogue, query: String, checks: RecordChecks, newRecordMessage: String? = nil) -> String {
        let w = catalogue.words
        var main = "<h1>\(esc(w.title))</h1>\n"
        main += """
        <form method="get" action="/__okm/edit/" role="search">
        <label for="q">\(esc(w.filter))</label>
        <input type="search" id="q" name="q" value="\(esc(query))">
        <button type="submit">\(esc(w.find))</button>
        </form>\n
        """
        main += NewRecordForm.html(catalogue, message: newRecordMessage)
        for kind in Kind.allCases {
            let records = catalogue.records(of: kind).filter { $0.matches(query) }
            if !query.isEmpty && records.isEmpty { continue }
            main += "<section aria-labelledby=\"k-\(kind.folder)\">\n<h2 id=\"k-\(kind.folder)\">\(esc(w.pick(Schema.label(of: kind)))) (\(records.count))</h2>\n"
            if records.isEmpty { main += "<p>\(esc(w.none))</p>\n</section>\n"; continue }
            main += "<ul>\n"
            for r in records {
                let draft = r.draft ? " <span class=\"draft\">\(esc(w.draft))</span>" : ""
                let date = r.date.map { " (\($0))" } ?? ""
                let n = checks.counts(r.relativePath)
                var marks = ""
                if n.errors > 0 { marks += " <span class=\"errors\">\(esc(w.errors)): \(n.errors)</span>" }
                if n.warnings > 0 { marks += " <span class=\"warnings\">\(esc(w.warnings)): \(n.warnings)</span>" }
                main += "<li><a href=\"/__okm/edit/record?path=\(urlQuery(r.relativePath))\">\(esc(r.title))</a>\(date)\(draft)\(marks)</li>\n"
            }
            main += "</ul>\n</section>\n"
        }
        return editorPage(lang: catalogue.language, title: w.title, main)
    }
}
