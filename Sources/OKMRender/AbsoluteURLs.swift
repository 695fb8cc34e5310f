import OKMLink
import OKMModel

/// How to write an address of the site in full (`https://host/base/path`), for what is read
/// outside the site's pages: feeds, calendars, open data, the sitemap.
struct AbsoluteURLs: Sendable {
    /// The path part of base_url without its last "/" ("" at a domain's root).
    let root: String
    /// base_url without its last "/".
    let absoluteBase: String

    func absolute(_ path: String) -> String {
        let hostPart = root.isEmpty ? absoluteBase : String(absoluteBase.dropLast(root.count))
        return hostPart + root + path
    }

    /// The host of base_url (`okm.example.bg`), for tag: URIs and calendar UIDs.
    var host: String {
        guard let scheme = absoluteBase.range(of: "://") else { return "localhost" }
        let rest = absoluteBase[scheme.upperBound...]
        let hostPort = rest.prefix { $0 != "/" }
        let h = hostPort.split(separator: ":").first.map(String.init) ?? ""
        return h.isEmpty ? "localhost" : h.lowercased()
    }
}

extension AbsoluteURLs {
    /// One cell of a CSV file: a record's address, or an outside document's title and address.
    func sourceCSV(_ source: Source, in site: Site) -> String? {
        switch source {
        case .record(let r): site.resolve(r).flatMap { site.summary($0) }.map { absolute($0.url) }
        case .document(let d): d.url.map { "\(d.title) <\($0)>" } ?? d.title
        }
    }
}
