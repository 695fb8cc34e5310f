import OKMLink
import OKMModel

struct DataFieldView: Sendable {
    var name: String
    var description: String
}

struct DataFileView: Sendable {
    var name: String
    var url: SafeURL
    var format: String
    var description: String
    var count: Int
    var popolo: String?
    var fields: [DataFieldView]
}

/// `/data/`: every open data file with what it holds and what each field means.
struct DataPageView: Sendable {
    var page: Chrome
    var t: [String: String]
    var title: String
    var files: [DataFileView]
    var feeds: [LinkView]
}

/// `/search/`: the Pagefind UI, or a notice when the build had no Pagefind.
struct SearchPageView: Sendable {
    var page: Chrome
    var t: [String: String]
    var title: String
    var available: Bool
    var stylesheet: SafeURL
    var script: SafeURL
    /// The options of `new PagefindUI(…)`, script-safe JSON.
    var options: String
}

struct AccessibilityView: Sendable {
    var page: Chrome
    var t: [String: String]
    var title: String
    var siteTitle: String
    var siteURL: SafeURL
    var statusText: String
    var statusKey: String
    var standard: String
    var nonCompliant: [String]
    var disproportionateBurden: [String]
    var outOfScope: [String]
    var hasNonAccessible: Bool
    var prepared: String?
    var preparedISO: String?
    var reviewed: String
    var reviewedISO: String
    var method: String
    var email: String?
    var phone: String?
    var address: String?
    var enforcement: LinkView?
}

extension RenderContext {
    func dataPageView() -> DataPageView {
        let files = OpenData.catalog.map { f in
            DataFileView(name: f.name, url: url(Route.dataFile(f.name).path), format: f.format, description: label("data_file_\(f.key)"),
                         count: OpenDataFiles.count(f, in: site), popolo: f.popolo,
                         fields: f.fields.map { DataFieldView(name: $0, description: label("datafield_\($0)")) })
        }
        let feeds = [LinkView(title: Route.siteFeed.path, url: url(Route.siteFeed.path), meta: label("data_feed")),
                     LinkView(title: Route.calendar(region: nil).path, url: url(Route.calendar(region: nil).path), meta: label("data_calendar")),
                     LinkView(title: Route.sitemap.path, url: url(Route.sitemap.path), meta: label("data_sitemap")),
                     // Made by the closure pages (Generators/Tracking/ClosurePages.swift), beside /closures/.
                     LinkView(title: Route.closuresData("closures.csv").path, url: url(Route.closuresData("closures.csv").path), meta: label("data_closures")),
                     LinkView(title: Route.closuresData("closures.json").path, url: url(Route.closuresData("closures.json").path), meta: label("data_closures"))]
        let title = label("open_data")
        return DataPageView(page: chrome(title: title, path: Route.dataPage.path, description: label("data_intro"), crumbs: []),
                            t: t, title: title, files: files, feeds: feeds)
    }

    func searchView(available: Bool) -> SearchPageView {
        let keys = ["placeholder", "clear_search", "load_more", "search_label", "filters_label", "zero_results",
                    "many_results", "one_result", "alt_search", "search_suggestion", "searching"]
        var translations: [String: JSON] = [:]
        for k in keys { translations[k] = .string(label("pagefind_\(k)")) }
        let options = JSON.obj([
            "element": "#search", "showImages": .bool(false), "showSubResults": .bool(true),
            "baseUrl": .string(url(Route.home.path).string), "translations": .object(translations),
            // A long record is not ranked below a short page for being long, nor a page above
            // another for a title match Pagefind boosts on its own: what decides is the weight
            // its words carry (the title and the names of search-meta.mustache; body text counts
            // a quarter, base.mustache). The ranking test (SearchRankingTests) reads this from the page.
            "ranking": .object(["pageLength": .int(0), "metaWeights": .object(["title": .int(0)])]),
        ])
        let title = label("search")
        return SearchPageView(page: chrome(title: title, path: Route.search.path, description: label("search_intro"), crumbs: []),
                              t: t, title: title, available: available,
                              stylesheet: url(Route.pagefind("pagefind-ui.css").path), script: url(Route.pagefind("pagefind-ui.js").path),
                              options: options.scriptSafe)
    }

    func accessibilityView(_ a: AccessibilityStatement) -> AccessibilityView {
        let title = label("accessibility_statement")
        return AccessibilityView(
            page: chrome(title: title, path: Route.accessibility.path, description: label("a11y_description"), crumbs: []),
            t: t, title: title, siteTitle: site.settings.title, siteURL: absoluteURL(Route.home.path),
            statusText: label("a11y_status_\(a.status.rawValue)"), statusKey: a.status.rawValue, standard: a.standard,
            nonCompliant: a.nonCompliant, disproportionateBurden: a.disproportionateBurden, outOfScope: a.outOfScope,
            hasNonAccessible: !(a.nonCompliant.isEmpty && a.disproportionateBurden.isEmpty && a.outOfScope.isEmpty),
            prepared: date(a.prepared), preparedISO: a.prepared?.iso, reviewed: date(a.reviewed) ?? a.reviewed.iso,
            reviewedISO: a.reviewed.iso, method: label("a11y_method_\(a.method.rawValue)"),
            email: a.contact.email, phone: a.contact.phone, address: a.contact.address,
            enforcement: a.enforcement.map { LinkView(title: $0.title ?? $0.url, url: SafeURL(content: $0.url)) })
    }
}
