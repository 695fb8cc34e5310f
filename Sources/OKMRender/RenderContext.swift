import OKMLink
import OKMModel

/// What every view model builder needs: the site, the UI strings of the language, and
/// how to write URLs under the site's base path.
struct RenderContext: Sendable {
    let site: Site
    let t: [String: String]
    let language: String
    /// The path part of base_url without its last "/" ("" at a domain's root).
    let root: String
    let absoluteBase: String
    /// The day of the build, for overdue decisions; nil marks nothing (reproducible output).
    let today: Day?
    /// Whether the PDFs of the print editions are made in this build, so pages may link them.
    let pdfLinks: Bool
    /// The published files of content/: photos' variants, files' sizes.
    var files = PublishedFiles()
    /// In a page of another language than Bulgarian: the records whose title is Bulgarian,
    /// the menu addresses without `title_en`, and whether the site's title has no `title_en`.
    let foreign: Set<DocumentID>
    let foreignMenu: Set<String>
    let foreignSiteTitle: Bool

    init(site: Site, theme: Theme, language: String, today: Day? = nil, pdfLinks: Bool = false) {
        self.language = language
        self.today = today
        self.pdfLinks = pdfLinks
        let t = theme.strings[language] ?? theme.strings["bg"] ?? [:]
        self.t = t
        let untitled = Set(site.content.protocols.lazy.filter { $0.header.title == nil }.map(\.header.id))
        var edition = DerivedTitles.apply(to: site, t, language: language)
        let marks = LanguageEdition.apply(to: &edition, language: language, untitled: untitled)
        self.site = edition
        foreign = marks.records
        foreignMenu = marks.menu
        foreignSiteTitle = marks.siteTitle
        let base = site.settings.baseURL
        absoluteBase = base.hasSuffix("/") ? String(base.dropLast()) : base
        if let schemeEnd = base.range(of: "://") {
            let afterHost = base[schemeEnd.upperBound...].drop { $0 != "/" }
            root = afterHost.hasSuffix("/") ? String(afterHost.dropLast()) : String(afterHost)
        } else {
            root = base.hasSuffix("/") ? String(base.dropLast()) : base
        }
    }

    /// The context a render with these options reads.
    init(site: Site, theme: Theme, options: RenderOptions) {
        self.init(site: site, theme: theme, language: options.language ?? site.settings.language, today: options.today,
                  pdfLinks: options.pdfLinks)
        files = options.files
    }

    /// A path okm made from a `Route` (perhaps with a file or folder after it), under the
    /// site's root path, as a page links it.
    func url(_ path: String) -> SafeURL { SafeURL(sitePath: path, root: root) }

    func absolute(_ path: String) -> String { absoluteURLs.absolute(path) }

    /// `absolute(_:)` as a page links it (`rel=canonical`, `og:image`, the accessibility statement).
    func absoluteURL(_ path: String) -> SafeURL { SafeURL(absolute: absoluteBase, path: path) }

    var absoluteURLs: AbsoluteURLs { AbsoluteURLs(root: root, absoluteBase: absoluteBase) }

    func label(_ key: String) -> String { labels.label(key) }

    var labels: Labels { Labels(t: t) }

    func date(_ d: Day?) -> String? {
        guard let d else { return nil }
        return language == "en" ? EnglishDate.long(d) : BulgarianDate.long(d)
    }

    func link(_ id: DocumentID) -> LinkView? {
        guard let s = site.summary(id) else { return nil }
        return LinkView(title: s.title, url: url(s.url), meta: date(s.archiveDate), titleLang: titleLang(id))
    }

    /// "bg" for text of the content in Cyrillic in a page of another language: it is Bulgarian
    /// (the English catalog and English dates hold no Cyrillic).
    func bgLang(_ text: String?) -> String? {
        guard language != "bg", let text, text.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) else { return nil }
        return "bg"
    }

    /// "bg" for a record whose title is Bulgarian in a page of another language.
    func titleLang(_ id: DocumentID) -> String? { foreign.contains(id) ? "bg" : nil }

    func links(_ refs: [Reference]) -> [LinkView] { site.resolve(refs).compactMap(link) }

    func link(_ ref: Reference?) -> LinkView? { ref.flatMap(site.resolve).flatMap(link) }
}
