import OKMModel

extension FieldReader {
    func institution(_ header: Header) -> Institution {
        let names = names()
        let kind = choice("kind", InstitutionKind.self) ?? .other
        var i = Institution(header: header, names: names ?? Names(name: header.id.slug), kind: kind)
        i.municipality = string("municipality")
        i.capacity = int("capacity")
        i.timeline = records("timeline", what: .phrase("what.timelineEntry")) { r, _ in
            let date = r.archiveDate("date")
            // `unknown` is no step's status: an institution no source gives a status for has no timeline.
            let status = r.choice("status", ClosureStatus.self, among: ClosureStatus.stepStatuses)
            let source = r.source("source")
            let undated = !r.has("date")
            if undated, !r.has("source") {
                r.sink.error(2062, r.location, [:])
            }
            guard let status, date != nil || (undated && source != nil) else { _ = r.int("children"); _ = r.string("note"); return nil }
            var m = Milestone(date: nil, status: status, location: r.location)
            m.archiveDate = date
            m.dateLocation = r.location(of: "date")
            m.statusLocation = r.location(of: "status")
            m.children = r.int("children")
            m.source = source
            m.note = r.string("note")
            return m
        }
        i.replacedBy = references("replaced_by", .services)
        return i
    }

    func service(_ header: Header) -> Service {
        let names = names()
        let kind = choice("kind", ServiceKind.self) ?? .other
        var s = Service(header: header, names: names ?? Names(name: header.id.slug), kind: kind)
        s.provider = reference("provider", .organizations)
        s.opened = archiveDate("opened")
        s.capacity = int("capacity")
        s.replaces = references("replaces", .institutions)
        return s
    }

    func project(_ header: Header) -> Project {
        let names = names()
        var p = Project(header: header, names: names ?? Names(name: header.id.slug))
        p.code = string("code")
        p.beneficiary = reference("beneficiary", .organizations)
        p.partners = references("partners", .organizations)
        p.associates = references("associates", .organizations)
        p.programme = string("programme")
        p.fund = string("fund")
        p.start = archiveDate("start")
        p.end = archiveDate("end")
        // An end that cannot be after the start: its latest possible day is before the earliest of the start.
        if let s = p.start, let e = p.end, let sE = s.earliest, let eL = e.latest, eL < sE {
            sink.error(2063, location(of: "end"), ["end": "\(e)", "start": "\(s)"])
        }
        return p
    }

    func organization(_ header: Header) -> Organization {
        let names = names()
        let kind = choice("kind", OrganizationKind.self) ?? .other
        var o = Organization(header: header, names: names ?? Names(name: header.id.slug), kind: kind)
        o.parent = reference("parent", .organizations)
        o.url = address("url")
        return o
    }

    func person(_ header: Header) -> Person {
        let name = string("name")
        var p = Person(header: header, name: name ?? header.id.slug)
        p.honorific = choice("honorific", Honorific.self)
        p.posts = records("posts", what: .phrase("what.post")) { r, _ in
            let title = r.string("title")
            let org = r.reference("organization", .organizations)
            let from = r.archiveDate("from")
            let to = r.archiveDate("to")
            return title.map { Post(title: $0, organization: org, from: from, to: to) }
        }
        return p
    }

    func region(_ header: Header) -> Region {
        let names = names()
        var r = Region(header: header, names: names ?? Names(name: header.id.slug))
        if let m = nested("mechanism") {
            r.mechanism = Mechanism(established: m.archiveDate("established"), order: m.string("order"),
                                    initiatedBy: m.reference("initiated_by", .organizations))
            r.mechanism?.numbering = m.choice("numbering", ProtocolNumbering.self)
            m.finish()
        }
        return r
    }
}
