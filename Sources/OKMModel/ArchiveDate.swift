/// A date as an archive writes it: the Extended Date/Time Format (EDTF, ISO 8601-2), level 1,
/// as far as an archive of meetings needs it (docs/content-format.md, "Dates"):
///
/// - a day, a month or a year: `2016-09-25`, `2016-09`, `2016`;
/// - qualified at its end: `2016~` approximate, `2016?` uncertain, `2016%` both;
/// - unspecified digits from the right: `201X`, `20XX` (a year), `2016-XX` (a month),
///   `2016-09-XX`, `2016-XX-XX` (a day);
/// - an interval `A/B` of two of these, either end `..` when it is open: `2016/2018`,
///   `2016-09/2017-03`, `2016/..`, `../2016`.
///
/// Not accepted (an error that says so): seasons (`2016-21`), years of more than four digits
/// (`Y17000`), negative years, an empty (unknown) interval end (`2016/`), times of day.
///
/// It keeps the text as written, and the earliest and the latest day it can be (nil at an
/// open end). A qualifier does not widen them: `2016~` is 2016-01-01 … 2016-12-31.
public struct ArchiveDate: Sendable, Hashable, CustomStringConvertible {
    public enum Precision: Sendable, Hashable { case year, month, day }

    public enum Qualifier: String, Sendable, Hashable {
        case none = "", approximate = "~", uncertain = "?", both = "%"
    }

    /// One date of EDTF level 1 (one end of an interval, or the whole value).
    public struct Point: Sendable, Hashable {
        public var precision: Precision
        /// The year as written, X as 0 (`201X` → 2010).
        public var year: Int
        /// How many of the year's last digits are X (0, 1 or 2).
        public var unspecifiedYearDigits: Int
        /// nil when not written or written XX.
        public var month: Int?
        public var day: Int?
        public var qualifier: Qualifier
        public var earliest: Day
        public var latest: Day

        /// A plain day: `2016-09-25`, no X, no qualifier.
        public var exactDay: Day? {
            guard precision == .day, qualifier == .none, unspecifiedYearDigits == 0, let month, let day else { return nil }
            return Day(year: year, month: month, day: day)
        }

        /// The ISO 8601 form the point stands for when it is plain (`2016`, `2016-09`,
        /// `2016-09-25`): no X and no qualifier; nil otherwise.
        public var iso: String? {
            guard qualifier == .none, unspecifiedYearDigits == 0 else { return nil }
            switch precision {
            case .year: return earliest.iso.prefix(4).description
            case .month: return month == nil ? nil : String(earliest.iso.prefix(7))
            case .day: return exactDay?.iso
            }
        }
    }

    public enum Shape: Sendable, Hashable {
        case single(Point)
        /// nil is an open end (`..`).
        case interval(Point?, Point?)
    }

    /// As written in the source.
    public let text: String
    public let shape: Shape

    /// The earliest day the date can be; nil when it opens with `..`.
    public var earliest: Day? {
        switch shape {
        case .single(let p): p.earliest
        case .interval(let a, _): a?.earliest
        }
    }

    /// The latest day the date can be; nil when it ends with `..`.
    public var latest: Day? {
        switch shape {
        case .single(let p): p.latest
        case .interval(_, let b): b?.latest
        }
    }

    /// The day, when the text is one plain day (`YYYY-MM-DD`): such a date behaves as every
    /// date did before EDTF.
    public var exactDay: Day? {
        if case .single(let p) = shape { return p.exactDay }
        return nil
    }

    /// The year, when the earliest and the latest day are in the same one: the record is in
    /// that year's archive and its URL has that year.
    public var knownYear: Int? {
        guard let e = earliest, let l = latest, e.year == l.year else { return nil }
        return e.year
    }

    public var description: String { text }

    public init(day: Day) {
        text = day.iso
        shape = .single(Point(precision: .day, year: day.year, unspecifiedYearDigits: 0, month: day.month, day: day.day,
                              qualifier: .none, earliest: day, latest: day))
    }

