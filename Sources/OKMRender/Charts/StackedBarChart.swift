import OKMMarkdown

/// One series of a bar chart: its name in the legend, its fill, a value per category.
struct ChartSeries: Sendable {
    var name: String
    var style: ChartStyle
    var values: [Int]
}

/// A vertical bar chart, stacked when it has several series, drawn as inline SVG at build
/// time: `role="img"` named by its `<title>` and `<desc>`, a grid with numbered ticks, the
/// number of every segment written inside it and the total above each bar, a legend with
/// the same patterns. No script, no external file; every text is escaped here (with the
/// Bulgarian typography the templates' text gets).
struct StackedBarChart: Sendable {
    var id: String
    var title: String
    var description: String
    var categories: [String]
    var series: [ChartSeries]
    var valueAxisLabel: String
    var categoryAxisLabel: String

    static let width = 640.0
    static let left = 60.0, right = 16.0, top = 28.0, plotHeight = 220.0

    func totals() -> [Int] {
        categories.indices.map { i in series.reduce(0) { $0 + ($1.values.indices.contains(i) ? max(0, $1.values[i]) : 0) } }
    }

    /// Ticks from 0 to a round top (steps of 1, 2 or 5 × 10ⁿ, whole numbers).
    static func ticks(max value: Int) -> [Int] {
        guard value > 0 else { return [0, 1] }
        var step = 1
        while value / step > 5 {
            let s = String(step)
            step = s.hasPrefix("1") ? step * 2 : s.hasPrefix("2") ? step * 5 / 2 : step * 2
        }
        let top = (value + step - 1) / step * step
        return Array(stride(from: 0, through: top, by: step))
    }

    func svg() -> String {
        typealias F = ChartFormat
        let e = { HTMLEscape.text(Typography.ifBulgarian($0)) }
        let totals = totals()
        let ticks = Self.ticks(max: totals.max() ?? 0)
        let topValue = Double(ticks.last ?? 1)
        let plotWidth = Self.width - Self.left - Self.right
        let baseline = Self.top + Self.plotHeight
        let (legend, legendHeight) = series.count > 1 ? legendSVG(y: baseline + 52) : ("", 0.0)
        let height = baseline + 46 + legendHeight
        func y(_ v: Int) -> Double { baseline - Double(v) / topValue * Self.plotHeight }

        var s = "<svg class=\"chart\" id=\"\(id)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
        s += "viewBox=\"0 0 \(F.coord(Self.width)) \(F.coord(height))\" width=\"\(F.coord(Self.width))\" height=\"\(F.coord(height))\" "
        s += "font-family=\"system-ui, sans-serif\" font-size=\"12\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        s += "<title id=\"\(id)-title\">\(e(title))</title>\n<desc id=\"\(id)-desc\">\(e(description))</desc>\n"
        s += ChartStyle.defs(id, only: Set(series.map(\.style))) + "\n"
        // Grid and value axis.
        for t in ticks {
            let ty = F.coord(y(t))
            s += "<line x1=\"\(F.coord(Self.left))\" x2=\"\(F.coord(Self.width - Self.right))\" y1=\"\(ty)\" y2=\"\(ty)\" stroke=\"#cfd6de\"/>"
            s += "<text x=\"\(F.coord(Self.left - 6))\" y=\"\(ty)\" dy=\"4\" text-anchor=\"end\" fill=\"#4a5560\">\(F.number(t))</text>\n"
        }
        s += "<text transform=\"translate(16 \(F.coord(Self.top + Self.plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\" fill=\"#1b1f24\">\(e(valueAxisLabel))</text>\n"
        // Bars.
        let band = plotWidth / Double(max(1, categories.count))
        let barWidth = min(band * 0.6, 72)
        for (i, category) in categories.enumerated() {
            let x = Self.left + band * Double(i) + (band - barWidth) / 2
            let cx = F.coord(x + barWidth / 2)
            var cumulative = 0
            s += "<g>"
            for serie in series {
                let v = serie.values.indices.contains(i) ? max(0, serie.values[i]) : 0
                guard v > 0 else { continue }
                let y0 = y(cumulative + v), h = y(cumulative) - y0
                s += "<rect x=\"\(F.coord(x))\" y=\"\(F.coord(y0))\" width=\"\(F.coord(barWidth))\" height=\"\(F.coord(h))\" "
                s += "fill=\"url(#\(serie.style.id(id)))\" stroke=\"#1b1f24\"><title>\(e(category)) – \(e(serie.name)): \(F.number(v))</title></rect>"
                if h >= 16, series.count > 1 {  // one series: the total above the bar says it
                    s += "<text x=\"\(cx)\" y=\"\(F.coord(y0 + h / 2))\" dy=\"4\" text-anchor=\"middle\" fill=\"\(serie.style.label.fill)\" stroke=\"\(serie.style.label.halo)\" stroke-width=\"3\" paint-order=\"stroke\">\(F.number(v))</text>"
                }
                cumulative += v
            }
            s += "<text x=\"\(cx)\" y=\"\(F.coord(y(cumulative) - 6))\" text-anchor=\"middle\" font-weight=\"700\" fill=\"#1b1f24\">\(F.number(totals[i]))</text>"
            s += "<text x=\"\(cx)\" y=\"\(F.coord(baseline + 18))\" text-anchor=\"middle\" fill=\"#1b1f24\">\(e(category))</text></g>\n"
        }
        s += "<line x1=\"\(F.coord(Self.left))\" x2=\"\(F.coord(Self.width - Self.right))\" y1=\"\(F.coord(baseline))\" y2=\"\(F.coord(baseline))\" stroke=\"#1b1f24\"/>\n"
        s += "<text x=\"\(F.coord(Self.left + plotWidth / 2))\" y=\"\(F.coord(baseline + 38))\" text-anchor=\"middle\" fill=\"#4a5560\">\(e(categoryAxisLabel))</text>\n"
        s += legend
        return s + "</svg>"
    }

    /// The legend in rows under the chart: a swatch in each series' pattern and its name,
    /// bottom series first as in the bars.
    func legendSVG(y top: Double) -> (String, Double) {
        typealias F = ChartFormat
        var s = "<g class=\"legend\">"
        var x = Self.left, y = top
        for serie in series {
            let w = 22 + Double(serie.name.count) * 7 + 18
            if x + w > Self.width - Self.right, x > Self.left { x = Self.left; y += 22 }
            s += "<rect x=\"\(F.coord(x))\" y=\"\(F.coord(y - 11))\" width=\"14\" height=\"14\" fill=\"url(#\(serie.style.id(id)))\" stroke=\"#1b1f24\"/>"
            s += "<text x=\"\(F.coord(x + 20))\" y=\"\(F.coord(y))\" fill=\"#1b1f24\">\(HTMLEscape.text(Typography.ifBulgarian(serie.name)))</text>"
            x += w
        }
        return (s + "</g>\n", y - top + 22)
    }
}
