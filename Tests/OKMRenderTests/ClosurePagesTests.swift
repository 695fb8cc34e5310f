import Foundation
import Testing
@testable import OKMRender
import OKMLink
import OKMLoad
import OKMModel

/// The closure pages, their open data read back, and the decision pages.
@Suite struct ClosurePagesTests {
    static func scope(_ ctx: RenderContext, region: String?) throws -> ClosureScope {
        try #require(ctx.closureScopes().first { $0.region?.header.id.slug == region })
    }

    @Test func theRegionPageCountsShowsAndLinksItsInstitutions() throws {
        let ctx = try ViewModelTests.context()
        let scopes = ctx.closureScopes()
        #expect(scopes.map(\.path) == ["/closures/", "/regions/ruse/closures/"])
        let v = ctx.closureView(try Self.scope(ctx, region: "ruse"), all: scopes)
        #expect(v.title == "Закриване на институциите – Област Русе")
        #expect(v.progressText == "Закрити или преобразувани: 1 от 1 институции (100 %)")
        #expect(v.counts.map(\.count) == ["0", "0", "0", "0", "1", "0"])
        #expect(v.lead == "Последно вписано събитие: 1 януари 2016 г.")
        let row = try #require(v.rows.first)
        #expect(row.institution.title == "ДДЛРГ „Проба“")
        #expect(row.status == "закрита")
        #expect(row.milestones.map(\.statusKey) == ["operating", "closure-planned", "closed"])
        #expect(row.milestones[1].source?.url == "/protocols/2015/ruse-2015-03-10/")
        #expect(row.childrenStart == "30 (1 януари 2012 г.)")
        #expect(row.childrenNow == "0")
        #expect(row.replacements.map(\.title) == ["Център за настаняване от семеен тип „Проба“"])
        #expect(row.replacements.first?.meta == "Капацитет: 14")
        #expect(!v.showRegion && v.regions.isEmpty)
        #expect(v.data.map(\.url) == ["/regions/ruse/closures/closures.csv", "/regions/ruse/closures/closures.json"])
        #expect(v.decisions?.url == "/regions/ruse/decisions/")
        #expect(v.progressSVG.contains("aria-hidden=\"true\""))
        let national = ctx.closureView(try Self.scope(ctx, region: nil), all: scopes)
        #expect(national.showRegion)
        #expect(national.regions.map(\.meta) == ["1 от 1 закрити или преобразувани"])
        #expect(national.rows.first?.regionLink?.title == "Русе")
    }

    /// A minimal RFC 4180 reader: enough to read back what closuresCSV writes.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.unicodeScalars.append(c); chars.removeFirst() } else { quoted = false } }
                else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r" { continue }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.unicodeScalars.append(c) }
        }
        return rows
    }

    @Test func theCSVReadsBackAsTheModel() throws {
        let ctx = try ViewModelTests.context()
        let csv = ctx.closuresCSV(try Self.scope(ctx, region: "ruse"))
        #expect(csv.hasPrefix("\u{FEFF}region,slug,name,"))
        #expect(csv.hasSuffix("\r\n"))
        let rows = Self.parseCSV(String(csv.dropFirst()))
        #expect(rows.count == 2)
        #expect(rows[0] == RenderContext.csvHeader)
        let record = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        let i = try #require(ctx.site.content.institutions.first)
        #expect(record["slug"] == i.header.id.slug)
        #expect(record["name"] == i.names.name)
        #expect(record["status"] == i.currentStatus.rawValue)
        #expect(record["capacity"] == i.capacity.map(String.init))
        #expect(record["date_operating"] == "2012-01-01")
        #expect(record["date_closure_planned"] == "2015-03-10")
        #expect(record["date_no_children"] == "")
        #expect(record["date_closed"] == "2016-01-01")
        #expect(record["children_start"] == "30" && record["children_start_date"] == "2012-01-01" && record["children_now"] == "0")
        #expect(record["replaced_by"] == "Център за настаняване от семеен тип „Проба“")
        #expect(record["replaced_by_capacity"] == "14")
        #expect(record["sources"] == "https://okm.example.bg/protocols/2015/ruse-2015-03-10/")
        #expect(record["url"] == "https://okm.example.bg/institutions/ddlrg-test/")
        // Quoting: a comma, a quote and a line break survive the round trip.
        #expect(Self.parseCSV(String(CSVText.file([["a,b", "say \"hi\"", "two\nlines"]]).dropFirst())) == [["a,b", "say \"hi\"", "two\nlines"]])
    }

    @Test func theJSONReadsBackAsTheModel() throws {
        let ctx = try ViewModelTests.context()
        let text = ctx.closuresJSON(try Self.scope(ctx, region: "ruse"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["format"] as? String == "okm-closures/1")
        #expect(root["region"] as? String == "ruse")
        #expect(root["total"] as? Int == 1)
        #expect(root["as_of"] as? String == "2016-01-01")
        #expect((root["counts"] as? [String: Int])?["closed"] == 1)
        let institutions = try #require(root["institutions"] as? [[String: Any]])
        let i = try #require(ctx.site.content.institutions.first)
        let first = try #require(institutions.first)
        #expect(first["id"] as? String == "institutions/ddlrg-test")
        #expect(first["status"] as? String == i.currentStatus.rawValue)
        #expect(first["children_now"] as? Int == 0)
        #expect(first["municipality"] as? String == "Русе")
        let timeline = try #require(first["timeline"] as? [[String: Any]])
        #expect(timeline.map { $0["date"] as? String } == i.timeline.map { $0.date?.iso })
        #expect(timeline.map { $0["status"] as? String } == i.timeline.map(\.status.rawValue))
        #expect(timeline[0]["source"] is NSNull)
        #expect((timeline[1]["source"] as? [String: Any])?["record"] as? String == "protocols/ruse-2015-03-10")
        let replaced = try #require(first["replaced_by"] as? [[String: Any]])
        #expect(replaced.first?["capacity"] as? Int == 14 && replaced.first?["opened"] as? String == "2015-12-01")
        let byYear = try #require(root["by_year"] as? [[String: Any]])
        #expect(byYear.map { $0["date"] as? String } == ClosureStats.yearEnds([i]).map(\.iso))
        #expect(byYear.map { ($0["counts"] as? [String: Int])?["closed"] } == [0, 0, 0, 0, 1])
        #expect(byYear.map { $0["children"] as? Int } == [30, 30, 30, 30, 0])
        #expect((root["services_opened"] as? [[String: Any]])?.first?["capacity"] as? Int == 14)
        #expect(text.hasSuffix("}\n"))
    }

    @Test func jsonTextEscapesWhatJSONRequires() throws {
        let text = JSONText.object([("a", .string("\"\\\n\t\u{1}ж")), ("b", .null), ("c", .array([])), ("d", .bool(true))]).serialized()
        let back = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(back["a"] as? String == "\"\\\n\t\u{1}ж")
        #expect(back["b"] is NSNull)
    }
}

