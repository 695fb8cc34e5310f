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
    public static func bulgarian(_ text: String, state: inout State) -> String {
        let a = Array(text.unicodeScalars)
        var out = state.tail
        let start = out.count
        out.reserveCapacity(start + a.count + 8)
        var i = 0
        while i < a.count {
            let c = a[i]
            switch c {
            case "\"", "„", "“", "”", "«", "»":
                let opens: Bool
                switch c {
                case "„", "«": opens = true
                case "”", "»": opens = false
                default:
                    let before = out.last
                    let next = i + 1 < a.count ? a[i + 1] : nil
                    opens = (before == nil || isSpace(before!) || openers.contains(before!))
                        && !(next.map(isSpace) ?? false)
                }
                if opens {
                    out.append(state.depth % 2 == 0 ? "„" : "«")
                    state.depth += 1
                } else if state.depth == 0 {
                    out.append("“")
                } else {
                    state.depth -= 1
                    out.append(state.depth % 2 == 0 ? "“" : "»")
                }
                i += 1
            case " ":
                // " - ", " -- ", " – ", " — " → no-break space, en dash, space
                if let end = dashEnd(a, from: i + 1), end < a.count, a[end] == " " {
                    out.append(nbsp)
                    out.append("–")
                    i = end
                    continue
                }
                out.append(keepsNext(out, a, after: i) ? nbsp : " ")
                i += 1
            default:
                out.append(c)
                i += 1
            }
        }
        state.tail = Array(out.suffix(lookBehind))
        return utf8(out[start...])
    }

    /// The scalars as a string, encoded byte by byte (appending scalars to a
    /// `String.UnicodeScalarView` one at a time was a seventh of a build's time).
    static func utf8(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 2 + 8)
        for c in scalars {
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
        return String(decoding: bytes, as: UTF8.self)
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

    /// The index after a dash that starts at `i` ("-", "--", "–", "—"), or nil.
    static func dashEnd(_ a: [Unicode.Scalar], from i: Int) -> Int? {
        guard i < a.count else { return nil }
        switch a[i] {
        case "–", "—": return i + 1
        case "-": return i + 1 < a.count && a[i + 1] == "-" ? i + 2 : i + 1
        default: return nil
        }
    }

    /// Words after which a space never breaks (matched lower-cased, as a whole word).
    static let before: [[Unicode.Scalar]] = ["г-н", "г-жа", "д-р", "проф.", "№", "т.", "ал.", "чл."].map { Array($0.unicodeScalars) }
    /// The last letters of `before`: a space after anything else breaks as usual.
    static let beforeEnds: Set<Unicode.Scalar> = Set(before.compactMap(\.last))
    /// Words a number is never parted from.
    static let units: [[Unicode.Scalar]] = ["г.", "ч.", "%", "лв.", "лв"].map { Array($0.unicodeScalars) }
    static let months: [[Unicode.Scalar]] = [
        "януари", "февруари", "март", "април", "май", "юни",
        "юли", "август", "септември", "октомври", "ноември", "декември",
    ].map { Array($0.unicodeScalars) }

    /// Whether the space at `i` (the text written so far is `out`) must not break.
    static func keepsNext(_ out: [Unicode.Scalar], _ a: [Unicode.Scalar], after i: Int) -> Bool {
        guard i + 1 < a.count, !isSpace(a[i + 1]), let last = out.last else { return false }
        if beforeEnds.contains(lower(last)) {
            for word in before where endsWithWord(out, word) { return true }
        }
        if ("0"..."9").contains(last) {
            for unit in units where startsWithWord(a, at: i + 1, unit) { return true }
            for month in months where startsWithWord(a, at: i + 1, month) { return true }
        }
        return false
    }

    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value < tableEnd ? table[Int(c.value)].lower : c.properties.lowercaseMapping.unicodeScalars.first ?? c
    }

    /// `out` ends with `word`, and a non-letter (or nothing) comes before it.
    static func endsWithWord(_ out: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
        guard out.count >= word.count else { return false }
        let from = out.count - word.count
        for k in 0..<word.count where lower(out[from + k]) != word[k] { return false }
        return from == 0 || !isLetter(out[from - 1])
    }

    /// `a` has `word` at `i`, and a letter does not follow it (a word that ends in "." may be
    /// followed by anything).
    static func startsWithWord(_ a: [Unicode.Scalar], at i: Int, _ word: [Unicode.Scalar]) -> Bool {
        guard i + word.count <= a.count else { return false }
        for k in 0..<word.count where a[i + k] != word[k] { return false }
        let end = i + word.count
        return word.last == "." || word.last == "%" || end == a.count || !isLetter(a[end])
    }
}
