import OKMModel

/// An archive date written out for readers, in the page's language: the words come from
/// templates/i18n (`edtf_*`), the month names from BulgarianDate/EnglishDate. An exact day
/// reads as every date did before ("25 ноември 2014 г.").
extension RenderContext {
    func date(_ a: ArchiveDate?) -> String? {
        guard let a else { return nil }
        if let d = a.exactDay { return date(d) }
        switch a.shape {
        case .single(let p):
            return words(p)
        case .interval(let s?, let e?):
            if s.isPlainYear && e.isPlainYear { return fill("edtf_range_years", ["from": String(s.year), "to": String(e.year)]) }
            return fill("edtf_range", ["from": words(s), "to": words(e)])
        case .interval(let s?, nil):
            return fill("edtf_after", ["date": words(s)])
        case .interval(nil, let e?):
            return fill("edtf_before", ["date": words(e)])
        case .interval(nil, nil):
            return a.text
        }
    }

    /// `<time datetime>` and list sorting: the ISO 8601 form an HTML reader takes (`2016`,
    /// `2016-09`, `2016-09-25`) when the date is one plain point; nil otherwise.
    func dateISO(_ a: ArchiveDate?) -> String? {
        guard let a, case .single(let p) = a.shape else { return nil }
        return p.iso
    }

    private func words(_ p: ArchiveDate.Point) -> String {
        let bare: String
        switch p.unspecifiedYearDigits {
        case 1:
            bare = fill("edtf_decade", ["decade": String(p.year)])
        case 2:
            bare = fill("edtf_range_years", ["from": String(max(1, p.year)), "to": String(p.year + 99)])
        default:
            if let month = p.month, let day = p.day, let d = Day(year: p.year, month: month, day: day) {
                bare = date(d) ?? d.iso
            } else if let month = p.month {
                let name = language == "en" ? EnglishDate.monthName(month) : BulgarianDate.monthName(month)
                bare = fill("edtf_month", ["month": name, "year": String(p.year)])
            } else {
                bare = fill("edtf_year", ["year": String(p.year)])
            }
        }
        switch p.qualifier {
        case .none: return bare
        case .approximate: return fill("edtf_approximate", ["date": bare])
        case .uncertain: return fill("edtf_uncertain", ["date": bare])
        case .both: return fill("edtf_both", ["date": bare])
        }
    }
}

extension ArchiveDate.Point {
    /// A year and nothing else: `2016` (no month, no X, no qualifier).
    var isPlainYear: Bool { precision == .year && unspecifiedYearDigits == 0 && qualifier == .none }
}
