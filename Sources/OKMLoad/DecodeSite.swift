import OKMModel

extension FieldReader {
    func siteSettings() -> SiteSettings {
        var s = SiteSettings()
        if let t = string("title") { s.title = t }
        s.description = string("description")
        s.titleEnglish = string("title_en")
        s.descriptionEnglish = string("description_en")
        if let b = string("base_url") {
            if let problem = URLs.baseURLProblem(b) {
                sink.error(2070, location(of: "base_url"), ["problem": .message(problem)])
            } else {
                s.baseURL = URLs.normalizedBase(b)
            }
        }
        if let l = string("language") {
            if let problem = SiteSettings.languageProblem(l) { sink.error(2071, location(of: "language"), ["problem": .message(problem)]) }
            else { s.language = l }
        }
        s.menu = records("menu", what: .phrase("what.menuItem")) { r, _ in
            let title = r.string("title")
            let url = r.address("url")
            guard let title, let url else { return nil }
            var item = MenuItem(title: title, url: url)
            item.titleEnglish = r.string("title_en")
            return item
        }
        s.allowRawHTML = bool("allow_raw_html") ?? false
        s.protocolNumbering = choice("protocol_numbering", ProtocolNumbering.self) ?? .yearly
        s.accessibility = nested("accessibility")?.accessibilityStatement()
        finish()
        return s
    }
}

enum SiteFile {
    /// `sink` is the tests' way in, to hold the decoder to the schema (`DiagnosticSink.auditing`).
    static func load(path: String, bytes: [UInt8], sink: DiagnosticSink = DiagnosticSink()) -> (SiteSettings, [Diagnostic]) {
        let text: SourceText
        do { text = try SourceText(path: path, bytes: bytes) } catch { return (SiteSettings(), [error]) }
        let place = YAMLPlace(path: path, lineOffset: 0, what: "site.yml")
        switch YAMLDocument.compose(text.body, place: place) {
        case .failure(let d): return (SiteSettings(), [d])
        case .success(let node):
            // The site's title, description and menu are on every page: no personal number either.
            for m in ReaderDigits.find(in: text.body, mode: .plain) {
                PrivacyGuard.report(m, line: m.line + 1, column: m.column, path: path, sink: sink)
            }
            if let node { PrivacyGuard.check(node, place: place, sink: sink, skippingLines: Set(sink.items.map(\.location.line))) }
            guard let node, let r = FieldReader.mapping(node, place: place, sink: sink, what: "site.yml", fields: Schema.site) else {
                sink.error(1005, SourceLocation(path: path, line: 1, column: 1), [:])
                return (SiteSettings(), sink.items)
            }
            return (r.siteSettings(), sink.items)
        }
    }
}
