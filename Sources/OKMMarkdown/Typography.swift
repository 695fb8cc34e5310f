/// Bulgarian typography for text okm publishes: quotes „…“ (nested «…» only inside „…“),
/// a spaced hyphen made an en dash with a no-break space before it, and no-break spaces
/// after "г-н", "г-жа", "д-р", "проф.", "№", "т.", "ал.", "чл.", between a number and "г.",
/// "ч.", "%", "лв." or a month's name. Sources are never changed: this runs on the way out,
/// on Markdown text nodes (`HTMLRenderer`) and on the text templates show (the escaping).
/// Apostrophes (`'`) are left as written.
public enum Typography {
    /// What a piece of text needs to know about the text before it, when one paragraph is
    /// written a text node at a time (a quote opened before `**bold**` closes after it).
    public struct State: Sendable {
        /// Quotes open now: 1 inside „…“, 2 inside «…» inside „…“.
        var depth = 0
        /// The last few characters written, for the rules that look back.
        var tail: [Unicode.Scalar] = []
        public init() {}

        /// Text written without typography (code, a line break) still ends a word.
        public mutating func pass(_ text: String) {
            tail.append(contentsOf: text.unicodeScalars.suffix(Typography.lookBehind))
            if tail.count > Typography.lookBehind { tail.removeFirst(tail.count - Typography.lookBehind) }
        }
    }

    static let nbsp: Unicode.Scalar = "\u{00A0}"
    static let lookBehind = 8

    /// Whether the text has a Cyrillic letter: only such text is Bulgarian text here.
    @inlinable
    public static func hasCyrillic(_ text: String) -> Bool {
        for b in text.utf8 where b == 0xD0 || b == 0xD1 { return true }
        return false
    }

    /// `bulgarian(_:)` for text with a Cyrillic letter; other text (English, URLs, codes,
    /// numbers alone) unchanged.
    public static func ifBulgarian(_ text: String) -> String {
        hasCyrillic(text) && mayChange(text) ? bulgarian(text) : text
    }

    /// False when no rule can apply: no quote, hyphen, dot, digit, "%" or other punctuation
    /// outside ASCII („“”«»№…). Most names and labels a template shows are such text, and the
    /// rules' scalar array is then not made for them (this runs on every escaped text of a build).
    @inlinable
    public static func mayChange(_ text: String) -> Bool {
        for b in text.utf8 {
            switch b {
            case 0x22, 0x25, 0x2D, 0x2E, 0x30...0x39, 0xC2, 0xE2: return true
            default: continue
            }
        }
        return false
    }

    /// The text with Bulgarian typography.
    public static func bulgarian(_ text: String) -> String {
        var state = State()
        return bulgarian(text, state: &state)
    }

    /// One piece of a longer text (a Markdown text node), after the pieces `state` has seen.
    /// Works on the UTF-8 bytes: every byte but a space, `"` and the lead bytes of „“”«» is
    /// copied as it is; the rules look back at the bytes written (the piece before included)
    /// and ahead at the bytes to come, a scalar at a time. (The scalar-array version this
    /// replaced, the same rules, is the oracle of TypographyOracleTests.)
    public static func bulgarian(_ text: String, state: inout State) -> String {
        var text = text
        return text.withUTF8 { run($0, &state) }
    }

