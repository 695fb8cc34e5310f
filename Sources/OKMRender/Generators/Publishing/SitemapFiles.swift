import OKMLink
import OKMModel

/// `sitemap.xml` (sitemaps.org 0.9) listing every HTML page of the site, split into
/// `sitemap-N.xml` files under a sitemap index past 50 000 URLs, and `robots.txt`.
/// Written after the other generators' jobs, of the pages they made (`Renderer.run`); its
/// paths are claimed in the plan beforehand. Inputs: the site (its drafts' pages are left
/// out) and how to write an address in full.
struct SitemapFiles: Sendable {
    static let limit = 50_000
    let site: Site
    let urls: AbsoluteURLs

    /// The files it writes, whatever pages there are (the sitemap index's parts aside).
    var claims: [OutputClaim] {
        [OutputClaim(path: "sitemap.xml", owner: .generated("sitemap")), OutputClaim(path: "robots.txt", owner: .generated("robots.txt"))]
    }

    /// `htmlPaths` are the files the renderer made (`protocols/2014/x/index.html`); the
    /// 404 page and drafts (in a `--drafts` build) are left out.
    func files(htmlPaths: [String], limit: Int = Self.limit) -> [OutputFile] {
        let drafts = Set(site.content.headers.filter(\.draft).compactMap { h in
            site.summary(h.id).map { URLs.file(for: $0.url) }
        })
        let pages = htmlPaths.filter { $0.hasSuffix(".html") && $0 != "404.html" && !drafts.contains($0) }
        let locations = pages.map { p -> String in
            let dir = p.hasSuffix("index.html") ? String(p.dropLast("index.html".count)) : p
            return urls.absolute("/" + dir)
        }.sorted()
        var files: [OutputFile] = []
        if locations.count <= limit {
            files.append(OutputFile(path: "sitemap.xml", contents: .text(Self.urlset(locations))))
        } else {
            var index = XMLWriter()
            index.open("sitemapindex", ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9"])
            for (n, start) in stride(from: 0, to: locations.count, by: limit).enumerated() {
                let name = "sitemap-\(n + 1).xml"
                let chunk = Array(locations[start..<min(locations.count, start + limit)])
                files.append(OutputFile(path: name, contents: .text(Self.urlset(chunk))))
                index.open("sitemap")
                index.element("loc", urls.absolute("/" + name))
                index.close()
            }
            index.close()
            files.append(OutputFile(path: "sitemap.xml", contents: .text(index.text)))
        }
        let robots = "User-agent: *\nDisallow:\n\nSitemap: \(urls.absolute(Route.sitemap.path))\n"
        files.append(OutputFile(path: "robots.txt", contents: .text(robots)))
        return files
    }

    static func urlset(_ locations: [String]) -> String {
        var x = XMLWriter()
        x.open("urlset", ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9"])
        for loc in locations {
            x.open("url")
            x.element("loc", loc)
            x.close()
        }
        x.close()
        return x.text
    }
}
