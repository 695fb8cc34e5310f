import OKMModel

/// Link: typed content → Site. Resolves every reference (a reference to nothing is an
/// error at its line, with the closest slug), builds backlinks. It holds no words: a
/// title a record lacks is worded in Render (DerivedTitles), in the page's language.
public enum Linker {
    /// `leftOut` are drafts that exist but are not published: a reference to one is an
    /// error that says so, rather than "unknown".
    public static func link(_ content: consuming Content, leftOut: Set<DocumentID> = []) -> (Site, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []

        // A protocol without a title keeps none: Render words it from its number and region (i18n).

        var summaries: [DocumentID: DocumentSummary] = [:]
        func add(_ h: Header, _ title: String) {
            summaries[h.id] = DocumentSummary(id: h.id, title: title, url: URLs.path(of: h.id, archiveDate: h.archiveDate),
                                              date: h.date, path: h.path, archiveDate: h.archiveDate, region: nil)
        }
        for x in content.protocols { add(x.header, Titles.title(of: x.header)) }
        for x in content.news { add(x.header, Titles.title(of: x.header)) }
        for x in content.events { add(x.header, Titles.title(of: x.header)) }
        for x in content.pages { add(x.header, Titles.title(of: x.header)) }
        for x in content.institutions { add(x.header, x.names.name) }
        for x in content.services { add(x.header, x.names.name) }
        for x in content.projects { add(x.header, x.names.name) }
        for x in content.organizations { add(x.header, x.names.name) }
        for x in content.people { add(x.header, x.name) }
        for x in content.regions { add(x.header, x.names.name) }

        var slugsByKind: [Kind: [String]] = [:]
        for id in summaries.keys { slugsByKind[id.kind, default: []].append(id.slug) }

        // Every reference of every document, resolved or reported.
        var outgoing: [DocumentID: [DocumentID]] = [:]
        for (owner, refs) in References.all(in: content) {
            var targets: [DocumentID] = []
            for ref in refs {
                if let id = resolve(ref, summaries) {
                    if id != owner { targets.append(id) }
                } else if let draft = ref.kinds.map({ DocumentID($0, ref.slug) }).first(where: leftOut.contains) {
                    diagnostics.append(.error(3002, ref.location, ["slug": "\(draft)"]))
                } else {
                    diagnostics.append(unresolved(ref, slugsByKind))
                }
            }
            outgoing[owner] = targets
        }
        for (owner, refs) in outgoing {
            if let r = refs.first(where: { $0.kind == .regions }) { summaries[owner]?.region = r }
        }

        diagnostics += AgendaChecks.check(content.protocols)
        diagnostics += ProtocolNumbers.check(content)
        // An undated timeline step is placed at its source's date (when the source has one).
        for i in content.institutions.indices {
            for n in content.institutions[i].timeline.indices where content.institutions[i].timeline[n].date == nil {
                let source = content.institutions[i].timeline[n].source?.record.flatMap { resolve($0, summaries) }
                content.institutions[i].timeline[n].sourceDate = source.flatMap { summaries[$0]?.date }
            }
        }
        diagnostics += TimelineChecks.check(content.institutions)

        // Mentions: names found in bodies become links and count as references.
        let (mentions, mentionProblems) = Mentions.build(content)
        diagnostics += mentionProblems
        var mentionCounts: [DocumentID: [DocumentID: Int]] = [:]
        for (id, mentioned) in mentions.link(&content) where !mentioned.isEmpty {
            outgoing[id, default: []] += mentioned.map(\.id)
            for m in mentioned { mentionCounts[m.id, default: [:]][id, default: 0] += m.count }
        }

        var backlinks: [DocumentID: Set<DocumentID>] = [:]
        for (owner, targets) in outgoing {
            for t in targets { backlinks[t, default: []].insert(owner) }
        }
        // Newest first; the sort keys are made once per document, not in every comparison.
        var dayKey: [DocumentID: Int] = [:]
        for (id, s) in summaries { dayKey[id] = s.archiveDate?.earliest?.key ?? 0 }
        var sortedBacklinks: [DocumentID: [DocumentID]] = [:]
        for (k, v) in backlinks {
            sortedBacklinks[k] = v.map { (dayKey[$0] ?? 0, $0) }
                .sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.map(\.1)
        }

        var byRegion: [String: [DocumentID]] = [:]
        for p in oldestFirst(content.protocols) {
            if let r = p.header.region { byRegion[r.slug, default: []].append(p.header.id) }
        }

        let resolver: (Reference) -> DocumentID? = { resolve($0, summaries) }
        diagnostics += ReplacementChecks.check(content, resolve: resolver)
        let roles = Roles.build(content, resolve: resolver)
        let (decisions, decisionProblems) = DecisionIndex.build(content, resolve: resolver, dateOf: { summaries[$0]?.date })
        let positions = Site.positions(of: content)
        var site = Site(settings: content.settings, content: content, summaries: summaries,
                        backlinks: sortedBacklinks, protocolsByRegion: byRegion,
                        roles: roles, mentionCounts: mentionCounts)
        site.decisions = decisions
        site.positions = positions
        for list in byRegion.values { for (i, id) in list.enumerated() { site.placeInRegion[id] = i } }
        site.mentions = mentions
        diagnostics += decisionProblems
        return (site, diagnostics.sorted())
    }

    /// Protocols by meeting day (undated first), then by identifier. The keys are made once,
    /// and the positions sorted rather than the records.
    static func oldestFirst(_ protocols: [ProtocolRecord]) -> [ProtocolRecord] {
        let keys = protocols.map { p in (p.header.archiveDate.map { $0.earliest?.key ?? 0 } ?? -1, p.header.id) }
        return protocols.indices.sorted { keys[$0] < keys[$1] }.map { protocols[$0] }
    }

    static func resolve(_ ref: Reference, _ summaries: [DocumentID: DocumentSummary]) -> DocumentID? {
        for k in ref.kinds where summaries[DocumentID(k, ref.slug)] != nil { return DocumentID(k, ref.slug) }
        return nil
    }

    static func unresolved(_ ref: Reference, _ slugsByKind: [Kind: [String]]) -> Diagnostic {
        let what = MessageArgument.or(ref.kinds.map(MessageArgument.kind))
        let candidates = ref.kinds.flatMap { slugsByKind[$0] ?? [] }
        if let near = EditDistance.closest(to: ref.slug, in: candidates) {
            return .error(3001, ref.location, variant: "near", ["what": what, "slug": "\(ref.slug)", "suggestion": "\(near)"],
                          notes: [DiagnosticNote(Message("note.didYouMean", ["suggestion": "\(near)"]))])
        } else if candidates.isEmpty {
            return .error(3001, ref.location, variant: "none", ["what": what, "slug": "\(ref.slug)", "folders": .or(ref.kinds.map { "\($0.folder)/" })])
        } else {
            return .error(3001, ref.location, variant: "file", ["what": what, "slug": "\(ref.slug)", "files": .or(ref.kinds.map { "\($0.folder)/\(ref.slug).md" })])
        }
    }
}
