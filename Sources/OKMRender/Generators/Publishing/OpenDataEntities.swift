import OKMLink
import OKMModel

extension OpenDataFiles {
    /// Popolo `other_names`: the short name and the aliases, each with what it is.
    func otherNames(_ n: Names) -> JSON {
        let short: [JSON] = n.short.map { [.obj(["name": .string($0), "note": "short"])] } ?? []
        return .array(short + n.aliases.map { .obj(["name": .string($0), "note": "alias"]) })
    }

    func institutionData(_ i: Institution) -> JSON {
        documentData(i.header, [
            "name": .string(i.names.name), "other_names": otherNames(i.names), "classification": .string(i.kind.rawValue),
            "region": dataID(i.header.region), "municipality": .str(i.municipality), "capacity": .num(i.capacity),
            "status": .string(i.currentStatus.rawValue),
            "timeline": .array(i.timeline.map { m in
                .obj(["date": m.archiveDate.map { .string($0.text) }, "status": .string(m.status.rawValue), "children": .num(m.children),
                      "source": sourceData(m.source), "note": .str(m.note)])
            }),
            "replaced_by": dataIDs(i.replacedBy),
        ], record: false)
    }

    func serviceData(_ s: Service) -> JSON {
        documentData(s.header, [
            "name": .string(s.names.name), "other_names": otherNames(s.names), "classification": .string(s.kind.rawValue),
            "region": dataID(s.header.region), "provider": dataID(s.provider), "opened": day(s.opened),
            "opened_earliest": earliest(s.opened), "opened_latest": latest(s.opened),
            "capacity": .num(s.capacity), "replaces": dataIDs(s.replaces),
        ], record: false)
    }

    func projectData(_ p: Project) -> JSON {
        documentData(p.header, [
            "name": .string(p.names.name), "other_names": otherNames(p.names), "code": .str(p.code),
            "beneficiary": dataID(p.beneficiary), "partners": dataIDs(p.partners), "associates": dataIDs(p.associates),
            "programme": .str(p.programme), "fund": .str(p.fund), "start_date": day(p.start), "end_date": day(p.end),
            "start_date_earliest": earliest(p.start), "start_date_latest": latest(p.start),
            "end_date_earliest": earliest(p.end), "end_date_latest": latest(p.end),
            "region": dataID(p.header.region),
        ], record: false)
    }

    /// A Popolo Organization: `classification`, `parent_id`, `area_id` (its region), `links`.
    func organizationData(_ o: Organization) -> JSON {
        documentData(o.header, [
            "name": .string(o.names.name), "other_names": otherNames(o.names), "classification": .string(o.kind.rawValue),
            "parent_id": dataID(o.parent), "area_id": dataID(o.header.region),
            "links": .array(o.url.map { [.obj(["url": .string($0), "note": "website"])] } ?? []),
        ], record: false)
    }

    /// A Popolo Person; the posts are in memberships.json.
    func personData(_ p: Person) -> JSON {
        documentData(p.header, ["name": .string(p.name), "region": dataID(p.header.region)], record: false)
    }

    /// Popolo Memberships: one per post of a person.
    func membershipData(_ p: Person) -> [JSON] {
        p.posts.enumerated().map { n, post in
            .obj(["id": .string("\(p.header.id)#post-\(n + 1)"), "person_id": .string(p.header.id.description),
                  "organization_id": dataID(post.organization), "role": .string(post.title),
                  "start_date": day(post.from), "end_date": day(post.to)])
        }
    }

    /// A Popolo Area, with the mechanism set up in it.
    func regionData(_ r: Region) -> JSON {
        documentData(r.header, [
            "name": .string(r.names.name), "other_names": otherNames(r.names), "classification": "oblast",
            "mechanism": r.mechanism.map { m in
                .obj(["established": day(m.established), "established_earliest": earliest(m.established),
                      "established_latest": latest(m.established), "order": .str(m.order), "initiated_by": dataID(m.initiatedBy)])
            },
        ], record: false)
    }

    // MARK: CSV

    /// Every decision of every published protocol, oldest meeting first: RFC 4180 CSV in
    /// UTF-8 with a byte-order mark (so spreadsheets read the Cyrillic right) and CRLF.
    func decisionsCSV() -> String {
        let fields = OpenData.catalog.first { $0.key == "decisions" }!.fields
        var rows: [[String]] = [fields]
        let protocols = site.protocols.filter { !$0.header.draft }
            .sorted { ($0.header.date?.iso ?? "", $0.header.id) < ($1.header.date?.iso ?? "", $1.header.id) }
        for p in protocols {
            let h = p.header
            let s = site.summary(h.id)
            for d in p.decisions {
                let responsible = site.resolve(d.responsible)
                rows.append([
                    decisionID(p, d), h.id.description, s?.title ?? "", h.archiveDate?.text ?? "",
                    site.summary(h.id)?.region?.description ?? "", d.agendaItem.map(String.init) ?? "", d.text,
                    responsible.compactMap { site.summary($0)?.title }.joined(separator: "; "),
                    responsible.map(\.description).joined(separator: "; "), d.due?.text ?? "", d.status.rawValue,
                    d.closedBy.flatMap(site.resolve)?.description ?? "",
                    d.source.flatMap { urls.sourceCSV($0, in: site) } ?? "",
                    s.map { urls.absolute($0.url) + "#" + DecisionIDs.anchor(decisionID(p, d)) } ?? "",
                ])
            }
        }
        return "\u{FEFF}" + rows.map { $0.map(CSV.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}

enum CSV {
    /// A field quoted when it holds a comma, a quote or a line end (RFC 4180), quotes doubled.
    /// A leading `=`, `+`, `-` or `@` gets a `'` so a spreadsheet shows it as text, not a formula.
    static func field(_ s: String) -> String {
        let formula = s.utf8.first.map { [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@")].contains($0) } ?? false
        return quoted(formula ? "'" + s : s)
    }

    /// Quoted when it holds a comma, a quote or a line end (RFC 4180), quotes doubled. Looks at
    /// bytes, not Characters: grapheme breaking was most of the time of a big decisions.csv.
    static func quoted(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
