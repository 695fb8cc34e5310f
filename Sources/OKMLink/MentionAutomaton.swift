import OKMModel

/// One form of an entity's name, as a body may write it.
struct MentionPattern: Sendable {
    var id: DocumentID
    /// The position of `id` in the list of mentionable entities.
    var entity: Int
    var form: String
    var scalars: [UInt32]
    /// Letters of acronyms ("АСП", the "ДМСГД" of "ДМСГД – Русе") match only as written;
    /// other words match in any case ("община Борово" finds "Община Борово").
    var exact: [Bool]

    init(id: DocumentID, entity: Int, form: String) {
        self.id = id
        self.entity = entity
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
/// every occurrence of every form, whatever the number of entities. Transitions live in
/// one open-addressing hash table keyed by (state, folded scalar), so a step is a multiply,
/// a mask and usually one probe.
struct MentionAutomaton: Sendable {
    private var keys: [UInt64]
    private var targets: [Int32]
    private var mask: Int
    private var fail: [Int32] = [0]
    /// Patterns that end at each state (its own and, through failure links, shorter ones).
    private var outputs: [[Int32]] = [[]]
    let patterns: [MentionPattern]
    /// Per pattern, read on every candidate match (without copying the pattern): its length,
    /// whether it has letters that match only as written, and its entity.
    private let lengths: [Int]
    private let hasExact: [Bool]
    private let entities: [Int]

    init(_ patterns: [MentionPattern]) {
        self.patterns = patterns
        lengths = patterns.map(\.scalars.count)
        hasExact = patterns.map { $0.exact.contains(true) }
        entities = patterns.map(\.entity)
        // Build the trie with a dictionary per state, then flatten it.
        var children: [[UInt32: Int32]] = [[:]]
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
        let edges = children.reduce(0) { $0 + $1.count }
        var capacity = 16
        while capacity < edges * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: UInt64.max, count: capacity)
        targets = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        for (node, map) in children.enumerated() {
            for (s, child) in map {
                let key = UInt64(node) << 32 | UInt64(s)
                var slot = MentionAutomaton.slot(key, mask)
                while keys[slot] != UInt64.max { slot = (slot + 1) & mask }
                keys[slot] = key
                targets[slot] = child
            }
        }
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E3779B97F4A7C15) >> 40) & mask
    }

    @inline(__always) private func step(_ node: Int32, _ s: UInt32) -> Int32? {
        let key = UInt64(node) << 32 | UInt64(s)
        var slot = MentionAutomaton.slot(key, mask)
        while true {
            let k = keys[slot]
            if k == key { return targets[slot] }
            if k == UInt64.max { return nil }
            slot = (slot + 1) & mask
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
        for i in text.indices {
            let s = MentionAutomaton.fold(text[i].value)
            while true {
                if let next = step(node, s) { node = next; break }
                if node == 0 { break }
                node = fail[Int(node)]
            }
            let found = outputs[Int(node)]
            if found.isEmpty { continue }
            for p in found {
                let p = Int(p)
                let start = i + 1 - lengths[p]
                let end = i + 1
                guard MentionAutomaton.isBoundary(text, before: start), MentionAutomaton.isBoundary(text, after: end) else { continue }
                if hasExact[p], !matchesAsWritten(patterns[p], text, at: start) { continue }
                out.append(Match(start: start, end: end, pattern: p))
            }
        }
        return out
    }

    private func matchesAsWritten(_ pattern: borrowing MentionPattern, _ text: [Unicode.Scalar], at start: Int) -> Bool {
        (0..<pattern.scalars.count).allSatisfy { k in !pattern.exact[k] || text[start + k].value == pattern.scalars[k] }
    }

    /// The entity a match names.
    @inline(__always) func entity(of match: Match) -> Int { entities[match.pattern] }

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

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v >= 0x400 && v <= 0x4FF { return true }
        return s.properties.isAlphabetic || s.properties.numericType != nil
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
    @inline(__always) static func fold(_ s: UInt32) -> UInt32 {
        switch s {
        case 0x41...0x5A: return s + 0x20
        case 0x410...0x42F: return s + 0x20
        case 0x400...0x40F: return s + 0x50
        case 0x61...0x7A, 0x430...0x45F: return s
        default: return typographic(s)
        }
    }
}
