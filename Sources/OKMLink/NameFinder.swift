import OKMModel

/// Finds the records a text names — people by their name; institutions, services, projects,
/// organizations and regions by their name, short name or alias — with the same automaton
/// and word rules as the mentions of bodies (case and typography folded, acronyms as written).
/// For `okm import`, which fills a draft's references from the names a document writes.
public struct NameFinder: Sendable {
    public struct Found: Sendable, Hashable {
        public var id: DocumentID
        /// The form matched, as the record writes it.
        public var form: String
        /// Where in the text, in Unicode scalars.
        public var range: Range<Int>
    }

    let automaton: MentionAutomaton
    let ids: [DocumentID]

    /// Every record of `kinds` that has names (people by their name, the others by every form).
    public init(_ content: Content, kinds: Set<Kind> = Set(Kind.allCases.filter(\.isEntity))) {
        var owners: [String: Set<DocumentID>] = [:]
        var forms: [String: String] = [:]
        func add(_ id: DocumentID, _ all: [String]) {
            for form in Set(all) where form.unicodeScalars.count >= 2 {
                let key = MentionKey.of(form)
                owners[key, default: []].insert(id)
                forms[key] = forms[key] ?? form
            }
        }
        if kinds.contains(.people) { for x in content.people { add(x.header.id, [x.name]) } }
        if kinds.contains(.institutions) { for x in content.institutions { add(x.header.id, x.names.all) } }
        if kinds.contains(.services) { for x in content.services { add(x.header.id, x.names.all) } }
        if kinds.contains(.projects) { for x in content.projects { add(x.header.id, x.names.all) } }
        if kinds.contains(.organizations) { for x in content.organizations { add(x.header.id, x.names.all) } }
        if kinds.contains(.regions) { for x in content.regions { add(x.header.id, x.names.all) } }
        var patterns: [MentionPattern] = []
        var ids: [DocumentID] = []
        // A form two records share names neither: the importer lists it as unknown instead.
        for key in owners.keys.sorted() where owners[key]!.count == 1 {
            let id = owners[key]!.first!
            patterns.append(MentionPattern(id: id, entity: ids.count, form: forms[key]!))
            ids.append(id)
        }
        automaton = MentionAutomaton(patterns)
        self.ids = ids
    }

    /// Leftmost-longest, non-overlapping: every record the text names, in order.
    public func find(in text: String) -> [Found] {
        let scalars = Array(text.unicodeScalars)
        return MentionAutomaton.select(automaton.matches(in: scalars)).map { m in
            let p = automaton.patterns[m.pattern]
            return Found(id: p.id, form: p.form, range: m.start..<m.end)
        }
    }
}