    static func run(_ a: UnsafeBufferPointer<UInt8>, _ state: inout State) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(a.count + 16 + state.tail.count * 4)
        for c in state.tail { append(c, to: &out) }
        let start = out.count
        let n = a.count
        var i = 0
        while i < n {
            let b = a[i]
            let quote: (opens: Bool?, length: Int)?
            switch b {
            case 0x20:
                // " - ", " -- ", " – ", " — " → no-break space, en dash, space
                if let end = dashEnd(a, from: i + 1), end < n, a[end] == 0x20 {
                    out.append(contentsOf: [0xC2, 0xA0, 0xE2, 0x80, 0x93])
                    i = end
                    continue
                }
                if keepsNext(out, a, after: i) { out.append(0xC2); out.append(0xA0) } else { out.append(0x20) }
                i += 1
                continue
            case 0x22: quote = (nil, 1)
            case 0xC2 where i + 1 < n && a[i + 1] == 0xAB: quote = (true, 2)   // «
            case 0xC2 where i + 1 < n && a[i + 1] == 0xBB: quote = (false, 2)  // »
            case 0xE2 where i + 2 < n && a[i + 1] == 0x80 && a[i + 2] == 0x9E: quote = (true, 3)   // „
            case 0xE2 where i + 2 < n && a[i + 1] == 0x80 && a[i + 2] == 0x9D: quote = (false, 3)  // ”
            case 0xE2 where i + 2 < n && a[i + 1] == 0x80 && a[i + 2] == 0x9C: quote = (nil, 3)    // “
            default: quote = nil
            }
            guard let quote else {
                out.append(b)
                i += 1
                continue
            }
            let opens: Bool
            if let known = quote.opens {
                opens = known
            } else {
                let before = last(out)
                let next = i + quote.length < n ? scalar(a, at: i + quote.length) : nil
                opens = (before == nil || isSpace(before!) || openers.contains(before!)) && !(next.map(isSpace) ?? false)
            }
            if opens {
                append(state.depth % 2 == 0 ? "„" : "«", to: &out)
                state.depth += 1
            } else if state.depth == 0 {
                append("“", to: &out)
            } else {
                state.depth -= 1
                append(state.depth % 2 == 0 ? "“" : "»", to: &out)
            }
            i += quote.length
        }
        state.tail = lastScalars(out, lookBehind)
        return String(decoding: out[start...], as: UTF8.self)
    }

    static func append(_ c: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = c.value
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else if v < 0x800 {
            bytes.append(UInt8(0xC0 | v >> 6)); bytes.append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            bytes.append(UInt8(0xE0 | v >> 12)); bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
        } else {
            bytes.append(UInt8(0xF0 | v >> 18)); bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// The scalar that starts at byte `i` of valid UTF-8.
    static func scalar(_ a: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar {
        let b = a[i]
        let v: UInt32
        if b < 0x80 { v = UInt32(b) }
        else if b < 0xE0 { v = UInt32(b & 0x1F) << 6 | UInt32(a[i + 1] & 0x3F) }
        else if b < 0xF0 { v = UInt32(b & 0x0F) << 12 | UInt32(a[i + 1] & 0x3F) << 6 | UInt32(a[i + 2] & 0x3F) }
        else { v = UInt32(b & 0x07) << 18 | UInt32(a[i + 1] & 0x3F) << 12 | UInt32(a[i + 2] & 0x3F) << 6 | UInt32(a[i + 3] & 0x3F) }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }

    /// The scalar that ends just before byte `end` of valid UTF-8, and where it starts.
    static func scalar(_ a: [UInt8], before end: Int) -> (Unicode.Scalar, Int)? {
        guard end > 0 else { return nil }
        var s = end - 1
        while s > 0 && a[s] & 0xC0 == 0x80 { s -= 1 }
        let b = a[s]
        var v: UInt32 = b < 0x80 ? UInt32(b) : b < 0xE0 ? UInt32(b & 0x1F) : b < 0xF0 ? UInt32(b & 0x0F) : UInt32(b & 0x07)
        var k = s + 1
        while k < end { v = v << 6 | UInt32(a[k] & 0x3F); k += 1 }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", s)
    }

    static func last(_ out: [UInt8]) -> Unicode.Scalar? { scalar(out, before: out.count)?.0 }

    static func lastScalars(_ out: [UInt8], _ count: Int) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        var end = out.count
        while scalars.count < count, let (c, s) = scalar(out, before: end) {
            scalars.append(c)
            end = s
        }
        return scalars.reversed()
    }

    /// After these a `"` opens a quote.
    static let openers: Set<Unicode.Scalar> = ["(", "[", "{", "„", "«", "–", "—", "-", "/", nbsp]

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == nbsp
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < tableEnd ? table[Int(c.value)].letter : c.properties.isAlphabetic
    }

    /// Latin, Greek and Cyrillic (below U+0530): a scalar's lower case (the first scalar of its
    /// mapping) and whether it is alphabetic, read from Unicode's properties once, so that the
    /// rules below, which ask at every space, do not look them up (and make a string) each time.
    static let tableEnd: UInt32 = 0x530
    static let table: [(lower: Unicode.Scalar, letter: Bool)] = (0..<tableEnd).map { v in
        let c = Unicode.Scalar(v)!
        return (c.properties.lowercaseMapping.unicodeScalars.first ?? c, c.properties.isAlphabetic)
    }

    /// The index after a dash that starts at byte `i` ("-", "--", "–", "—"), or nil.
    static func dashEnd(_ a: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        guard i < a.count else { return nil }
        if a[i] == 0x2D { return i + 1 < a.count && a[i + 1] == 0x2D ? i + 2 : i + 1 }
        if a[i] == 0xE2, i + 2 < a.count, a[i + 1] == 0x80, a[i + 2] == 0x93 || a[i + 2] == 0x94 { return i + 3 }
        return nil
    }

    /// Words after which a space never breaks (matched lower-cased, as a whole word).
    static let before: [[Unicode.Scalar]] = ["г-н", "г-жа", "д-р", "проф.", "№", "т.", "ал.", "чл."].map { Array($0.unicodeScalars) }
    /// The last letters of `before`: a space after anything else breaks as usual.
    static let beforeEnds: [Unicode.Scalar] = Array(Set(before.compactMap(\.last)))
    /// Words a number is never parted from.
    static let units: [[Unicode.Scalar]] = ["г.", "ч.", "%", "лв.", "лв"].map { Array($0.unicodeScalars) }
    static let months: [[Unicode.Scalar]] = [
        "януари", "февруари", "март", "април", "май", "юни",
        "юли", "август", "септември", "октомври", "ноември", "декември",
    ].map { Array($0.unicodeScalars) }

    /// Whether the space at byte `i` (the bytes written so far are `out`) must not break.
    static func keepsNext(_ out: [UInt8], _ a: UnsafeBufferPointer<UInt8>, after i: Int) -> Bool {
        guard i + 1 < a.count, !isSpace(scalar(a, at: i + 1)), let last = out.last else { return false }
        if last >= 0x30 && last <= 0x39 {
            for unit in unitBytes where startsWithWord(a, at: i + 1, unit) { return true }
            for month in monthBytes where startsWithWord(a, at: i + 1, month) { return true }
            return false
        }
        guard let (c, _) = scalar(out, before: out.count), beforeEnds.contains(lower(c)) else { return false }
        for word in before where endsWithWord(out, word) { return true }
        return false
    }

    static let unitBytes: [[UInt8]] = units.map { Array(String(String.UnicodeScalarView($0)).utf8) }
    static let monthBytes: [[UInt8]] = months.map { Array(String(String.UnicodeScalarView($0)).utf8) }

    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value < tableEnd ? table[Int(c.value)].lower : c.properties.lowercaseMapping.unicodeScalars.first ?? c
    }

    /// `out` ends with `word`, and a non-letter (or nothing) comes before it.
    static func endsWithWord(_ out: [UInt8], _ word: [Unicode.Scalar]) -> Bool {
        var end = out.count
        for k in stride(from: word.count - 1, through: 0, by: -1) {
            guard let (c, s) = scalar(out, before: end), lower(c) == word[k] else { return false }
            end = s
        }
        guard let (before, _) = scalar(out, before: end) else { return true }
        return !isLetter(before)
    }

    /// `a` has `word` at byte `i`, and a letter does not follow it (a word that ends in "." may be
    /// followed by anything).
    static func startsWithWord(_ a: UnsafeBufferPointer<UInt8>, at i: Int, _ word: [UInt8]) -> Bool {
        guard i + word.count <= a.count else { return false }
        for k in 0..<word.count where a[i + k] != word[k] { return false }
        let end = i + word.count
        return word.last == 0x2E || word.last == 0x25 || end == a.count || !isLetter(scalar(a, at: end))
    }
}
