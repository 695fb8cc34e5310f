import OKMLink
import OKMModel

/// One file of `/data/`: its name, what it holds, and the fields of each item (the `/data/`
/// page documents them from the UI strings `datafield_<field>`).
struct DataFileSpec: Sendable {
    var name: String
    /// The collection: a kind's records, the people's posts, the protocols' decisions.
    var collection: DataCollection
    /// The collection's name: `protocols`, `memberships`, `decisions`…
    var key: String { collection.key }
    var format: String
    var fields: [String]
    /// The Popolo class the items follow, when one fits.
    var popolo: String? = nil
}

/// What one file of `/data/` holds.
enum DataCollection: Sendable, Hashable {
    case records(Kind)
    case memberships
    case decisions

    var key: String {
        switch self {
        case .records(let kind): kind.folder
        case .memberships: "memberships"
        case .decisions: "decisions"
        }
    }
}

/// Open data: JSON for every collection, CSV for the decisions. Items refer to each other by
/// `kind/slug` ids (`people/stanimir-stanchev`); bodies are the public text only.
enum OpenData {
    static let common = ["id", "url"]
    static let recordTail = ["summary", "tags", "related", "text", "images", "attachments", "sources"]
    static let catalog: [DataFileSpec] = [
        DataFileSpec(name: "protocols.json", collection: .records(.protocols), format: "JSON", fields: common + [
            "title", "number", "date", "date_earliest", "date_latest", "time", "place", "region", "approved_by", "approved_on", "original", "chair", "chair_post", "attendees",
            "attendance", "attendance_note", "agenda", "decisions", "next_meeting", "prepared_by"] + recordTail),
        DataFileSpec(name: "news.json", collection: .records(.news), format: "JSON", fields: common + ["title", "date", "date_earliest", "date_latest", "event_date", "region"] + recordTail),
        DataFileSpec(name: "events.json", collection: .records(.events), format: "JSON", fields: common + [
            "name", "classification", "start_date", "end_date", "date", "date_earliest", "date_latest", "location", "region", "participants", "presenters",
            "description", "tags", "related", "text", "images", "attachments", "sources"], popolo: "Event"),
        DataFileSpec(name: "institutions.json", collection: .records(.institutions), format: "JSON", fields: common + [
            "name", "other_names", "classification", "region", "municipality", "capacity", "status", "timeline",
            "replaced_by", "related", "text", "sources"]),
        DataFileSpec(name: "services.json", collection: .records(.services), format: "JSON", fields: common + [
            "name", "other_names", "classification", "region", "provider", "opened", "opened_earliest", "opened_latest", "capacity", "replaces", "related", "text", "sources"]),
        DataFileSpec(name: "projects.json", collection: .records(.projects), format: "JSON", fields: common + [
            "name", "other_names", "code", "beneficiary", "partners", "associates", "programme", "fund",
            "start_date", "start_date_earliest", "start_date_latest", "end_date", "end_date_earliest", "end_date_latest",
            "region", "related", "text", "sources"]),
        DataFileSpec(name: "organizations.json", collection: .records(.organizations), format: "JSON", fields: common + [
            "name", "other_names", "classification", "parent_id", "area_id", "links", "related", "text", "sources"], popolo: "Organization"),
        DataFileSpec(name: "people.json", collection: .records(.people), format: "JSON", fields: common + ["name", "region", "related", "text", "sources"], popolo: "Person"),
        DataFileSpec(name: "memberships.json", collection: .memberships, format: "JSON", fields: [
            "id", "person_id", "organization_id", "role", "start_date", "end_date"], popolo: "Membership"),
        DataFileSpec(name: "regions.json", collection: .records(.regions), format: "JSON", fields: common + [
            "name", "other_names", "classification", "mechanism", "related", "text", "sources"], popolo: "Area"),
        DataFileSpec(name: "decisions.csv", collection: .decisions, format: "CSV", fields: [
            "id", "protocol_id", "protocol_title", "date", "region", "agenda_item", "text", "responsible",
            "responsible_ids", "due", "status", "closed_by", "source", "url"]),
    ]
}

