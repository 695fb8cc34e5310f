import OKMModel

/// One form of an entity's name, as a body may write it.
struct MentionPattern: Sendable {
    var id: DocumentID
    var form: String
    var scalars: [UInt32]
    /// Letters of acronyms ("АСП", the "ДМСГД" of "ДМСГД – Русе") match only as written;
    /// other words match in any case ("община Борово" finds "Община Борово").
    var exact: [Bool]

    init(id: DocumentID, form: String) {
        self.id = id
        self.form = form
        let scalars = Array(form.unicodeScalars)
        self.scalars = scalars.map(\.value)
        var exact = [Bool](repeating: false, count: scalars.count)
        var start = 0
        while start < scalars.count {
            guard scalars[start].properties.isAlphabetic else { start += 1; continue }
            var end = start
            while end < scalars.count && scalars[end].properties.isAlphabetic { end += 1 }
            let word = scalars[start..<end]
            if word.count >= 2 && !word.contains(where: { $0.properties.isLowercase }) {
                for k in start..<end { exact[k] = true }
            }
            start = end
        }
        self.exact = exact
    }
}

/// Aho–Corasick over every name, short name and alias at once: one pass over a text finds
/// every occurrence of every form, whatever the number of entities.
struct MentionAutomaton: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    private var fail: [Int32] = [0]
    private var outputs: [[Int32]] = [[]]
    let patterns: [MentionPattern]

    init(_ patterns: [MentionPattern]) {
        self.patterns = patterns
        for (index, p) in patterns.enumerated() {
            var node: Int32 = 0
            for s in p.scalars.map(MentionAutomaton.fold) {
                if let next = children[Int(node)][s] {
                    node = next
                } else {
                    children.append([:]); fail.append(0); outputs.append([])
                    let new = Int32(children.count - 1)
                    children[Int(node)][s] = new
                    node = new
                }
            }
            outputs[Int(node)].append(Int32(index))
        }
        // Breadth-first failure links.
        var queue: [Int32] = Array(children[0].values)
        var head = 0
        while head < queue.count {
            let node = queue[head]; head += 1
            for (s, child) in children[Int(node)] {
                queue.append(child)
                var f = fail[Int(node)]
                while f != 0 && children[Int(f)][s] == nil { f = fail[Int(f)] }
                let target = children[Int(f)][s] ?? 0
                fail[Int(child)] = target == child ? 0 : target
                outputs[Int(child)] += outputs[Int(fail[Int(child)])]
            }
        }
    }

    struct Match: Sendable, Hashable {
        var start: Int
        var end: Int
        var pattern: Int
    }

    /// Every occurrence, on whole words, that respects its pattern's case rule.
    func matches(in text: [Unicode.Scalar]) -> [Match] {
        var out: [Match] = []
        var node: Int32 = 0
        for (i, scalar) in text.enumerated() {
            let s = MentionAutomaton.fold(scalar.value)
            while node != 0 && children[Int(node)][s] == nil { node = fail[Int(node)] }
            node = children[Int(node)][s] ?? 0
            for p in outputs[Int(node)] {
                let pattern = patterns[Int(p)]
                let start = i + 1 - pattern.scalars.count
                let end = i + 1
                guard MentionAutomaton.isBoundary(text, before: start), MentionAutomaton.isBoundary(text, after: end) else { continue }
                if pattern.exact.contains(true),
                   !(0..<pattern.scalars.count).allSatisfy({ k in !pattern.exact[k] || text[start + k].value == pattern.scalars[k] }) { continue }
                out.append(Match(start: start, end: end, pattern: Int(p)))
            }
        }
        return out
    }

    /// Leftmost, then longest; no two chosen matches overlap.
    static func select(_ matches: [Match]) -> [Match] {
        var chosen: [Match] = []
        var reach = 0
        for m in matches.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) where m.start >= reach {
            chosen.append(m)
            reach = m.end
        }
        return chosen
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func isBoundary(_ text: [Unicode.Scalar], before start: Int) -> Bool {
        start == 0 || !isWordScalar(text[start - 1])
    }

    static func isBoundary(_ text: [Unicode.Scalar], after end: Int) -> Bool {
        end == text.count || !isWordScalar(text[end])
    }

    static func typographic(_ s: UInt32) -> UInt32 {
        switch s {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: return 0x22   // “ ” „ ‟ « » ″ → "
        case 0x2018, 0x2019, 0x201A, 0x201B: return 0x27                             // ‘ ’ ‚ ‛ → '
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return 0x2D             // dashes → -
        case 0x0A, 0x00A0, 0x2007, 0x2009, 0x200A, 0x202F: return 0x20               // line breaks, narrow and no-break spaces
        default: return s
        }
    }

    /// Lower-cases Latin and Cyrillic and folds typography, one scalar to one scalar, so
    /// positions in the folded text are positions in the original.
    static func fold(_ s: UInt32) -> UInt32 {
        switch s {
        case 0x41...0x5A: return s + 0x20
        case 0x410...0x42F: return s + 0x20
        case 0x400...0x40F: return s + 0x50
        default: return typographic(s)
        }
    }

}
