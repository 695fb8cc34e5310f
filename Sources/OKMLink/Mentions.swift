import OKMModel

/// Finds the names of institutions, services, projects and organizations in bodies. The
/// first mention of an entity in a document becomes a link (`Inline.mention`); every
/// mention counts as a reference. Headings, links, images, code and raw HTML are left alone.
struct Mentions: Sendable {
    let automaton: MentionAutomaton
    /// The entities the patterns name; a pattern's `entity` is a position here, so that matching
    /// counts and remembers small integers instead of hashing identifiers.
    let entities: [DocumentID]
    let entityIndex: [DocumentID: Int]

    /// The forms of every mentionable entity; a form two entities share is an error, and
    /// is left out of matching so neither gets the other's links.
    static func build(_ content: Content) -> (Mentions, [Diagnostic]) {
        var owners: [String: [(DocumentID, SourceLocation?)]] = [:]
        var forms: [String: String] = [:]
        func add(_ id: DocumentID, _ names: Names) {
            for form in Set(names.all) where form.unicodeScalars.count >= 2 {
                let key = MentionKey.of(form)
                owners[key, default: []].append((id, names.locations[form]))
                forms[key] = forms[key] ?? form
            }
        }
        for x in content.institutions { add(x.header.id, x.names) }
        for x in content.services { add(x.header.id, x.names) }
        for x in content.projects { add(x.header.id, x.names) }
        for x in content.organizations { add(x.header.id, x.names) }

        var patterns: [MentionPattern] = []
        var entities: [DocumentID] = []
        var entityIndex: [DocumentID: Int] = [:]
        var diagnostics: [Diagnostic] = []
        for key in owners.keys.sorted() {
            let list = owners[key]!
            let distinct = Set(list.map(\.0))
            let form = forms[key] ?? key
            if distinct.count > 1 {
                let ids = distinct.sorted()
                for (id, location) in list where location != nil {
                    let others = ids.filter { $0 != id }.map(\.description).joined(separator: ", ")
                    diagnostics.append(.error(3070, location!, ["name": "\(form)", "others": "\(others)"]))
                }
                continue
            }
            let id = list[0].0
            let entity = entityIndex[id] ?? entities.count
            if entity == entities.count { entities.append(id); entityIndex[id] = entity }
            patterns.append(MentionPattern(id: id, entity: entity, form: form))
        }
        return (Mentions(automaton: MentionAutomaton(patterns), entities: entities, entityIndex: entityIndex), diagnostics)
    }

    struct Result: Sendable {
        var blocks: [Block]
        /// Every entity mentioned, in order of first appearance, with the number of its mentions.
        var mentioned: [(id: DocumentID, count: Int)]
    }

    func apply(to blocks: [Block], owner: DocumentID) -> Result {
        var linker = Linker(mentions: self, state: State(owner: entityIndex[owner] ?? -1))
        let out = linker.rewrite(blocks)
        let state = linker.state
        return Result(blocks: out, mentioned: state.order.map { (entities[$0], state.counts[$0] ?? 0) })
    }

    fileprivate struct State {
        /// The position of the document itself in `entities` (-1 when it is not an entity).
        let owner: Int
        /// Mentions so far, by entity; `order` lists the mentioned entities as they first appear.
        var counts: [Int: Int] = [:]
        var order: [Int] = []
        var linked: Set<Int> = []

        mutating func mention(_ entity: Int) {
            if counts[entity] == nil { order.append(entity) }
            counts[entity, default: 0] += 1
        }
    }

    /// Text in paragraphs at any depth, through emphasis and strong; not headings, a link's
    /// text (a mention there would be a link in a link), an image's alt, code or raw HTML.
    private struct Linker: MarkdownRewriter {
        let mentions: Mentions
        var state: State

        /// A block without a new link is handed back as it was: its storage stays shared with
        /// the loaded document instead of being copied for every body of the site.
        mutating func rewrite(_ b: Block) -> Block {
            if case .heading = b { return b }
            let before = state.linked.count
            let changed = rewriteChildren(of: b)
            return state.linked.count == before ? b : changed
        }