extension OpenDataFiles {
    /// The text of one file of `/data/`, in pieces.
    func openData(_ file: DataFileSpec, emit: (String) -> Void) {
        let c = site  // its lists, each read as a kind's (`SiteReads`)
        func published<T>(_ list: [T], _ header: (T) -> Header) -> [T] { list.filter { !header($0).draft } }
        switch file.collection {
        case .records(let kind):
            switch kind {
            case .protocols: JSON.prettyArray(published(c.protocols, \.header), emit: emit, protocolData)
            case .news: JSON.prettyArray(published(c.news, \.header), emit: emit, newsData)
            case .events: JSON.prettyArray(published(c.events, \.header), emit: emit, eventData)
            case .institutions: JSON.prettyArray(published(c.institutions, \.header), emit: emit, institutionData)
            case .services: JSON.prettyArray(published(c.services, \.header), emit: emit, serviceData)
            case .projects: JSON.prettyArray(published(c.projects, \.header), emit: emit, projectData)
            case .organizations: JSON.prettyArray(published(c.organizations, \.header), emit: emit, organizationData)
            case .people: JSON.prettyArray(published(c.people, \.header), emit: emit, personData)
            case .regions: JSON.prettyArray(published(c.regions, \.header), emit: emit, regionData)
            case .pages: emit("[]\n")  // pages are not open data: the catalog has no file of them
            }
        case .memberships: JSON.prettyArray(published(c.people, \.header).lazy.flatMap(membershipData), emit: emit, { $0 })
        case .decisions: emit(decisionsCSV())
        }
    }

    /// How many items a file holds, for the `/data/` page.
    static func count(_ file: DataFileSpec, in site: Site) -> Int {
        let c = site  // its lists, each read as a kind's (`SiteReads`)
        func n(_ hs: [Header]) -> Int { hs.filter { !$0.draft }.count }
        switch file.collection {
        case .records(let kind): return n(c.headers(of: kind))
        case .memberships: return c.people.filter { !$0.header.draft }.reduce(0) { $0 + $1.posts.count }
        case .decisions: return c.protocols.filter { !$0.header.draft }.reduce(0) { $0 + $1.decisions.count }
        }
    }

    // MARK: shared parts

    /// Open data: `{ record, record_url }` for a record, `{ title, url, accessed }` for an outside document.
    func sourceData(_ source: Source?) -> JSON? {
        switch source {
        case .record(let r)?:
            guard let id = site.resolve(r) else { return nil }
            return .obj(["record": .string(id.description), "record_url": .str(site.summary(id).map { urls.absolute($0.url) })])
        case .document(let d)?:
            return .obj(["title": .string(d.title), "url": .str(d.url), "accessed": day(d.accessed)])
        case nil:
            return nil
        }
    }

    /// `people/stanimir-stanchev` for a reference that resolves; nil otherwise.
    func dataID(_ ref: Reference?) -> JSON? {
        ref.flatMap(site.resolve).map { .string($0.description) }
    }

    func dataIDs(_ refs: [Reference]) -> JSON { .array(site.resolve(refs).map { .string($0.description) }) }

    func day(_ d: Day?) -> JSON? { d.map { .string($0.iso) } }
    /// A date field other than a record's `date`: as written (an exact day is `YYYY-MM-DD`);
    /// `earliest`/`latest` give `<field>_earliest` and `<field>_latest` only when it is not
    /// one day (null at an open end), as `date_earliest`/`date_latest` do.
    func day(_ a: ArchiveDate?) -> JSON? { a.map { .string($0.text) } }
    func earliest(_ a: ArchiveDate?) -> JSON? { a.flatMap { $0.exactDay == nil ? day($0.earliest) ?? .null : nil } }
    func latest(_ a: ArchiveDate?) -> JSON? { a.flatMap { $0.exactDay == nil ? day($0.latest) ?? .null : nil } }

    /// id, url, and the fields every document may carry.
    func documentData(_ h: Header, _ fields: KeyValuePairs<String, JSON?>, record: Bool) -> JSON {
        var out: [String: JSON] = ["id": .string(h.id.description)]
        if let s = site.summary(h.id) { out["url"] = .string(urls.absolute(s.url)) }
        let related = h.institutions + h.services + h.projects + h.organizations + h.people
        out["related"] = dataIDs(related)
        if let t = h.publicText { out["text"] = .string(t) }
        if record {
            if !fields.contains(where: { $0.key == "description" }), let s = h.summaryText { out["summary"] = .string(s) }
            out["tags"] = .strings(h.tags)
            out["images"] = .array(h.images.map { .obj(["url": .url(absoluteAsset($0.src, of: h)), "alt": .str($0.alt), "caption": .str($0.caption)]) })
            out["attachments"] = .array(h.attachments.map { .obj(["url": .url(absoluteAsset($0.file, of: h)), "title": .str($0.title)]) })
            // A date that is not one day: as written (EDTF), with the earliest and latest day
            // it can be (null at an open end). An exact day stays `date` alone.
            if let a = h.archiveDate, a.exactDay == nil {
                out["date"] = .string(a.text)
                out["date_earliest"] = day(a.earliest) ?? .null
                out["date_latest"] = day(a.latest) ?? .null
            }
        }
        out["sources"] = .array(h.sources.compactMap(sourceData))
        for (k, v) in fields { if let v { out[k] = v } }
        return .object(out)
    }

