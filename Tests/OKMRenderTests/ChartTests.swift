import Foundation
import Testing
@testable import OKMRender
import OKMLink
import OKMModel

/// The SVG charts: recorded output for a small fixture (`RECORD_GOLDEN=1` re-records
/// Tests/Fixtures/charts/), accessibility attributes, scales and number formats.
@Suite struct ChartTests {
    static let chartsDirectory = ViewModelTests.repo + "/Tests/Fixtures/charts"
    static let at = SourceLocation(path: "x.md", line: 1, column: 1)

    static func institution(_ slug: String, _ steps: [(String, ClosureStatus, Int?)]) -> Institution {
        var i = Institution(header: Header(id: DocumentID(.institutions, slug), path: "x.md"), names: Names(name: slug), kind: .ddlrg)
        i.timeline = steps.map { d, s, c in
            var m = Milestone(date: Day(iso: d)!, status: s, location: at)
            m.children = c
            return m
        }
        return i
    }

    /// Four institutions over three years, two services.
    static let institutions = [
        institution("a", [("2013-01-01", .operating, 30), ("2014-11-25", .closurePlanned, nil), ("2015-04-01", .noChildren, nil), ("2015-12-31", .closed, nil)]),
        institution("b", [("2013-06-01", .operating, 12), ("2015-04-01", .closurePlanned, 8)]),
        institution("c", [("2014-03-01", .liquidation, nil), ("2015-06-30", .restructured, nil)]),
        institution("d", []),
    ]

    static var services: [Service] {
        [("x", "2014-05-01", 14), ("y", "2015-12-01", 12)].map { slug, opened, capacity in
            var s = Service(header: Header(id: DocumentID(.services, slug), path: "s.md"), names: Names(name: slug), kind: .familyTypeCentre)
            s.opened = Day(iso: opened).map(ArchiveDate.init(day:))
            s.capacity = capacity
            return s
        }
    }

    static func compare(_ svg: String, to name: String) throws {
        let path = chartsDirectory + "/" + name
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(atPath: chartsDirectory, withIntermediateDirectories: true)
            try (svg + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        let recorded = try #require(try? String(contentsOfFile: path, encoding: .utf8), "\(path) is missing; RECORD_GOLDEN=1 records it")
        #expect(svg + "\n" == recorded, "\(name) differs from the recorded chart; RECORD_GOLDEN=1 re-records it")
    }

    @Test func theChartsOfASmallFixtureMatchTheirRecordedSVG() throws {
        let ctx = try ViewModelTests.context()
        let charts = ctx.closureCharts(Self.institutions, Self.services)
        #expect(charts.map(\.id) == ["chart-status", "chart-children", "chart-services"])
        try Self.compare(try #require(charts[0].svg), to: "status.svg")
        try Self.compare(try #require(charts[1].svg), to: "children.svg")
        try Self.compare(try #require(charts[2].svg), to: "services.svg")
    }

    @Test func everyChartIsNamedDescribedAndTabulated() throws {
        let ctx = try ViewModelTests.context()
        let charts = ctx.closureCharts(Self.institutions, Self.services)
        for c in charts {
            let svg = try #require(c.svg)
            #expect(svg.hasPrefix("<svg class=\"chart\" id=\"\(c.id)\" role=\"img\" aria-labelledby=\"\(c.id)-title \(c.id)-desc\""))
            #expect(svg.contains("<title id=\"\(c.id)-title\">\(c.title)</title>"))
            #expect(svg.contains("<desc id=\"\(c.id)-desc\">"))
            #expect(!svg.contains("<script"))
            #expect(!c.table.rows.isEmpty)
        }
        // Bulgarian axes, dates and a description that carries the figures.
        #expect(charts[0].svg?.contains("брой институции") == true)
        #expect(charts[0].svg?.contains("към 31\u{00A0}декември на годината") == true)
        #expect(charts[0].svg?.contains("2015\u{00A0}г.: действаща 0, пред закриване 1, процедура по ликвидация 0, закрита 1, преобразувана 1, няма данни 1") == true)
        // The institution without a timeline is "няма данни" every year, a series of its own, never "действаща".
        #expect(charts[0].table.columns == ["Към", "действаща", "пред закриване", "процедура по ликвидация", "закрита", "преобразувана", "няма данни", "Общо"])
        #expect(charts[0].table.rows.map(\.label) == ["31.12.2013 г.", "31.12.2014 г.", "31.12.2015 г."])
        #expect(charts[0].table.rows.map(\.cells) == [["2", "0", "0", "0", "0", "2", "4"], ["1", "1", "1", "0", "0", "1", "4"], ["0", "1", "0", "1", "1", "1", "4"]])
        #expect(charts[1].table.rows.map(\.cells) == [["42", "2"], ["42", "1"], ["8", "1"]])
        #expect(charts[1].note == ctx.label("chart_children_unknown"))
        #expect(charts[2].table.rows.map(\.cells) == [["1", "14"], ["1", "12"]])
    }

    @Test func patternsMakeTheSeriesReadableWithoutColour() throws {
        let svg = try #require(try ViewModelTests.context().statusChart(Self.institutions).svg)
        // A pattern for every status drawn, and none for the others (no-children is 0 every year here).
        for style in ChartStyle.allCases {
            #expect(svg.contains("<pattern id=\"chart-status-p\(style.rawValue)\"") == [.solidLight, .diagonal, .crossHatch, .solidDark, .horizontal, .vertical].contains(style))
        }
        // Each segment is outlined and filled with its status' pattern, and its number is written on it.
        #expect(svg.contains("fill=\"url(#chart-status-p1)\" stroke=\"#1b1f24\"><title>2014 – пред закриване: 1</title>"))
        #expect(svg.contains("<g class=\"legend\">"))
        // No colour appears without a pattern or a distinct lightness: the solid fills differ in lightness.
        #expect(Set(ClosureStatus.allCases.map(ChartStyle.of)).count == ClosureStatus.allCases.count)
    }

    @Test func scalesAndNumbers() {
        #expect(StackedBarChart.ticks(max: 0) == [0, 1])
        #expect(StackedBarChart.ticks(max: 4) == [0, 1, 2, 3, 4])
        #expect(StackedBarChart.ticks(max: 7) == [0, 2, 4, 6, 8])
        #expect(StackedBarChart.ticks(max: 42) == [0, 10, 20, 30, 40, 50])
        #expect(StackedBarChart.ticks(max: 1234) == [0, 500, 1000, 1500])
        #expect(ChartFormat.number(1234) == "1234")
        #expect(ChartFormat.number(12345) == "12 345")
        #expect(ChartFormat.number(1234567) == "1 234 567")
        #expect(ChartFormat.percent(1, of: 3) == "33 %")
        #expect(ChartFormat.percent(0, of: 0) == "0 %")
        #expect(ChartFormat.coord(12.25) == "12.3")
        #expect(ChartFormat.coord(-3.0) == "-3")
    }

    @Test func nothingToDrawGivesANoteInsteadOfAnEmptyChart() throws {
        let ctx = try ViewModelTests.context()
        let charts = ctx.closureCharts([Self.institution("z", [])], [])
        #expect(charts.map { $0.svg == nil } == [true, true, true])
        #expect(charts.map(\.note) == [ctx.label("chart_no_timeline"), ctx.label("chart_no_children"), ctx.label("chart_no_services")])
    }
}
