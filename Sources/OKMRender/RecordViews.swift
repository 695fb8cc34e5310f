import OKMLink
import OKMModel

extension RenderContext {
    func view(_ p: ProtocolRecord) -> DocumentView {
        let h = p.header
        let title = h.title ?? h.id.slug
        var v = document(h, title: title, kindLabel: label("protocol"), facts: [
            fact("number", p.number), fact("time", p.time), fact("place", p.place),
            regionFact(h), fact("chair", link: link(p.chair).map { l in var l = l; l.meta = p.chairPost; l.metaLang = bgLang(p.chairPost); return l }),
        ])
        let discussed = Set(Outline.headings(h.body.blocks).compactMap(\.agendaItem))
        let agenda = p.agenda.map { item in
            AgendaItemView(number: item.number, title: item.title,
                           reportLabel: label(reportsMany(item.reporterLines) ? "reporters_many" : "reporters_one"),
                           reporters: sharedPostsOnce(item.reporterLines.compactMap(lineLink)),
                           about: links(item.institutions + item.services + item.projects + item.organizations),
                           discussionURL: discussed.contains(item.number) ? SafeURL(fragment: "t-\(item.number)") : nil)
        }
        let decisions = decisionViews(p)
        let (previous, next) = h.region.map { site.adjacentMeetings(of: h.id, region: $0.slug) } ?? (nil, nil)
        v.meeting = MeetingView(
            approvedBy: link(p.approvedBy?.person), approvedPost: p.approvedBy?.post,
            approvedOn: date(p.approvedOn), original: signedOriginal(p),
            attendees: p.attendance.compactMap { l in lineLink(l).map { AttendanceLineView(line: $0, source: link(l.source)) } }, attendanceNote: p.attendanceNote, agenda: agenda,
            decisions: decisions, hasDecisions: !decisions.isEmpty, nextMeeting: date(p.nextMeeting),
            preparedBy: link(p.preparedBy),
            previous: previous.flatMap(link), next: next.flatMap(link))
        v.meeting?.earlier = earlierOpen(p)
        v.meeting?.printLinks = printLinks(p)
        v.page.meta?.jsonLD = linkedData(p)
        return v
    }

    func view(_ n: NewsItem) -> DocumentView {
        let h = n.header
        var v = document(h, title: h.title ?? h.id.slug, kindLabel: label("news"), facts: [
            fact("news_event", link: link(n.event)), fact("event_date", date(n.eventDate)), regionFact(h),
        ])
        v.page.meta?.jsonLD = linkedData(n)
        return v
    }

    func view(_ e: Event) -> DocumentView {
        let h = e.header
        var v = document(h, title: h.title ?? h.id.slug, kindLabel: label("format_\(e.format.rawValue)"), facts: [
            fact("format", label("format_\(e.format.rawValue)")), fact("time", e.time),
            fact("place", e.place), regionFact(h), fact("participants", e.participants.map(String.init)),
            fact("event_news", links: newsAbout(e)),
        ])
        v.presenters = e.presenters.compactMap { pr in
            guard var l = link(pr.person) else { return nil }
            l.meta = pr.topic
            return l
        }
        v.page.meta?.jsonLD = linkedData(e)
        return v
    }

    /// The news items that name this event as theirs (`event:`), from its backlinks, newest first.
    func newsAbout(_ e: Event) -> [LinkView] {
        site.backlinks(of: e.header.id).filter { id in
            id.kind == .news && site.newsItem(id)?.event.flatMap(site.resolve) == e.header.id
        }.compactMap(link)
    }

    func view(_ p: Page) -> DocumentView {
        let h = p.header
        return document(h, title: h.title ?? h.id.slug, kindLabel: label("pages"), facts: [regionFact(h)])
    }
}
