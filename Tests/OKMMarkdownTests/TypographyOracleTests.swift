import Testing
@testable import OKMMarkdown

/// Typography was made faster (its case and letter look-ups read from a table, its output
/// encoded byte by byte, a space's look-back tried only after a word's last letter): the
/// version before that change, kept here as the oracle, must give the same text for any input.
@Suite struct TypographyOracleTests {
    /// Pieces a text is drawn from: every rule's words in both cases, digits, quotes, dashes,
    /// spaces of every kind, letters of other scripts (Latin with İ, Greek, Armenian), a
    /// combining mark, an emoji.
    static let pieces: [String] = [
        "г-н", "Г-Н", "г-жа", "Г-жа", "д-р", "Д-Р", "проф.", "ПРОФ.", "№", "т.", "Т.", "ал.", "чл.", "Чл.",
        "г.", "ч.", "%", "лв.", "лв", "лвх", "януари", "Май", "май", "декември", "септемврийски",
        "1", "2014", "7", " ", " ", " ", "  ", "\u{00A0}", "\n", "\t", "-", "--", "–", "—", "\"", "„", "“", "”", "«", "»",
        "(", ")", "[", "/", ".", ",", "Русе", "деца", "İ", "I", "Σ", "ς", "Ա", "ա", "e\u{0301}", "😀", "x", "Z", "Ѐ", "ѐ", "Ӂ",
    ]

    struct Mix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }

    @Test func theFasterTypographyWritesWhatTheOldOneWrote() {
        var rng = Mix(state: 2026_12_05)
        for _ in 0..<20_000 {
            let count = Int(rng.next() % 24)
            let text = (0..<count).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
            #expect(Typography.bulgarian(text) == TypographyBefore.bulgarian(text), "\(text.debugDescription)")
        }
    }

    /// A paragraph written a text node at a time carries its state from piece to piece.
    @Test func piecesOfAParagraphAgreeWithTheOldOnesToo() {
        var rng = Mix(state: 1_000_003)
        for _ in 0..<2_000 {
            var new = Typography.State()
            var old = TypographyBefore.State()
            for _ in 0..<Int(1 + rng.next() % 5) {
                let count = Int(rng.next() % 12)
                let text = (0..<count).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
                #expect(Typography.bulgarian(text, state: &new) == TypographyBefore.bulgarian(text, state: &old), "\(text.debugDescription)")
            }
        }
    }

    /// Every scalar of the table's range: its lower case and whether it is a letter, as Unicode says.
    @Test func theTableIsUnicodesOwnAnswer() {
        for v in 0..<Typography.tableEnd {
            let c = Unicode.Scalar(v)!
            #expect(Typography.lower(c) == TypographyBefore.lower(c), "U+\(String(v, radix: 16))")
            #expect(Typography.isLetter(c) == TypographyBefore.isLetter(c), "U+\(String(v, radix: 16))")
        }
    }
}

/// Typography as it was before it was made faster (2026-12-05), unchanged but for its name.
enum TypographyBefore {
    /// What a piece of text needs to know about the text before it, when one paragraph is
    /// written a text node at a time (a quote opened before `**bold**` closes after it).
    struct State: Sendable {
        /// Quotes open now: 1 inside „…“, 2 inside «…» inside „…“.
        var depth = 0
        /// The last few characters written, for the rules that look back.
        var tail: [Unicode.Scalar] = []
        init() {}

        /// Text written without typography (code, a line break) still ends a word.
        mutating func pass(_ text: String) {
            tail.append(contentsOf: text.unicodeScalars.suffix(TypographyBefore.lookBehind))
            if tail.count > TypographyBefore.lookBehind { tail.removeFirst(tail.count - TypographyBefore.lookBehind) }
        }
    }

    static let nbsp: Unicode.Scalar = "\u{00A0}"
    static let lookBehind = 8

    /// Whether the text has a Cyrillic letter: only such text is Bulgarian text here.
        static func hasCyrillic(_ text: String) -> Bool {
        for b in text.utf8 where b == 0xD0 || b == 0xD1 { return true }
        return false
    }

    /// `bulgarian(_:)` for text with a Cyrillic letter; other text (English, URLs, codes,
    /// numbers alone) unchanged.
    static func ifBulgarian(_ text: String) -> String {
        hasCyrillic(text) && mayChange(text) ? bulgarian(text) : text
    }

    /// False when no rule can apply: no quote, hyphen, dot, digit, "%" or other punctuation
    /// outside ASCII („“”«»№…). Most names and labels a template shows are such text, and the
    /// rules' scalar array is then not made for them (this runs on every escaped text of a build).
        static func mayChange(_ text: String) -> Bool {
        for b in text.utf8 {
            switch b {
            case 0x22, 0x25, 0x2D, 0x2E, 0x30...0x39, 0xC2, 0xE2: return true
            default: continue
            }
        }
        return false
    }

    /// The text with Bulgarian typography.
    static func bulgarian(_ text: String) -> String {
        var state = State()
        return bulgarian(text, state: &state)
    }

    /// One piece of a longer text (a Markdown text node), after the pieces `state` has seen.
    static func bulgarian(_ text: String, state: inout State) -> String {
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
        var result = String.UnicodeScalarView()
        result.append(contentsOf: out[start...])
        state.tail = Array(out.suffix(lookBehind))
        return String(result)
    }

    /// After these a `"` opens a quote.
    static let openers: Set<Unicode.Scalar> = ["(", "[", "{", "„", "«", "–", "—", "-", "/", nbsp]

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == nbsp
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }

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
    /// Words a number is never parted from.
    static let units: [[Unicode.Scalar]] = ["г.", "ч.", "%", "лв.", "лв"].map { Array($0.unicodeScalars) }
    static let months: [[Unicode.Scalar]] = [
        "януари", "февруари", "март", "април", "май", "юни",
        "юли", "август", "септември", "октомври", "ноември", "декември",
    ].map { Array($0.unicodeScalars) }

    /// Whether the space at `i` (the text written so far is `out`) must not break.
    static func keepsNext(_ out: [Unicode.Scalar], _ a: [Unicode.Scalar], after i: Int) -> Bool {
        guard i + 1 < a.count, !isSpace(a[i + 1]) else { return false }
        for word in before where endsWithWord(out, word) { return true }
        if let last = out.last, ("0"..."9").contains(last) {
            for unit in units where startsWithWord(a, at: i + 1, unit) { return true }
            for month in months where startsWithWord(a, at: i + 1, month) { return true }
        }
        return false
    }

    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.properties.lowercaseMapping.unicodeScalars.first ?? c
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
