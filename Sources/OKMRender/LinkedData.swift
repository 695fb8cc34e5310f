import OKMLink
import OKMModel

/// schema.org JSON-LD for the head of a page: Event for meetings and events, NewsArticle
/// for news, GovernmentOrganization / Organization for bodies. Built as JSON values and
/// written script-safe, so nothing in a record can close the `<script>`.
extension RenderContext {
    func linkedData(_ p: ProtocolRecord) -> String? {
        guard let date = p.header.date else { return nil }
        let clock = p.time.flatMap(ClockTime.parse)
        let r = site.region(of: p.header.id)
        return event(p.header, date: date, clock: clock, place: p.place, organizer: r.map { "\(label("mechanism")) – \($0.names.display)" })
    }

    func linkedData(_ e: Event) -> String? {
        guard let date = e.header.date else { return inexactEvent(e.header, place: e.place) }
        return event(e.header, date: date, clock: e.time.flatMap(ClockTime.parse), place: e.place, organizer: nil)
    }

    func linkedData(_ n: NewsItem) -> String? {
        let h = n.header
        guard let s = site.summary(h.id) else { return nil }
        let published = h.date.map { JSON.string($0.iso) } ?? dateISO(h.archiveDate).map(JSON.string)
        return JSON.obj([
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": .string(String(s.title.prefix(110))), "name": .string(s.title),
            "url": .string(absolute(s.url)), "mainEntityOfPage": .string(absolute(s.url)),
            "datePublished": published, "dateModified": published,
            "description": .str(h.summaryText), "inLanguage": .string(language),
            "image": h.images.isEmpty ? nil : .array(h.images.compactMap { .url(absoluteAsset($0.src, of: h)) }),
            "author": publisher, "publisher": publisher,
            "contentLocation": site.region(of: h.id).map { .obj(["@type": "AdministrativeArea", "name": .string($0.names.name)]) },
        ]).scriptSafe
    }

    func linkedData(_ o: Organization) -> String? {
        guard let s = site.summary(o.header.id) else { return nil }
        let type: String
        switch o.kind {
        case .administration, .municipality, .agency, .directorate, .inspectorate, .court: type = "GovernmentOrganization"
        case .ngo: type = "NGO"
        case .hospital: type = "Hospital"
        case .school: type = "School"
        case .provider, .other: type = "Organization"
        }
        let alternate = (o.names.short.map { [$0] } ?? []) + o.names.aliases
        let parent = o.parent.flatMap(site.resolve).flatMap { site.summary($0) }
        return JSON.obj([
            "@context": "https://schema.org", "@type": .string(type),
            "name": .string(o.names.name), "url": .string(absolute(s.url)),
            "alternateName": alternate.isEmpty ? nil : .strings(alternate),
            "sameAs": .url(o.url.flatMap(SafeURL.init(content:))),
            "parentOrganization": parent.map { .obj(["@type": "Organization", "name": .string($0.title), "url": .string(absolute($0.url))]) },
            "areaServed": site.region(of: o.header.id).map { .obj(["@type": "AdministrativeArea", "name": .string($0.names.name)]) },
            "description": .str(o.header.summaryText),
        ]).scriptSafe
    }

    private var publisher: JSON {
        .obj(["@type": "Organization", "name": .string(site.settings.title), "url": .string(absolute("/"))])
    }

    /// An event whose date is not one day: `startDate`/`endDate` take the ISO 8601 form of
    /// each end that is one plain year, month or day (`2016`, `2016-09`); an end that is open,
    /// approximate, uncertain or has X digits is left out, and with no end left, the whole.
    private func inexactEvent(_ h: Header, place: String?) -> String? {
        guard let a = h.archiveDate, let s = site.summary(h.id) else { return nil }
        let start: String?, end: String?
        switch a.shape {
        case .single(let p): (start, end) = (p.iso, nil)
        case .interval(let from, let to): (start, end) = (from?.iso, to?.iso)
        }
        guard start != nil || end != nil else { return nil }
        let r = site.region(of: h.id)
        return JSON.obj([
            "@context": "https://schema.org", "@type": "Event",
            "name": .string(s.title), "url": .string(absolute(s.url)),
            "startDate": .str(start), "endDate": .str(end),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": (place ?? r?.names.name).map { .obj(["@type": "Place", "name": .string($0)]) },
            "description": .str(h.summaryText), "inLanguage": .string(language),
        ]).scriptSafe
    }

    private func event(_ h: Header, date: Day, clock: (start: ClockTime, end: ClockTime?)?, place: String?, organizer: String?) -> String? {
        guard let s = site.summary(h.id) else { return nil }
        let r = site.region(of: h.id)
        let location: JSON? = (place ?? r?.names.name).map { name in
            .obj(["@type": "Place", "name": .string(name),
                  "address": r.map { .obj(["@type": "PostalAddress", "addressRegion": .string($0.names.name), "addressCountry": "BG"]) }])
        }
        return JSON.obj([
            "@context": "https://schema.org", "@type": "Event",
            "name": .string(s.title), "url": .string(absolute(s.url)),
            "startDate": .string(SofiaTime.dateTime(date, clock?.start)),
            "endDate": clock?.end.map { .string(SofiaTime.dateTime(date, $0)) },
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": location, "description": .str(h.summaryText), "inLanguage": .string(language),
            "organizer": .obj(["@type": "Organization", "name": .string(organizer ?? site.settings.title), "url": .string(absolute("/"))]),
        ]).scriptSafe
    }
}
