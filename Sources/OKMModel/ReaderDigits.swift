/// Finds personal numbers (ЕГН/ЛНЧ) the way a reader or a search indexer would see them, not
/// only as ten digits written together: character references decoded (`&#54;`, `&#x36;`,
/// `&nbsp;`), escapes decoded (`\u0036`, `\x36`, `%36`), markup that a reader does not see
/// skipped (inline tags, comments, Markdown emphasis and code marks, soft hyphens and other
/// invisible characters), and digits joined across the separators people put inside a number
/// (spaces, hyphens and dashes: `610104-7500`, `6101 04 7500`).
///
/// Two strengths, because a ЛНЧ's checksum is weak (one ten-digit number in ten passes it):
/// - ten digits with nothing visible between them (markup and invisible characters only) are
///   checked as ЕГН and as ЛНЧ, like `PersonalNumber.find`;
/// - digits in groups joined by up to three separator characters, ten in all, are checked as
///   ЕГН only (its date and mod-11 checksum make a chance match rare).
/// A block tag (`<p>`, `<td>`, `<li>` …), a letter, any other punctuation, a blank line or a
/// longer run of separators ends a number. Dots and slashes end it too: dates are written with them.
public enum ReaderDigits {
    public enum Mode: Sendable {
        /// JSON, CSV, iCalendar, text: escapes and character references decoded, folded lines joined.
        case plain
        /// HTML, XML, SVG: also tags (inline ones invisible, block ones end a number), comments
        /// and CDATA; every attribute value is read on its own.
        case html
        /// A Markdown source: like HTML (raw HTML is allowed in bodies), plus `*`, `_`, `` ` ``,
        /// `~` and backslash escapes read as invisible.
        case markdown
    }

    public static func find(in text: String, mode: Mode) -> [PersonalNumberMatch] {
        if let r = text.utf8.withContiguousStorageIfAvailable({ find(in: $0, mode: mode) }) { return r }
        return Array(text.utf8).withUnsafeBufferPointer { find(in: $0, mode: mode) }
    }

    /// Matches in order of position; `line` is 0-based, `column` 1-based in Unicode scalars.
    public static func find(in bytes: UnsafeBufferPointer<UInt8>, mode: Mode) -> [PersonalNumberMatch] {
        var scanner = Scanner(bytes: bytes, mode: mode)
        scanner.run()
        var seen = Set<Int>()
        return scanner.text.found.merging(scanner.attribute.found)
            .filter { seen.insert($0.offset).inserted }
            .map { hit in
                let (line, column) = position(of: hit.offset, in: bytes)
                return PersonalNumberMatch(kind: hit.kind, value: hit.value, line: line, column: column)
            }
    }

    /// 0-based line and 1-based column (in scalars) of a byte offset.
    static func position(of offset: Int, in p: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 0
        var column = 1
        for i in 0..<min(offset, p.count) {
            if p[i] == 0x0A { line += 1; column = 1 } else if p[i] & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}

struct Hit {
    var kind: PersonalNumberKind
    var value: String
    var offset: Int
}

extension Array where Element == Hit {
    func merging(_ other: [Hit]) -> [Hit] { (self + other).sorted { $0.offset < $1.offset } }
}

/// Digits as a reader meets them, grouped into possible numbers.
struct DigitChains {
    struct Group {
        var start: Int
        var digits: [UInt8]
    }

    /// The groups of the number being read (at most the last ten: ten digits fit in ten groups).
    private var chain: [Group] = []
    private var current: Group?
    private var separators = 0
    private var newlines = 0
    private(set) var found: [Hit] = []

    static let maxSeparators = 3

    mutating func digit(_ value: UInt8, at offset: Int) {
        if current != nil {
            current!.digits.append(value)
            return
        }
        if separators > Self.maxSeparators || newlines > 1 { chain.removeAll(keepingCapacity: true) }
        separators = 0
        newlines = 0
        current = Group(start: offset, digits: [value])
    }

    /// A space, a hyphen, a dash: a number may go on after it.
    mutating func separator(newline: Bool = false) {
        closeGroup()
        separators += 1
        if newline { newlines += 1 }
    }

    /// Anything that ends a number: a letter, other punctuation, a block tag.
    mutating func hardBreak() {
        if current == nil && chain.isEmpty && separators == 0 { return }
        closeGroup()
        chain.removeAll(keepingCapacity: true)
        separators = 0
        newlines = 0
    }

    mutating func finish() { hardBreak() }

    private mutating func closeGroup() {
        guard let group = current else { return }
        current = nil
        chain.append(group)
        if chain.count > 10 { chain.removeFirst(chain.count - 10) }
        var total = 0
        for j in stride(from: chain.count - 1, through: 0, by: -1) {
            total += chain[j].digits.count
            if total > 10 { break }
            guard total == 10 else { continue }
            let digits = chain[j...].flatMap(\.digits)
            let value = String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self)
            if j == chain.count - 1 {
                if PersonalNumber.isValidEGN(value) { found.append(Hit(kind: .egn, value: value, offset: chain[j].start)) }
                else if PersonalNumber.isValidLNCH(value) { found.append(Hit(kind: .lnch, value: value, offset: chain[j].start)) }
            } else if PersonalNumber.isValidEGN(value) {
                found.append(Hit(kind: .egn, value: value, offset: chain[j].start))
            }
            break
        }
    }
}

/// What one decoded character is to a reader.
enum Reading {
    case digit(UInt8), separator, newline, invisible, hardBreak