    /// Parses `text` (trimmed of spaces); the error says what is wrong and what is expected.
    public static func parse(_ text: String) -> Result<ArchiveDate, ArchiveDateError> {
        let text = text.trimmingCharactersInSpaces()
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            if text == ".." { return .failure(.init("edtf.openAlone", [:])) }
            return point(Substring(text)).map { ArchiveDate(text: text, shape: .single($0)) }
        case 2:
            let (a, b) = (parts[0], parts[1])
            if a.isEmpty || b.isEmpty {
                return .failure(.init("edtf.bothEnds", [:]))
            }
            if a == ".." && b == ".." { return .failure(.init("edtf.openBoth", [:])) }
            var start: Point?
            var end: Point?
            if a != ".." {
                switch point(a) { case .success(let p): start = p; case .failure(let e): return .failure(e) }
            }
            if b != ".." {
                switch point(b) { case .success(let p): end = p; case .failure(let e): return .failure(e) }
            }
            if let start, let end, start.earliest > end.latest {
                return .failure(.init("edtf.endsBefore", ["end": "\(b)", "start": "\(a)"]))
            }
            return .success(ArchiveDate(text: text, shape: .interval(start, end)))
        default:
            return .failure(.init("edtf.oneSlash", [:]))
        }
    }

    private init(text: String, shape: Shape) {
        self.text = text
        self.shape = shape
    }


    /// One date: `YYYY[-MM[-DD]]` with X digits and one qualifier at its end.
    private static func point(_ s: Substring) -> Result<Point, ArchiveDateError> {
        var body = s
        var qualifier = Qualifier.none
        if let last = body.last, let q = Qualifier(rawValue: String(last)), q != .none {
            qualifier = q
            body = body.dropLast()
            if let l = body.last, "~?%".contains(l) {
                return .failure(.init("edtf.twoQualifiers", ["date": "\(s)"]))
            }
        }
        let fields = body.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count), fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "X") } }) else {
            return .failure(.init("edtf.notADate", ["date": "\(s)"], malformed: true))
        }
        let y = fields[0]
        guard y.count == 4 else {
            return .failure(.init("edtf.yearDigits", ["date": "\(s)", "found": "\(y)"]))
        }
        let xs = y.reversed().prefix { $0 == "X" }.count
        guard !y.dropLast(xs).contains("X") else {
            return .failure(.init("edtf.yearX", ["date": "\(s)"]))
        }
        guard xs <= 2 else { return .failure(.init("edtf.yearXX", ["date": "\(s)"])) }
        let year = Int(y.replacingX())!
        let span = xs == 0 ? 0 : (xs == 1 ? 9 : 99)
        guard year >= 1 || xs > 0, year + span <= 9999 else {
            return .failure(.init("edtf.yearZero", ["date": "\(s)"]))
        }
        if xs > 0 && fields.count > 1 && !(fields.dropFirst().allSatisfy { $0 == "XX" }) {
            return .failure(.init("edtf.yearXMonth", ["date": "\(s)"]))
        }
        let firstYear = max(1, year)
        let lastYear = year + span
        guard let jan1 = Day(year: firstYear, month: 1, day: 1), let dec31 = Day(year: lastYear, month: 12, day: 31) else {
            return .failure(.init("edtf.notADate", ["date": "\(s)"]))
        }
        var p = Point(precision: .year, year: year, unspecifiedYearDigits: xs, month: nil, day: nil,
                      qualifier: qualifier, earliest: jan1, latest: dec31)
        guard fields.count > 1 else { return .success(p) }
        let m = fields[1]
        guard m.count == 2 else { return .failure(.init("edtf.monthDigits", ["date": "\(s)", "found": "\(m)"])) }
        p.precision = .month
        if m != "XX" {
            guard !m.contains("X") else { return .failure(.init("edtf.monthX", ["date": "\(s)", "found": "\(m)"])) }
            let month = Int(m)!
            guard (1...12).contains(month) else {
                if fields.count == 3 { return .failure(.init("edtf.notInCalendar", ["date": "\(s)"])) }
                return .failure(.init("edtf.noMonth", ["date": "\(s)", "month": "\(m)"]))
            }
            p.month = month
            p.earliest = Day(year: year, month: month, day: 1)!
            p.latest = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
        }
        guard fields.count > 2 else { return .success(p) }
        let d = fields[2]
        guard d.count == 2 else { return .failure(.init("edtf.dayDigits", ["date": "\(s)", "found": "\(d)"])) }
        p.precision = .day
        if d != "XX" {
            guard !d.contains("X") else { return .failure(.init("edtf.dayX", ["date": "\(s)", "found": "\(d)"])) }
            guard let month = p.month else {
                return .failure(.init("edtf.dayWithoutMonth", ["date": "\(s)"]))
            }
            guard let day = Day(year: year, month: month, day: Int(d)!) else {
                return .failure(.init("edtf.notInCalendar", ["date": "\(s)"]))
            }
            p.day = day.day
            p.earliest = day
            p.latest = day
        }
        return .success(p)
    }
}

/// Why a text is not an archive date; the message is said after the field's name.
public struct ArchiveDateError: Error, Sendable, Hashable {
    /// What is wrong, from the catalog (`edtf.*`), worded when printed.
    public var text: Message
    /// The text is not a date of any form okm reads (rather than a form with a wrong part).
    public var malformed: Bool
    init(_ id: String, _ arguments: [String: MessageArgument], malformed: Bool = false) {
        self.text = Message(id, arguments)
        self.malformed = malformed
    }

    /// What is wrong, in English (the tests' form).
    public var message: String { text.worded(.en) }
}

private extension Substring {
    func replacingX() -> String { String(map { $0 == "X" ? "0" : $0 }) }
}

private extension String {
    func trimmingCharactersInSpaces() -> String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
