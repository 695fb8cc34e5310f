import OKMModel

extension FieldReader {
    func protocolRecord(_ header: Header) -> ProtocolRecord {
        var p = ProtocolRecord(header: header)
        p.number = string("number")
        if p.number != nil { p.numberLocation = location(of: "number") }
        p.time = string("time")
        p.place = string("place")
        if let a = nested("approved_by") {
            let person = a.reference("person", .people)
            let post = a.string("post")
            a.finish()
            if let person { p.approvedBy = Approval(person: person, post: post) }
        }
        p.approvedOn = archiveDate("approved_on")
        if let file = address("original") {
            let at = location(of: "original")
            p.original = SignedOriginal(file: file, location: at)
            FileLinks.add(file, at: at, what: "signed original", &p.header, sink)
        }
        if let chair = chair("chair") { (p.chair, p.chairPost) = (chair.0, chair.post) }
        p.attendance = writtenLines("attendees", [.organizations, .people], what: .phrase("what.attendanceLine"))
        p.attendanceNote = string("attendance_note")
        p.agenda = records("agenda", what: .phrase("what.agendaItem")) { r, n in
            let title = r.string("title")
            var item = AgendaItem(number: n, title: title ?? "", location: r.location)
            item.reporterLines = r.writtenLines("reporters", [.people], what: .phrase("what.reporter"))
            item.institutions = r.references("institutions", .institutions)
            item.services = r.references("services", .services)
            item.projects = r.references("projects", .projects)
            item.organizations = r.references("organizations", .organizations)
            return title == nil ? nil : item
        }
        p.decisions = records("decisions", what: .phrase("what.decision")) { r, n in
            let text = r.string("text")
            let status = r.choice("status", DecisionStatus.self) ?? .open
            var d = Decision(ordinal: n, text: text ?? "", status: status, location: r.location)
            d.agendaItem = r.int("agenda_item", min: 1)
            if d.agendaItem != nil { d.agendaItemLocation = r.location(of: "agenda_item") }
            d.responsible = r.references("responsible", [.organizations, .people])
            d.due = r.archiveDate("due")
            d.closedBy = r.reference("closed_by", Kind.allCases)
            d.source = r.source("source")
            return text == nil ? nil : d
        }
        p.nextMeeting = archiveDate("next_meeting")
        p.preparedBy = reference("prepared_by", .people)
        return p
    }

    func newsItem(_ header: Header) -> NewsItem {
        var n = NewsItem(header: header)
        n.eventDate = archiveDate("event_date")
        n.event = reference("event", .events)
        return n
    }

    func event(_ header: Header) -> Event {
        let format = choice("format", EventFormat.self)
        var e = Event(header: header, format: format ?? .meeting)
        e.place = string("place")
        e.time = string("time")
        e.participants = int("participants")
        e.presenters = records("presenters", what: .phrase("what.presenter")) { r, _ in
            let person = r.reference("person", .people)
            let topic = r.string("topic")
            return person.map { Presenter(person: $0, topic: topic) }
        }
        return e
    }

    func page(_ header: Header) -> Page {
        Page(header: header, weight: int("weight", min: Int.min) ?? 0)
    }
}