    static func of(_ scalar: Unicode.Scalar) -> Reading {
        scalar.value < tableEnd ? table[Int(scalar.value)] : reading(scalar)
    }

    /// Below U+3000 (every script of Europe, the punctuation and spaces people type), what each
    /// character is, worked out once from Unicode's properties: a page has thousands of
    /// no-break spaces, dashes and quotes, and each look-up of a property was a cost of the gate.
    static let tableEnd: UInt32 = 0x3000
    static let table: [Reading] = (0..<tableEnd).map { reading(Unicode.Scalar($0) ?? "\u{FFFD}") }

    static func reading(_ scalar: Unicode.Scalar) -> Reading {
        let v = scalar.value
        if v >= 0x30 && v <= 0x39 { return .digit(UInt8(v - 0x30)) }
        if v < 0x80 {
            switch v {
            case 0x0A: return .newline
            case 0x20, 0x09, 0x0D, 0x0C, 0x2D: return .separator
            default: return .hardBreak
            }
        }
        let p = scalar.properties
        if p.numericType == .decimal, let n = p.numericValue { return .digit(UInt8(n)) }
        switch p.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .dashPunctuation: return .separator
        case .format, .nonspacingMark, .enclosingMark: return .invisible
        default: return v == 0x2212 || v == 0xFE63 || v == 0xFF0D ? .separator : .hardBreak
        }
    }
}