    // MARK: records

    func protocolData(_ p: ProtocolRecord) -> JSON {
        let h = p.header
        return documentData(h, [
            "title": .str(site.summary(h.id)?.title), "number": .str(p.number), "date": day(h.date),
            "time": .str(p.time), "place": .str(p.place), "region": dataID(h.region),
            "approved_by": p.approvedBy.map { .obj(["person_id": dataID($0.person), "post": .str($0.post)]) },
            "approved_on": day(p.approvedOn),
            "original": p.original.map { o in
                .obj(["url": .url(absoluteAsset(o.file, of: h)), "bytes": .num(o.bytes)])
            },
            "chair": dataID(p.chair), "chair_post": .str(p.chairPost), "attendees": dataIDs(p.attendees),
            "attendance": .array(p.attendance.map(lineData)), "attendance_note": .str(p.attendanceNote),
            "agenda": .array(p.agenda.map { a in
                .obj(["number": .num(a.number), "title": .str(a.title), "reporters": dataIDs(a.reporters), "reporter_lines": .array(a.reporterLines.map(lineData)),
                         "related": dataIDs(a.institutions + a.services + a.projects + a.organizations)])
            }),
            "decisions": .array(p.decisions.map { d in
                .obj(["id": .str(decisionID(p, d)), "number": .num(d.ordinal), "text": .str(d.text),
                         "agenda_item": .num(d.agendaItem), "responsible": dataIDs(d.responsible), "due": day(d.due),
                         "due_earliest": earliest(d.due), "due_latest": latest(d.due),
                         "status": .str(d.status.rawValue), "closed_by": dataID(d.closedBy), "source": sourceData(d.source)])
            }),
            "next_meeting": day(p.nextMeeting), "prepared_by": dataID(p.preparedBy),
        ], record: true)
    }

    /// A line as written: `{id, post}`, `{id, count, as}` or `{text}`, with `joined` and `source` when written.
    func lineData(_ l: WrittenLine) -> JSON {
        .obj(["id": dataID(l.reference), "text": .str(l.text), "post": .str(l.post), "count": .num(l.count), "as": .str(l.asWritten),
              "joined": .str(l.joined), "source": sourceData(l.source)])
    }

    /// The decision's stable id (`ruse-2-2014-1-1`), as on the protocol's page.
    func decisionID(_ p: ProtocolRecord, _ d: Decision) -> String {
        site.decisions.decisions(of: p.header.id).first { $0.decision.ordinal == d.ordinal }?.id ?? "\(p.header.id.slug)-\(d.ordinal)"
    }

    func newsData(_ n: NewsItem) -> JSON {
        let h = n.header
        return documentData(h, ["title": .str(site.summary(h.id)?.title), "date": day(h.date),
                                "event_date": n.eventDate.map { .string($0.text) }, "region": dataID(h.region)], record: true)
    }

    /// A Popolo Event: `name`, `start_date` (with the time and Sofia's offset when known), `location`.
    func eventData(_ e: Event) -> JSON {
        let h = e.header
        let clock = e.time.flatMap(ClockTime.parse)
        return documentData(h, [
            "name": .str(site.summary(h.id)?.title), "classification": .str(e.format.rawValue),
            "start_date": .str(h.date.map { SofiaTime.dateTime($0, clock?.start) }),
            "end_date": .str(h.date.flatMap { d in clock?.end.map { SofiaTime.dateTime(d, $0) } }),
            "location": .str(e.place), "region": dataID(h.region), "participants": .num(e.participants),
            "presenters": .array(e.presenters.map { .obj(["person_id": dataID($0.person), "topic": .str($0.topic)]) }),
            "description": .str(h.summaryText),
        ], record: true)
    }
}
