/// Transliteration of Bulgarian Cyrillic to Latin and URL slugs.
///
/// Follows the official system of the Transliteration Act (Закон за транслитерацията,
/// 2009): one table for all letters, the rule that "ия" at the end of a word is written
/// "ia", and the Act's exception "България" → "Bulgaria". Works in one pass over the
/// Unicode scalars; no regular expressions.
public enum Slug {
    /// Official Bulgarian transliteration (Закон за транслитерацията, 2009), case preserved
    /// (Щ→Sht, щ→sht, ЩУКА→SHTUKA when the whole word is upper case), other characters unchanged.
    public static func transliterate(_ text: String) -> String {
        var sink = StringSink()
        run(text, into: &sink)
        return String(sink.out)
    }

    /// transliterate, lower-case, every run of characters other than [a-z0-9] becomes one "-",
    /// no leading/trailing "-". May return "" (caller reports empty slugs).
    public static func make(_ text: String) -> String {
        var sink = SlugSink()
        sink.bytes.reserveCapacity(text.utf8.count)
        run(text, into: &sink)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    // MARK: - Table

    /// Lower-case transliterations of а (U+0430) … я (U+044F); nil for the Russian-only ы and э,
    /// which pass through unchanged.
    private static let table: [String?] = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sht", "a", nil, "y", nil, "yu", "ya",
    ]

    // MARK: - Core

    private static func run<S: ScalarSink>(_ text: String, into sink: inout S) {
        let u = text.unicodeScalars
        var i = u.startIndex
        // Per-word cache of "every cased letter of the word is upper case".
        var wordStart = u.startIndex
        var inWord = false
        var wordUpper: Bool? = nil
        var bulgariaHardSign: String.UnicodeScalarView.Index? = nil

        while i < u.endIndex {
            let c = u[i]
            let next = u.index(after: i)
            let letter = isLetter(c)
            if letter && !inWord {
                inWord = true; wordStart = i; wordUpper = nil
                if c.value == 0x0411 || c.value == 0x0431 { bulgariaHardSign = isBulgaria(u, from: i) ? next : nil }
            }
            if !letter && !isCombining(c) { inWord = false }

            guard let (lowerIndex, upper) = bulgarianIndex(c), let latin = table[lowerIndex] else {
                sink.put(c)
                i = next
                continue
            }
            var j = next
            var mapped = latin
            // The Act's one exception: the country name "България" is written "Bulgaria".
            if lowerIndex == 26, i == bulgariaHardSign { mapped = "u" }
            // Decomposed й (и + U+0306); grave (ѝ) and stress accents are dropped.
            while j < u.endIndex, isCombining(u[j]) {
                let m = u[j].value
                if m == 0x0306 && lowerIndex == 8 { mapped = "y" } else if m != 0x0300 && m != 0x0301 { break }
                j = u.index(after: j)
            }
            // "ия" at the end of a word → "ia".
            if lowerIndex == 8, mapped == "i", j < u.endIndex, let (ya, yaUpper) = bulgarianIndex(u[j]), ya == 31 {
                var k = u.index(after: j)
                while k < u.endIndex, isCombining(u[k]) { k = u.index(after: k) }
                if k == u.endIndex || !isLetter(u[k]) {
                    put(upper ? "I" : "i", into: &sink)
                    put(yaUpper ? "A" : "a", into: &sink)
                    i = k
                    inWord = false
                    continue
                }
            }
            if !upper {
                put(mapped, into: &sink)
            } else if mapped.utf8.count == 1 {
                upperASCII(mapped, into: &sink)
            } else {
                if wordUpper == nil { wordUpper = isUpperWord(u, from: wordStart) }
                if wordUpper! { upperASCII(mapped, into: &sink) } else { titleASCII(mapped, into: &sink) }
            }
            i = j
        }
    }

    /// Index 0…31 into `table` and whether the letter is upper case; covers ѝ/Ѝ as и/И.
    @inline(__always)
    private static func bulgarianIndex(_ c: Unicode.Scalar) -> (Int, Bool)? {
        let v = c.value
        switch v {
        case 0x0430...0x044F: return (Int(v - 0x0430), false)
        case 0x0410...0x042F: return (Int(v - 0x0410), true)
        case 0x045D: return (8, false)
        case 0x040D: return (8, true)
        default: return nil
        }
    }

    @inline(__always)
    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v >= 0x0400 && v <= 0x04FF { return bulgarianIndex(c) != nil || c.properties.isAlphabetic }
        return c.properties.isAlphabetic
    }

    @inline(__always)
    private static func isCombining(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x0300 { return false }
        if v <= 0x036F { return true }
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// True when the word starting at `start` is exactly "България" in any letter case.
    private static func isBulgaria(_ u: String.UnicodeScalarView, from start: String.UnicodeScalarView.Index) -> Bool {
        var k = start
        for expected in "българия".unicodeScalars {
            guard k < u.endIndex, let (idx, _) = bulgarianIndex(u[k]),
                  UInt32(0x0430 + idx) == expected.value else { return false }
            k = u.index(after: k)
        }
        return k == u.endIndex || !(isLetter(u[k]) || isCombining(u[k]))
    }

    /// True when the word starting at `start` has no lower-case letter and at least two
    /// upper-case ones (a lone capital such as "Щ." is treated as title case).
    private static func isUpperWord(_ u: String.UnicodeScalarView, from start: String.UnicodeScalarView.Index) -> Bool {
        var k = start
        var uppers = 0
        while k < u.endIndex {
            let c = u[k]
            if isLetter(c) {
                if c.properties.isLowercase { return false }
                if c.properties.isUppercase { uppers += 1 }
            } else if !isCombining(c) {
                break
            }
            k = u.index(after: k)
        }
        return uppers >= 2
    }

    /// Emits a lower-case ASCII string unchanged.
    @inline(__always)
    private static func put<S: ScalarSink>(_ s: String, into sink: inout S) {
        for b in s.utf8 { sink.put(Unicode.Scalar(b)) }
    }

    /// Emits a lower-case ASCII string in upper case ("sht" → "SHT").
    @inline(__always)
    private static func upperASCII<S: ScalarSink>(_ s: String, into sink: inout S) {
        for b in s.utf8 { sink.put(Unicode.Scalar(b &- 0x20)) }
    }

    /// Emits a lower-case ASCII string with its first letter capitalised ("sht" → "Sht").
    @inline(__always)
    private static func titleASCII<S: ScalarSink>(_ s: String, into sink: inout S) {
        var first = true
        for b in s.utf8 { sink.put(Unicode.Scalar(first ? b &- 0x20 : b)); first = false }
    }
}

private protocol ScalarSink {
    mutating func put(_ c: Unicode.Scalar)
}

private struct StringSink: ScalarSink {
    var out = String.UnicodeScalarView()
    mutating func put(_ c: Unicode.Scalar) { out.append(c) }
}

/// Lower-cases ASCII, keeps [a-z0-9], turns every other run into a single "-".
private struct SlugSink: ScalarSink {
    var bytes: [UInt8] = []
    var pendingDash = false

    mutating func put(_ c: Unicode.Scalar) {
        var v = c.value
        if v >= 0x41 && v <= 0x5A { v |= 0x20 }
        if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
            if pendingDash { bytes.append(0x2D); pendingDash = false }
            bytes.append(UInt8(v))
        } else if !bytes.isEmpty {
            pendingDash = true
        }
    }
}
