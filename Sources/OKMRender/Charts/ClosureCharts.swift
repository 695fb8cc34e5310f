import OKMLink
import OKMMarkdown
import OKMModel

/// A chart as a page shows it: the SVG (nil when there is nothing to draw), a note about
/// the data, and the same figures as a table.
struct ChartView: Sendable {
    var id: String
    var title: String
    var svg: String?
    var note: String?
    var table: ChartTableView
}

struct ChartTableView: Sendable {
    var caption: String
    var columns: [String]
    var rows: [ChartRowView]
}

struct ChartRowView: Sendable {
    var label: String
    var cells: [String]
}

extension RenderContext {
    /// The three charts of a closure page, in the page's order.
    func closureCharts(_ institutions: [Institution], _ services: [Service]) -> [ChartView] {
        [statusChart(institutions), childrenChart(institutions), servicesChart(services)]
    }

    func chartYear(_ year: Int) -> String { language == "en" ? String(year) : "\(year) г." }

    func chartDate(_ d: Day) -> String { language == "en" ? EnglishDate.long(d) : BulgarianDate.numeric(d) }

    /// What the yearly charts leave out: undated steps whose source has no date either.
    func unplacedNote(_ institutions: [Institution]) -> String? {
        let n = ClosureStats.unplaced(institutions)
        return n == 0 ? nil : fill(n == 1 ? "chart_unplaced_one" : "chart_unplaced", ["count": ChartFormat.number(n)])
    }

    func joined(_ notes: String?...) -> String? {
        let all = notes.compactMap { $0 }
        return all.isEmpty ? nil : all.joined(separator: " ")
    }

    /// Institutions by status on 31 December of every year, stacked.
    func statusChart(_ institutions: [Institution]) -> ChartView {
        let ends = ClosureStats.yearEnds(institutions)
        let counts = ends.map { ClosureStats.counts(institutions, on: $0) }
        let statuses = ClosureStatus.allCases.filter { s in counts.contains { ($0[s] ?? 0) > 0 } }
        let series = statuses.map { s in
            ChartSeries(name: label("closure_\(s.rawValue)"), style: .of(s), values: counts.map { $0[s] ?? 0 })
        }
        let categories = ends.map { String($0.year) }
        let summary = zip(ends, counts).map { end, c in
            "\(chartYear(end.year)): " + statuses.map { "\(label("closure_\($0.rawValue)")) \(c[$0] ?? 0)" }.joined(separator: ", ")
        }.joined(separator: "; ")
        let title = label("chart_status_title")
        let chart = StackedBarChart(id: "chart-status", title: title,
                                    description: "\(label("chart_status_desc")) \(summary).",
                                    categories: categories, series: series,
                                    valueAxisLabel: label("chart_axis_institutions"), categoryAxisLabel: label("chart_axis_year_end"))
        let table = ChartTableView(
            caption: title, columns: [label("chart_as_of")] + statuses.map { label("closure_\($0.rawValue)") } + [label("chart_total")],
            rows: zip(ends, counts).map { end, c in
                ChartRowView(label: chartDate(end), cells: statuses.map { ChartFormat.number(c[$0] ?? 0) } + [ChartFormat.number(institutions.count)])
            })
        return ChartView(id: chart.id, title: title, svg: ends.isEmpty ? nil : chart.svg(),
                         note: joined(ends.isEmpty ? label("chart_no_timeline") : nil, unplacedNote(institutions)), table: table)
    }

    /// The known number of children in the institutions on 31 December of every year.
    func childrenChart(_ institutions: [Institution]) -> ChartView {
        let ends = ClosureStats.yearEnds(institutions)
        let sums = ends.map { ClosureStats.children(institutions, on: $0) }
        let title = label("chart_children_title")
        let summary = zip(ends, sums).map { "\(chartYear($0.year)): \(ChartFormat.number($1.total))" }.joined(separator: "; ")
        let chart = StackedBarChart(id: "chart-children", title: title,
                                    description: "\(label("chart_children_desc")) \(summary).",
                                    categories: ends.map { String($0.year) },
                                    series: [ChartSeries(name: label("children"), style: .solidAccent, values: sums.map(\.total))],
                                    valueAxisLabel: label("chart_axis_children"), categoryAxisLabel: label("chart_axis_year_end"))
        let table = ChartTableView(
            caption: title, columns: [label("chart_as_of"), label("children"), label("chart_without_figures")],
            rows: zip(ends, sums).map { ChartRowView(label: chartDate($0), cells: [ChartFormat.number($1.total), ChartFormat.number($1.unknown)]) })
        let drawable = sums.contains { $0.total > 0 }
        var note: String? = drawable ? nil : label("chart_no_children")
        if drawable, sums.contains(where: { $0.unknown > 0 }) { note = label("chart_children_unknown") }
        return ChartView(id: chart.id, title: title, svg: drawable ? chart.svg() : nil, note: joined(note, unplacedNote(institutions)), table: table)
    }

    /// Services by the year they opened.
    func servicesChart(_ services: [Service]) -> ChartView {
        let years = ClosureStats.servicesOpenedPerYear(services)
        let title = label("chart_services_title")
        let summary = years.map { "\(chartYear($0.year)): \($0.services)" }.joined(separator: "; ")
        let chart = StackedBarChart(id: "chart-services", title: title,
                                    description: "\(label("chart_services_desc")) \(summary).",
                                    categories: years.map { String($0.year) },
                                    series: [ChartSeries(name: label("services"), style: .solidAccent, values: years.map(\.services))],
                                    valueAxisLabel: label("chart_axis_services"), categoryAxisLabel: label("chart_axis_year"))
        let table = ChartTableView(
            caption: title, columns: [label("chart_col_year"), label("chart_services_opened"), label("capacity")],
            rows: years.map { ChartRowView(label: String($0.year), cells: [ChartFormat.number($0.services), ChartFormat.number($0.capacity)]) })
        return ChartView(id: chart.id, title: title, svg: years.isEmpty ? nil : chart.svg(),
                         note: years.isEmpty ? label("chart_no_services") : nil, table: table)
    }

    /// One horizontal bar split by current status, in the chart patterns. Decorative: the
    /// sentence above it and the list of counts under it say the same in words.
    func progressBar(_ counts: [ClosureStatus: Int], total: Int, prefix: String) -> String {
        typealias F = ChartFormat
        let width = 640.0, height = 28.0
        // Stretched to the page's width (preserveAspectRatio none), so no text inside: the list says the numbers.
        var s = "<svg class=\"progress\" viewBox=\"0 0 640 28\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\" "
        s += "xmlns=\"http://www.w3.org/2000/svg\">" + ChartStyle.defs(prefix)
        var x = 0.0
        // Closing states first, from the left, so the bar fills as closures advance.
        for status in ClosureStatus.allCases.reversed() {
            let n = counts[status] ?? 0
            guard n > 0, total > 0 else { continue }
            let w = width * Double(n) / Double(total), style = ChartStyle.of(status)
            s += "<rect x=\"\(F.coord(x + 0.5))\" y=\"0.5\" width=\"\(F.coord(max(0, w - 1)))\" height=\"\(F.coord(height - 1))\" fill=\"url(#\(style.id(prefix)))\" stroke=\"#1b1f24\" vector-effect=\"non-scaling-stroke\"/>"
            x += w
        }
        return s + "</svg>"
    }
}