private struct Scanner {
    let p: UnsafeBufferPointer<UInt8>
    let mode: ReaderDigits.Mode
    var text = DigitChains()
    var attribute = DigitChains()
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>, mode: ReaderDigits.Mode) {
        p = bytes
        self.mode = mode
    }

    mutating func run() {
        while i < p.count {
            let b = p[i]
            if b >= 0x30 && b <= 0x39 {
                text.digit(b - 0x30, at: i)
                i += 1
            } else if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
                text.hardBreak()
                i += 1
            } else if (b == 0xD0 || b == 0xD1) && i + 1 < p.count && p[i + 1] & 0xC0 == 0x80 {
                // U+0400–U+047F: Cyrillic letters, most of the text; no property look-up.
                text.hardBreak()
                i += 2
            } else if b == UInt8(ascii: "<") && mode != .plain {
                tag()
            } else if b < 0x80 && !Self.special[Int(b)] {
                if b == 0x20 || b == 0x09 || b == 0x2D { text.separator() } else { text.hardBreak() }
                i += 1
            } else {
                var next = i
                let scalar = decode(&next)
                Self.feed(scalar, at: i, into: &text)
                i = next
            }
        }
        text.finish()
        attribute.finish()
    }

    /// One character at `i` with references and escapes decoded; `i` moves past it.
    func decode(_ i: inout Int) -> Unicode.Scalar? {
        let b = p[i]
        switch b {
        case UInt8(ascii: "&"):
            if let (scalar, end) = Self.reference(p, i) { i = end; return scalar }
        case UInt8(ascii: "\\"):
            if let (scalar, end) = Self.escape(p, i) { i = end; return scalar }
            if mode == .markdown, i + 1 < p.count, Self.isASCIIPunctuation(p[i + 1]) { i += 1; return nil }
        case UInt8(ascii: "%"):
            if i + 2 < p.count, let h = Self.hex(p[i + 1]), let l = Self.hex(p[i + 2]), h < 8 {
                i += 3
                return Unicode.Scalar(h << 4 | l)
            }
        case UInt8(ascii: "\n"):
            // A folded line (iCalendar, e-mail) goes on after a newline and one space or tab.
            if i + 1 < p.count, p[i + 1] == 0x20 || p[i + 1] == 0x09 { i += 2; return nil }
        case UInt8(ascii: "\r"):
            if i + 2 < p.count, p[i + 1] == 0x0A, p[i + 2] == 0x20 || p[i + 2] == 0x09 { i += 3; return nil }
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "~"):
            if mode == .markdown { i += 1; return nil }
        default: break
        }
        return Self.scalar(p, &i)
    }

    /// nil is an invisible character (a fold, a Markdown mark).
    static func feed(_ scalar: Unicode.Scalar?, at offset: Int, into chains: inout DigitChains) {
        guard let scalar else { return }
        switch Reading.of(scalar) {
        case .digit(let d): chains.digit(d, at: offset)
        case .separator: chains.separator()
        case .newline: chains.separator(newline: true)
        case .invisible: break
        case .hardBreak: chains.hardBreak()
        }
    }

    /// At `<`: a comment or CDATA marker (invisible), an inline tag (invisible), `<br>`
    /// (a line break) or any other tag (ends a number). Attribute values are read on their own.
    mutating func tag() {
        if Self.starts(p, i, "<!--") {
            var j = i + 4
            while j < p.count && !Self.starts(p, j, "-->") { j += 1 }
            i = min(p.count, j + 3)
            return
        }
        if Self.starts(p, i, "<![CDATA[") { i += 9; return }
        var j = i + 1
        if j < p.count && p[j] == UInt8(ascii: "/") { j += 1 }
        let nameStart = j
        while j < p.count, Self.isNameByte(p[j]) { j += 1 }
        guard j > nameStart || (j < p.count && (p[j] == UInt8(ascii: "!") || p[j] == UInt8(ascii: "?"))) else {
            // A lone "<" is text.
            text.hardBreak()
            i += 1
            return
        }
        let name = Self.packed(p, nameStart, j)
        // The attributes: each quoted or bare value is a text of its own.
        attribute.hardBreak()
        while j < p.count && p[j] != UInt8(ascii: ">") {
            let b = p[j]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                attribute.hardBreak()
                j += 1
                while j < p.count && p[j] != b {
                    if p[j] >= 0x30 && p[j] <= 0x39 { attribute.digit(p[j] - 0x30, at: j); j += 1; continue }
                    let start = j
                    let scalar = decode(&j)
                    Self.feed(scalar, at: start, into: &attribute)
                }
                attribute.hardBreak()
                j += 1
            } else if b >= 0x30 && b <= 0x39 {
                attribute.digit(b - 0x30, at: j)
                j += 1
            } else {
                attribute.hardBreak()
                j += 1
            }
        }
        attribute.hardBreak()
        i = min(p.count, j + 1)
        if name == Self.br { text.separator(newline: true) } else if !Self.inline.contains(name) { text.hardBreak() }
    }

    /// A tag name of up to eight ASCII letters, lower-cased, in one integer (0 for longer ones):
    /// no string is made for each of the site's millions of tags.
    static func packed(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        guard end - start <= 8 else { return 0 }
        var v: UInt64 = 0
        for k in start..<end { v = v << 8 | UInt64(p[k] | (p[k] >= 0x41 && p[k] <= 0x5A ? 0x20 : 0)) }
        return v
    }

    static func packed(_ name: String) -> UInt64 {
        Array(name.utf8).withUnsafeBufferPointer { packed($0, 0, $0.count) }
    }

    static let br = packed("br")

    /// ASCII bytes that may start a reference, an escape, a fold or a Markdown mark.
    static let special: [Bool] = (0..<128).map { b in "&\\%\n\r*_`~".utf8.contains(UInt8(b)) }

    static let inline: Set<UInt64> = Set(inlineNames.map(packed))

    static let inlineNames: [String] = ["a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
                                      "font", "i", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span",
                                      "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr"]

    static func isNameByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":")
    }

    static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }

    static func starts(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= p.count else { return false }
        return s.withUTF8Buffer { b in (0..<n).allSatisfy { k in p[i + k] == b[k] || (p[i + k] | 0x20) == b[k] } }
    }

    static func hex(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: UInt32(b - 0x30)
        case 0x41...0x46: UInt32(b - 0x41 + 10)
        case 0x61...0x66: UInt32(b - 0x61 + 10)
        default: nil
        }
    }

    /// One UTF-8 scalar at `i` (a malformed byte reads as U+FFFD).
    static func scalar(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Unicode.Scalar {
        let b = p[i]
        var length = 1
        var value = UInt32(b)
        if b >= 0xF0 { length = 4; value = UInt32(b & 0x07) }
        else if b >= 0xE0 { length = 3; value = UInt32(b & 0x0F) }
        else if b >= 0xC0 { length = 2; value = UInt32(b & 0x1F) }
        else if b >= 0x80 { i += 1; return "\u{FFFD}" }
        guard i + length <= p.count else { i += 1; return "\u{FFFD}" }
        for k in 1..<max(length, 1) where length > 1 {
            let c = p[i + k]
            guard c & 0xC0 == 0x80 else { i += 1; return "\u{FFFD}" }
            value = value << 6 | UInt32(c & 0x3F)
        }
        i += length
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// `&#54;`, `&#x36;`, `&nbsp;` … (the semicolon may be missing, as browsers allow for numeric ones).
    static func reference(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        guard j < p.count else { return nil }
        if p[j] == UInt8(ascii: "#") {
            j += 1
            var value: UInt32 = 0
            var digits = 0
            let isHex = j < p.count && (p[j] | 0x20) == UInt8(ascii: "x")
            if isHex { j += 1 }
            while j < p.count, digits < 8 {
                if isHex, let h = hex(p[j]) { value = value * 16 + h }
                else if !isHex, p[j] >= 0x30 && p[j] <= 0x39 { value = value * 10 + UInt32(p[j] - 0x30) }
                else { break }
                digits += 1
                j += 1
            }
            guard digits > 0 else { return nil }
            if j < p.count && p[j] == UInt8(ascii: ";") { j += 1 }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", j)
        }
        let start = j
        while j < p.count, j - start < 32, (p[j] | 0x20) >= 0x61 && (p[j] | 0x20) <= 0x7A || (p[j] >= 0x30 && p[j] <= 0x39) { j += 1 }
        guard j < p.count, p[j] == UInt8(ascii: ";"), j > start else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: p[start..<j]), as: UTF8.self)
        guard let scalar = named[name] else { return nil }
        return (scalar, j + 1)
    }

    /// The named references that can stand between the digits of a number.
    static let named: [String: Unicode.Scalar] = [
        "nbsp": "\u{A0}", "NonBreakingSpace": "\u{A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "emsp13": "\u{2004}",
        "emsp14": "\u{2005}", "numsp": "\u{2007}", "puncsp": "\u{2008}", "thinsp": "\u{2009}", "ThinSpace": "\u{2009}",
        "hairsp": "\u{200A}", "VeryThinSpace": "\u{200A}", "MediumSpace": "\u{205F}", "NoBreak": "\u{2060}",
        "ZeroWidthSpace": "\u{200B}", "NegativeThinSpace": "\u{200B}", "NegativeMediumSpace": "\u{200B}",
        "NegativeThickSpace": "\u{200B}", "NegativeVeryThinSpace": "\u{200B}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "shy": "\u{AD}", "lrm": "\u{200E}", "rlm": "\u{200F}", "InvisibleTimes": "\u{2062}", "it": "\u{2062}",
        "InvisibleComma": "\u{2063}", "ic": "\u{2063}", "ApplyFunction": "\u{2061}", "af": "\u{2061}",
        "hyphen": "\u{2010}", "dash": "\u{2010}", "ndash": "\u{2013}", "mdash": "\u{2014}", "horbar": "\u{2015}",
        "minus": "\u{2212}", "tab": "\t", "Tab": "\t", "NewLine": "\n", "amp": "&", "AMP": "&",
    ]

    /// `\u0036` (with a surrogate pair), `\x36`, and the one-letter escapes of JSON and iCalendar.
    static func escape(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar?, Int)? {
        guard i + 1 < p.count else { return nil }
        switch p[i + 1] {
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            guard let (v, end) = hexRun(p, i + 2, 4) else { return nil }
            if v >= 0xD800 && v < 0xDC00, end + 1 < p.count, p[end] == UInt8(ascii: "\\"), p[end + 1] == UInt8(ascii: "u"),
               let (low, end2) = hexRun(p, end + 2, 4), low >= 0xDC00 && low < 0xE000 {
                return (Unicode.Scalar(0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)), end2)
            }
            return (Unicode.Scalar(v) ?? "\u{FFFD}", end)
        case UInt8(ascii: "x"):
            guard let (v, end) = hexRun(p, i + 2, 2) else { return nil }
            return (Unicode.Scalar(v), end)
        case UInt8(ascii: "n"), UInt8(ascii: "N"): return ("\n", i + 2)
        case UInt8(ascii: "t"), UInt8(ascii: "r"): return (" ", i + 2)
        case UInt8(ascii: "/"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "-"):
            return (Unicode.Scalar(p[i + 1]), i + 2)
        default: return nil
        }
    }

    static func hexRun(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> (UInt32, Int)? {
        guard start + count <= p.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<count {
            guard let h = hex(p[start + k]) else { return nil }
            v = v * 16 + h
        }
        return (v, start + count)
    }
}
