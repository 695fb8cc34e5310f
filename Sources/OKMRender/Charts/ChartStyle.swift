import OKMModel

/// How a series is filled. Every style pairs a colour with a pattern (or a lightness that
/// differs from the other solid fills), so the charts read in greyscale and for readers
/// who do not tell the colours apart; segments also carry their numbers as text.
enum ChartStyle: Int, CaseIterable, Sendable {
    case solidLight, diagonal, dots, crossHatch, solidDark, horizontal, solidAccent, vertical

    /// The style of each closure status, the same in every chart, bar and swatch.
    static func of(_ status: ClosureStatus) -> ChartStyle {
        switch status {
        case .operating: .solidLight
        case .closurePlanned: .diagonal
        case .noChildren: .dots
        case .liquidation: .crossHatch
        case .closed: .solidDark
        case .restructured: .horizontal
        case .unknown: .vertical
        }
    }

    /// Numbers written on the fill: white with a dark outline on the dark fills, dark with a white one on the others.
    var label: (fill: String, halo: String) { self == .solidDark || self == .solidAccent ? ("#fff", "#1b1f24") : ("#1b1f24", "#fff") }

    /// The pattern's id for a chart whose id is `prefix`.
    func id(_ prefix: String) -> String { "\(prefix)-p\(rawValue)" }

    /// `<pattern>` elements for every style (or the `used` ones), ids prefixed so several charts share a page.
    static func defs(_ prefix: String, only used: Set<ChartStyle>? = nil) -> String {
        var out = "<defs>"
        for s in allCases where used?.contains(s) ?? true {
            out += "<pattern id=\"\(s.id(prefix))\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
            out += s.tile
            out += "</pattern>"
        }
        return out + "</defs>"
    }

    private var tile: String {
        func bg(_ c: String) -> String { "<rect width=\"8\" height=\"8\" fill=\"\(c)\"/>" }
        switch self {
        case .solidLight: return bg("#a9c6e8")
        case .diagonal:
            return bg("#fde3c8") + "<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" stroke=\"#9a4d00\" stroke-width=\"1.6\"/>"
        case .dots: return bg("#fff3b0") + "<circle cx=\"4\" cy=\"4\" r=\"1.8\" fill=\"#6b5200\"/>"
        case .crossHatch:
            return bg("#eadcf5") + "<path d=\"M0,0 l8,8 M8,0 l-8,8\" stroke=\"#5b2a86\" stroke-width=\"1.2\"/>"
        case .solidDark: return bg("#4a5560")
        case .horizontal: return bg("#d4ecd9") + "<path d=\"M0,4 h8\" stroke=\"#1d6b2b\" stroke-width=\"2\"/>"
        case .solidAccent: return bg("#0b5394")
        case .vertical: return bg("#f4f4f4") + "<path d=\"M4,0 v8\" stroke=\"#5a5f66\" stroke-width=\"1.4\"/>"
        }
    }

    /// A small square in this style, for a legend written in HTML next to a chart.
    func swatch(_ prefix: String) -> String {
        "<svg class=\"swatch\" width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\" focusable=\"false\">"
            + "<rect x=\"0.5\" y=\"0.5\" width=\"13\" height=\"13\" fill=\"url(#\(id(prefix)))\" stroke=\"#1b1f24\"/></svg>"
    }
}

/// Numbers and coordinates written the same way on every machine.
enum ChartFormat {
    /// A coordinate with at most one decimal: 12, 12.5.
    static func coord(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        return a % 10 == 0 ? "\(sign)\(a / 10)" : "\(sign)\(a / 10).\(a % 10)"
    }

    /// A whole number as Bulgarian writes it: groups of three digits from 10 000 up, with a space.
    static func number(_ n: Int) -> String {
        let digits = String(abs(n))
        guard digits.count > 4 else { return String(n) }
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += " " }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A share as a whole percentage, "50 %" (Bulgarian puts a space before the sign).
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0 %" }
        return "\(Int((Double(part) * 100 / Double(whole)).rounded())) %"
    }
}