        /// Runs of text and soft breaks are matched as one string, so a name broken over two
        /// lines is still found.
        mutating func rewrite(_ list: [Inline], line: Int) -> [Inline] {
            var out: [Inline] = []
            var run: [Inline] = []
            for i in list {
                switch i {
                case .text, .softBreak: run.append(i)
                default:
                    if !run.isEmpty { out += mentions.run(run, &state); run = [] }
                    out.append(rewrite(i, line: line))
                }
            }
            if !run.isEmpty { out += mentions.run(run, &state) }
            return out
        }

        mutating func rewrite(_ inline: Inline, line: Int) -> Inline {
            switch inline {
            case .link, .image, .mention, .code, .html: return inline
            default: return rewriteChildren(of: inline, line: line)
            }
        }
    }

    fileprivate func run(_ run: [Inline], _ s: inout State) -> [Inline] {
        var scalars: [Unicode.Scalar] = []
        for i in run {
            switch i {
            case .text(let t): scalars.append(contentsOf: t.unicodeScalars)
            default: scalars.append("\n")
            }
        }
        let found = MentionAutomaton.select(automaton.matches(in: scalars)).filter {
            automaton.entity(of: $0) != s.owner
        }
        // Only the first mention of an entity becomes a link; a run with no new one stays as it was.
        guard found.contains(where: { !s.linked.contains(automaton.entity(of: $0)) }) else {
            for m in found { s.mention(automaton.entity(of: m)) }
            return run
        }
        var out: [Inline] = []
        var cursor = 0
        func emit(_ range: Range<Int>) {
            // Text with the original soft breaks kept.
            var text = String.UnicodeScalarView()
            for sc in scalars[range] {
                if sc == "\n" {
                    if !text.isEmpty { out.append(.text(String(text))); text = String.UnicodeScalarView() }
                    out.append(.softBreak)
                } else {
                    text.append(sc)
                }
            }
            if !text.isEmpty { out.append(.text(String(text))) }
        }
        for m in found {
            let entity = automaton.entity(of: m)
            s.mention(entity)
            guard s.linked.insert(entity).inserted else { continue }
            emit(cursor..<m.start)
            var name = String.UnicodeScalarView()
            for sc in scalars[m.start..<m.end] { name.append(sc == "\n" ? " " : sc) }
            out.append(.mention(entities[entity], [.text(String(name))]))
            cursor = m.end
        }
        emit(cursor..<scalars.count)
        return out
    }
}

enum MentionKey {
    /// Forms that match the same texts share a key: the folded form, with acronym letters kept as written.
    static func of(_ form: String) -> String {
        let pattern = MentionPattern(id: DocumentID(.pages, ""), entity: 0, form: form)
        var v = String.UnicodeScalarView()
        for (k, s) in form.unicodeScalars.enumerated() {
            let folded = pattern.exact[k] ? s.value : MentionAutomaton.fold(s.value)
            v.append(Unicode.Scalar(folded) ?? s)
        }
        return String(v)
    }
}

extension Mentions {
    /// Links the mentions of every body in place, a chunk of documents at a time (the chunk in
    /// parallel; `Content.updateHeaders` frees each old body once its new one is in). Returns
    /// what each document mentions, in document order.
    func link(_ content: inout Content) -> [(DocumentID, [(id: DocumentID, count: Int)])] {
        var found: [(DocumentID, [(id: DocumentID, count: Int)])] = []
        content.updateHeaders(chunk: 256) { headers in
            headers.parallelMap { h in
                let result = apply(to: h.body.blocks, owner: h.id)
                var h = h
                h.body.blocks = result.blocks
                return (h, result.mentioned)
            }.map { h, mentioned in
                found.append((h.id, mentioned))
                return h
            }
        }
        return found
    }
}
