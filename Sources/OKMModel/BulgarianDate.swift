/// Dates written out in Bulgarian, from explicit tables (no DateFormatter or Locale, so the
/// output never depends on the host's ICU data and never contains U+202F or U+00A0).
public enum BulgarianDate {
    private static let months = [
        "януари", "февруари", "март", "април", "май", "юни",
        "юли", "август", "септември", "октомври", "ноември", "декември",
    ]

    /// 1→"януари" … 12→"декември" (the same form is used in dates); "" outside 1…12.
    public static func monthName(_ month: Int) -> String {
        (1...12).contains(month) ? months[month - 1] : ""
    }

    /// "25 ноември 2014 г." — day without leading zero, plain ASCII spaces.
    public static func long(_ d: Day) -> String {
        "\(d.day) \(monthName(d.month)) \(d.year) г."
    }

    /// "25.11.2014 г." — two-digit day and month.
    public static func numeric(_ d: Day) -> String {
        "\(twoDigits(d.day)).\(twoDigits(d.month)).\(d.year) г."
    }

    /// "ноември 2014 г."
    public static func monthYear(_ d: Day) -> String {
        "\(monthName(d.month)) \(d.year) г."
    }

    static func twoDigits(_ n: Int) -> String {
        n < 10 && n >= 0 ? "0\(n)" : String(n)
    }
}

/// Dates written out in English, from an explicit table.
public enum EnglishDate {
    private static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// 1→"January" … 12→"December"; "" outside 1…12.
    public static func monthName(_ month: Int) -> String {
        (1...12).contains(month) ? months[month - 1] : ""
    }

    /// "25 November 2014"
    public static func long(_ d: Day) -> String {
        "\(d.day) \(monthName(d.month)) \(d.year)"
    }

    /// "November 2014"
    public static func monthYear(_ d: Day) -> String {
        "\(monthName(d.month)) \(d.year)"
    }
}
