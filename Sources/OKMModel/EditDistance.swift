/// Suggestions for misspelt keys and slugs ("did you mean …").
public enum EditDistance {
    /// Levenshtein distance over Unicode scalars.
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The closest candidate, if it is close enough to be a likely typo
    /// (at most a third of the word's length, and at least 2 edits allowed).
    public static func closest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        var best: (String, Int)?
        let limit = max(2, word.count / 3)
        for c in candidates {
            if abs(c.count - word.count) > limit { continue }
            let d = between(word, c)
            if d <= limit, best == nil || d < best!.1 || (d == best!.1 && c < best!.0) { best = (c, d) }
        }
        return best?.0
    }
}
