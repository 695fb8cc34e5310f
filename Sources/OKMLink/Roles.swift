import OKMModel

/// A link to a document with what it says about the entity (an agenda item's number and
/// title, "директор"). Facts only: Render words them ("т. 1: …" in i18n `agenda_item_note`).
public struct RoleEntry: Sendable, Hashable {
    public var id: DocumentID
    public var note: String?
    /// The agenda item the entry is about (a reporter's); `note` is then the item's title.
    public var agendaItem: Int? = nil
    /// An anchor inside the document (`#decision-2`, `#agenda-1`).
    public var anchor: String?

    public init(id: DocumentID, note: String? = nil, agendaItem: Int? = nil, anchor: String? = nil) {
        self.id = id
        self.note = note
        self.agendaItem = agendaItem
        self.anchor = anchor
    }
}

/// Who did what where: the inverse of the role fields of protocols, events, people and
/// services, built once for the entity pages.
public struct Roles: Sendable, Equatable {
    /// person → agenda items they reported on.
    public var reported: [DocumentID: [RoleEntry]] = [:]
    /// person → events they presented at.
    public var presented: [DocumentID: [RoleEntry]] = [:]
    /// person → protocols they chaired.
    public var chaired: [DocumentID: [RoleEntry]] = [:]
    /// organization or person → protocols of meetings they attended.
    public var attended: [DocumentID: [RoleEntry]] = [:]
    /// organization or person → decisions they are responsible for.
    public var responsibleFor: [DocumentID: [RoleEntry]] = [:]
    /// organization → people with a post in it.
    public var staff: [DocumentID: [RoleEntry]] = [:]
    /// organization → organizations whose parent it is.
    public var units: [DocumentID: [RoleEntry]] = [:]
    /// institution → services that replace it (both directions of replaced_by/replaces).
    public var replacements: [DocumentID: [DocumentID]] = [:]
    /// service → institutions it replaces.
    public var replaces: [DocumentID: [DocumentID]] = [:]
    /// organization → services it provides.
    public var provides: [DocumentID: [RoleEntry]] = [:]
    /// region → its organizations, institutions, services (entities with `region:`).
    public var inRegion: [DocumentID: [DocumentID]] = [:]

    static func build(_ c: Content, resolve: (Reference) -> DocumentID?) -> Roles {
        var r = Roles()
        for p in c.protocols {
            let id = p.header.id
            for a in p.agenda {
                for rep in a.reporters.compactMap(resolve) {
                    r.reported[rep, default: []].append(RoleEntry(id: id, note: a.title, agendaItem: a.number, anchor: "agenda-\(a.number)"))
                }
            }
            if let chair = p.chair.flatMap(resolve) { r.chaired[chair, default: []].append(RoleEntry(id: id)) }
            for a in p.attendees.compactMap(resolve) { r.attended[a, default: []].append(RoleEntry(id: id)) }
            for (d, decisionID) in zip(p.decisions, DecisionIDs.ids(for: p)) {
                for o in d.responsible.compactMap(resolve) {
                    r.responsibleFor[o, default: []].append(RoleEntry(id: id, note: d.text, anchor: DecisionIDs.anchor(decisionID)))
                }
            }
        }
        for e in c.events {
            for pr in e.presenters {
                if let person = resolve(pr.person) {
                    r.presented[person, default: []].append(RoleEntry(id: e.header.id, note: pr.topic))
                }
            }
        }
        for p in c.people {
            for post in p.posts {
                if let org = post.organization.flatMap(resolve) {
                    r.staff[org, default: []].append(RoleEntry(id: p.header.id, note: post.title))
                }
            }
        }
        for o in c.organizations {
            if let parent = o.parent.flatMap(resolve) { r.units[parent, default: []].append(RoleEntry(id: o.header.id)) }
        }
        var pairs: Set<[DocumentID]> = []
        for i in c.institutions { for s in i.replacedBy.compactMap(resolve) { pairs.insert([i.header.id, s]) } }
        for s in c.services {
            for i in s.replaces.compactMap(resolve) { pairs.insert([i, s.header.id]) }
            if let provider = s.provider.flatMap(resolve) { r.provides[provider, default: []].append(RoleEntry(id: s.header.id)) }
        }
        for pair in pairs.sorted(by: { ($0[0], $0[1]) < ($1[0], $1[1]) }) {
            r.replacements[pair[0], default: []].append(pair[1])
            r.replaces[pair[1], default: []].append(pair[0])
        }
        let entities = c.institutions.map(\.header) + c.services.map(\.header) + c.organizations.map(\.header) + c.projects.map(\.header)
        for h in entities {
            if let region = h.region.flatMap(resolve) { r.inRegion[region, default: []].append(h.id) }
        }
        return r
    }
}

/// `replaced_by` on an institution and `replaces` on a service say the same thing from two
/// sides. One side alone is enough; when both sides are written they must agree.
enum ReplacementChecks {
    static func check(_ c: Content, resolve: (Reference) -> DocumentID?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var institutionSays: [DocumentID: Set<DocumentID>] = [:]
        for i in c.institutions where !i.replacedBy.isEmpty {
            institutionSays[i.header.id] = Set(i.replacedBy.compactMap(resolve))
        }
        var serviceSays: [DocumentID: Set<DocumentID>] = [:]
        for s in c.services where !s.replaces.isEmpty { serviceSays[s.header.id] = Set(s.replaces.compactMap(resolve)) }
        for s in c.services {
            for ref in s.replaces {
                guard let inst = resolve(ref), let said = institutionSays[inst] else { continue }
                if !said.contains(s.header.id) {
                    out.append(.error(3040, ref.location, ["service": "\(s.header.id)", "institution": "\(inst)"]))
                }
            }
        }
        for i in c.institutions {
            for ref in i.replacedBy {
                guard let svc = resolve(ref), let said = serviceSays[svc] else { continue }
                if !said.contains(i.header.id) {
                    out.append(.error(3041, ref.location, ["institution": "\(i.header.id)", "service": "\(svc)"]))
                }
            }
        }
        return out
    }
}