/// The demo content: the Ruse page shows the six institutions of the Ruse presentation (seed
/// 001) with their status and what replaced them; the national page sums every region.
@Suite struct DemoClosurePageTests {
    /// A region whose steps are partly undated: one dated, one undated whose source has a
    /// date (placed there), one undated whose source has none (only in "now").
    @Test func undatedStepsCountNowAndInTheYearsTheirSourcesAllow() throws {
        let ctx = try ViewModelTests.context()
        let at = SourceLocation(path: "x.md", line: 1, column: 1)
        func institution(_ slug: String, _ date: String?, source: String?, sourceDate: String?) -> Institution {
            var i = Institution(header: Header(id: DocumentID(.institutions, slug), path: "x.md"), names: Names(name: slug), kind: .ddlrg)
            var m = Milestone(date: date.flatMap { Day(iso: $0) }, status: .closed, location: at)
            m.source = source.map { .record(Reference(.protocols, $0, at: at)) }
            m.sourceDate = sourceDate.flatMap { Day(iso: $0) }
            i.timeline = [m]
            return i
        }
        let all = [institution("a", "2015-04-01", source: nil, sourceDate: nil),
                   institution("b", nil, source: "ruse-2015-03-10", sourceDate: "2016-05-01"),
                   institution("c", nil, source: "ruse-2015-03-10", sourceDate: nil)]
        #expect(ClosureStats.currentCounts(all)[.closed] == 3)
        #expect(ClosureStats.yearEnds(all).map(\.iso) == ["2015-12-31", "2016-12-31"])
        #expect(ClosureStats.counts(all, on: Day(iso: "2015-12-31")!)[.closed] == 1)
        #expect(ClosureStats.counts(all, on: Day(iso: "2016-12-31")!)[.closed] == 2)
        // c's only step is placed nowhere: on a day no source gives it a status ("няма данни", not "действаща").
        #expect(ClosureStats.counts(all, on: Day(iso: "2016-12-31")!)[.unknown] == 1)
        #expect(ClosureStats.counts(all, on: Day(iso: "2016-12-31")!)[.operating] == 0)
        #expect(ClosureStats.unplaced(all) == 1)
        let chart = ctx.statusChart(all)
        #expect(chart.table.columns == ["Към", "закрита", "няма данни", "Общо"])
        #expect(chart.table.rows.map(\.cells) == [["1", "2", "3"], ["2", "1", "3"]])
        #expect(chart.note == "Една стъпка без дата, чийто източник също няма дата, не е отразена по години (тя влиза в състоянието „сега“).")
        #expect(ctx.childrenChart(all).note?.contains("Една стъпка без дата") == true)
        let row = ctx.closureRow(all[1])
        #expect(row.status == "закрита")
        #expect(row.milestones.map(\.date) == [nil])
        #expect(row.milestones.first?.source?.url == "/protocols/2015/ruse-2015-03-10/")
        let scope = ClosureScope(region: nil, institutions: all, services: [])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ctx.closuresJSON(scope).utf8)) as? [String: Any])
        #expect(json["by_year_left_out"] as? Int == 1)
        let theme = try #require(Theme.load(directory: ViewModelTests.repo + "/templates").0)
        let html = Renderer.render(theme, "closures", ctx.closureView(scope, all: [scope]))
        #expect(html.contains("без дата&nbsp;– закрита"), "\(html)")
        #expect(html.contains("по данни от</span> <a href=\"/protocols/2015/ruse-2015-03-10/\">"))
    }

    /// Every closure step of the demo content names where it comes from.
    @Test func everyDemoClosureStepNamesItsSource() throws {
        let loaded = Loader.load(contentDirectory: ViewModelTests.repo + "/content")
        let steps = loaded.content.institutions.flatMap { i in i.timeline.map { (i.header.id.slug, $0) } }
        #expect(!steps.isEmpty)
        let unsourced = steps.filter { $0.1.source == nil }.map { "\($0.0): \($0.1.location.line)" }
        #expect(unsourced.isEmpty, "closure steps without a source: \(unsourced)")
    }

    @Test func theRusePageShowsTheSixInstitutionsOfTheSeed() throws {
        let loaded = Loader.load(contentDirectory: ViewModelTests.repo + "/content")
        let (site, problems) = Linker.link(loaded.content.filtered { !$0.draft })
        #expect(!(loaded.diagnostics + problems).hasErrors, "\(loaded.diagnostics + problems)")
        let (theme, _) = Theme.load(directory: ViewModelTests.repo + "/templates")
        let ctx = RenderContext(site: site, theme: try #require(theme), language: "bg")
        let scopes = ctx.closureScopes()
        let ruse = ctx.closureView(try #require(scopes.first { $0.region?.header.id.slug == "ruse" }), all: scopes)
        let rows = Dictionary(uniqueKeysWithValues: ruse.rows.map { ($0.institution.title, $0) })
        #expect(Set(rows.keys) == ["ДДЛРГ „Надежда“", "ДДЛРГ „Райна Гатева“", "ДДЛРГ „Св. Д. Басарбовски“",
                                   "ДДЛРГ с. Брестовица", "ДДЛРГ с. Сърмен", "ДМСГД – Русе"])
        #expect(rows["ДДЛРГ „Райна Гатева“"]?.status == "закрита")
        #expect(rows["ДДЛРГ „Райна Гатева“"]?.replacements.map(\.title) == ["Нови социални услуги по проект „Живот в общността“ – Русе"])
        #expect(rows["ДДЛРГ „Надежда“"]?.replacements.map(\.title) == ["Дневен център за деца и младежи с увреждания – област Русе"])
        #expect(rows["ДДЛРГ „Св. Д. Басарбовски“"]?.status == "няма деца")
        // Seed 001 gives a date only for „Св. Д. Басарбовски“: the other homes are undated, by the presentation.
        #expect(rows["ДДЛРГ „Св. Д. Басарбовски“"]?.milestones.map(\.dateISO) == ["2015-04-01"])
        #expect(rows["ДДЛРГ „Св. Д. Басарбовски“"]?.milestones.first?.source?.title == "Принципи и резултати на ОКМ – Русе")
        let closed = ["ДДЛРГ „Надежда“", "ДДЛРГ „Райна Гатева“", "ДДЛРГ с. Сърмен"]
        for name in closed {
            #expect(rows[name]?.milestones.map(\.date) == [nil], "\(name)")
            #expect(rows[name]?.milestones.first?.source?.title == "Принципи и резултати на ОКМ – Русе")
        }
        let html = Renderer.render(try #require(theme), "closures", ruse)
        #expect(html.components(separatedBy: "без дата&nbsp;– закрита<br><span class=\"muted\">по данни от</span>").count - 1 == 3)
        #expect(rows["ДМСГД – Русе"]?.replacements.map(\.title) == ["Интегрирани социални услуги за деца от 0 до 3 години – Русе"])
        #expect(ruse.progressText == "Закрити или преобразувани: 3 от 6 институции (50 %)")
        let national = ctx.closureView(try #require(scopes.first { $0.region == nil }), all: scopes)
        #expect(national.rows.count == site.content.institutions.count)
        #expect(national.rows.count == scopes.dropFirst().map(\.institutions.count).reduce(0, +))
        // Seed 000 breaks off before its decisions: the demo protocol states none (and no next
        // meeting), and says visibly where its text ends.
        let p = try #require(site.content.protocols.first { $0.header.id.slug == "ruse-2014-11-25" })
        #expect(ctx.view(p).meeting?.decisions.isEmpty == true)
        #expect(p.nextMeeting == nil)
        #expect(p.header.body.blocks.last?.plainText.contains("прекъсва тук") == true)
    }
}
