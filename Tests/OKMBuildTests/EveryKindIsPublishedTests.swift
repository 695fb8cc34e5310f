import Foundation
import OKMLoad
import OKMModel
@testable import OKMRender
import Testing

/// A record of every kind reaches every place its kind joins: its own page (searchable), the
/// sitemap, its kind's list, its region's list and the site's feed (dated kinds), and its kind's
/// open-data file. The five-places experiment (docs/architecture.md, "Adding a kind") found a
/// new kind that compiled and passed every test while its records were published nowhere,
/// because no fixture had a record of it: here a kind without a record in the basic fixture
/// fails, so a new kind brings its record and the places it silently misses show.
/// Reads the basic fixture's golden output (GoldenSiteTests holds it to what a build writes).
@Suite struct EveryKindIsPublishedTests {
    static let site = BuildTestSupport.fixturesDirectory + "/sites/basic"
    static let output = site + "/expected"
    static let headers = Loader.load(contentDirectory: site + "/content").content.headers.filter { !$0.draft }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: output + "/" + URLs.file(for: path), encoding: .utf8)) ?? ""
    }

    /// Whether a page at `list` (or one of its pages, `list/page/N/`) links `path`.
    static func listLinks(_ list: String, _ path: String) -> Bool {
        var n = 1
        while true {
            let page = Route.page(n, of: list)
            guard FileManager.default.fileExists(atPath: output + "/" + URLs.file(for: page)) else { return false }
            if read(page).contains(path + "\"") { return true }
            n += 1
        }
    }

    @Test(arguments: Kind.allCases) func aRecordOfEveryKindReachesEveryPlaceItsKindJoins(kind: Kind) throws {
        let records = Self.headers.filter { $0.id.kind == kind }
        try #require(!records.isEmpty, "Tests/Fixtures/sites/basic has no published record of the kind \(kind.folder): add one, so that this test sees the kind published")
        let sitemap = Self.read("/sitemap.xml"), feed = Self.read("/feed.xml")
        let dataFile = OpenData.catalog.first { if case .records(kind) = $0.collection { true } else { false } }
        let data = dataFile.map { Self.read("/data/" + $0.name) } ?? ""
        for h in records {
            let path = Route.record(h.id, h.archiveDate).path
            let page = Self.read(path)
            #expect(!page.isEmpty, "\(h.path): no page at \(path)")
            #expect(page.contains("data-pagefind-body"), "\(h.path): its page is not searchable")
            #expect(sitemap.contains(path + "</loc>"), "\(h.path): not in the sitemap")
            if kind.traits.hasListPage {
                #expect(Self.listLinks(Route.list(kind).path, path), "\(h.path): not on \(Route.list(kind).path)")
            }
            if kind.isDated {
                #expect(feed.contains(path), "\(h.path): not in the site's feed")
                if let region = h.region {
                    #expect(Self.listLinks(Route.regionList(region: region.slug, kind).path, path),
                            "\(h.path): not on its region's list of \(kind.folder)")
                }
            }
            if kind != .pages {
                #expect(dataFile != nil, "no open-data file of \(kind.folder) in OpenData.catalog")
                #expect(data.contains("\"url\" : \"https://okm.example.bg\(path)\""), "\(h.path): not in its open-data file")
            }
        }
    }
}
