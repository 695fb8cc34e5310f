import OKMLink
import OKMModel

/// The sentences of the print edition, written from the fields in the page's language
/// (`templates/i18n/<lang>.print.yml`): names with their posts, lists joined as people
/// write them, dates and times as on the original.
extension RenderContext {
    /// A UI string with `{name}` placeholders filled in, by the message catalog's one rule
    /// (`Messages.fill`: one pass, so a value holding `{…}` is never filled again).
    func fill(_ key: String, _ values: [String: String]) -> String {
        Messages.fill(label(key)) { values[$0] }
    }

    /// A sentence of the page's language as parts: in a build of another language, each of
    /// `values` (the content's own Bulgarian text: a place, a name with its post, a list of
    /// those present) found in it becomes a part marked `lang="bg"`; in a Bulgarian build the
    /// sentence is one part, as written.
    func paragraph(_ text: String, bulgarian values: [String]) -> PrintParagraph {
        guard language != "bg" else { return PrintParagraph(parts: [PrintTextPart(text: text, textLang: nil)]) }
        var parts: [PrintTextPart] = []
        var rest = Substring(text)
        let wanted = values.filter { !$0.isEmpty }
        while !rest.isEmpty {
            // The value found first in what is left (the longest where two start at one place).
            let next = wanted.compactMap { v in rest.range(of: v).map { ($0, v) } }
                .min { a, b in a.0.lowerBound != b.0.lowerBound ? a.0.lowerBound < b.0.lowerBound : a.1.count > b.1.count }
            guard let (range, _) = next else { break }
            if range.lowerBound > rest.startIndex { parts.append(PrintTextPart(text: String(rest[..<range.lowerBound]), textLang: nil)) }
            parts.append(PrintTextPart(text: String(rest[range]), textLang: "bg"))
            rest = rest[range.upperBound...]
        }
        if !rest.isEmpty { parts.append(PrintTextPart(text: String(rest), textLang: nil)) }
        return PrintParagraph(parts: parts)
    }

    /// "25.11.2014 г." in Bulgarian, "25.11.2014" otherwise.
    func numericDate(_ a: ArchiveDate) -> String {
        a.exactDay.map(numericDate) ?? date(a) ?? a.text
    }

    func numericDate(_ d: Day) -> String {
        if language == "bg" { return BulgarianDate.numeric(d) }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(two(d.day)).\(two(d.month)).\(d.year)"
    }

    /// "10:00" → "10.00 ч." (as the original writes it); any other text as written.
    func meetingTime(_ text: String) -> String {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." }).map(String.init)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return text }
        return fill("print_time", ["h": parts[0], "m": parts[1]])
    }

    /// "А", "А и Б", "А, Б и В".
    func joined(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(label("print_and")) " + items.last!
    }

    /// The name of a person, organization or other record a reference names.
    func name(_ ref: Reference?) -> String? {
        guard let id = ref.flatMap(site.resolve) else { return nil }
        return name(id)
    }

    func name(_ id: DocumentID) -> String? {
        switch id.kind {
        case .organizations: return site.organization(id)?.names.name
        case .people: return site.person(id)?.name
        default: return site.summary(id)?.title
        }
    }

    /// "Станимир Станчев – заместник областен управител на Област Русе": the post held on
    /// the day (else the first), with its organization unless the post already names it.
    func personWithPost(_ ref: Reference?, on day: Day?) -> String? {
        personWithPost(ref.flatMap(site.resolve), on: day)
    }

    func personWithPost(_ id: DocumentID?, on day: Day?) -> String? {
        guard let id, let (name, post) = nameAndPost(id, on: day) else { return nil }
        return post.map { "\(name) – \($0)" } ?? name
    }

    func nameAndPost(_ id: DocumentID, on day: Day?) -> (name: String, post: String?)? {
        guard id.kind == .people, let person = site.person(id) else {
            return name(id).map { ($0, nil) }
        }
        let held = day.flatMap { d in person.posts.first { $0.canBeHeld(from: d, to: d) } } ?? person.posts.first
        guard let post = held else { return (person.name, nil) }
        var text = post.title
        if let orgID = post.organization.flatMap(site.resolve),
           let org = site.organization(orgID) {
            let regionShort = org.header.region.flatMap(site.resolve).flatMap { r in
                site.region(r)?.names.short
            }
            let named = [org.names.name, org.names.short, regionShort].compactMap { $0 }.contains { text.contains($0) }
            if !named { text += ", " + org.names.name }
        }
        return (person.name, text)
    }

    /// "Днес, 25.11.2014 г., от 10.00 ч. в Зала 1 … се проведе заседание на …", who chaired, who took part.
    func openingParagraphs(_ p: ProtocolRecord) -> [PrintParagraph] {
        let h = p.header
        var out: [PrintParagraph] = []
        var values: [String] = []
        if let d = h.date {
            let date = language == "bg" ? numericDate(d) : (self.date(d) ?? d.iso)
            out.append(paragraph(fill("print_opening", [
                "date": date,
                "time": p.time.map { fill("print_opening_time", ["time": meetingTime($0)]) } ?? "",
                "place": p.place.map { fill("print_opening_place", ["place": $0]) } ?? "",
            ]), bulgarian: [p.place ?? ""]))
        }
        var second: [String] = []
        if let id = p.chair.flatMap(site.resolve), let chair = nameAndPost(id, on: h.date) {
            let name = honored(id, chair.name)
            let person = (p.chairPost ?? chair.post).map { "\(name) – \($0)" } ?? name
            values.append(person)
            second.append(fill("print_chaired", ["person": person]))
        }
        if isWrittenAttendance(p) {
            // Each line joined to the one before as the original joins it: a comma, or its `joined:` word ("и").
            var list = ""
            for line in p.attendance {
                guard let l = printLine(line, on: h.date) else { continue }
                if !list.isEmpty { list += line.joined.map { " \($0) " } ?? ", " }
                list += l.post.map { "\(l.name) – \($0)" } ?? l.name
            }
            if let note = p.attendanceNote { list += list.isEmpty ? note : ", " + note }
            if !list.isEmpty { values.append(list); second.append(fill("print_attended", ["list": list])) }
            if !second.isEmpty { out.append(paragraph(second.joined(separator: " "), bulgarian: values)) }
            return out
        }
        let resolved = site.resolve(p.attendees)
        let orgs = resolved.filter { $0.kind == .organizations }.compactMap { name($0) }
        let people = resolved.filter { $0.kind == .people }.compactMap { personWithPost($0, on: h.date) }
        var parts: [String] = []
        if !orgs.isEmpty {
            let list = p.attendanceNote == nil && people.isEmpty ? joined(orgs) : orgs.joined(separator: ", ")
            parts.append(fill("print_representatives", ["list": list]))
        }
        parts += people
        if let note = p.attendanceNote { parts.append(note) }
        if !parts.isEmpty {
            values += orgs + people + [p.attendanceNote ?? ""]
            second.append(fill("print_attended", ["list": parts.joined(separator: ", ")]))
        }
        if !second.isEmpty { out.append(paragraph(second.joined(separator: " "), bulgarian: values)) }
        return out
    }

    /// "Мариела Личева – директор …" for one reporter; reporters who hold the same post are
    /// named together before it ("Ивелина Димитрова и Павлета Стефанова – областен координатор …").
    func reporters(_ item: AgendaItem, on day: Day?) -> (label: String, names: String)? {
        let people = item.reporterLines.compactMap { printLine($0, on: day) }
        guard !people.isEmpty else { return nil }
        var groups: [(names: [String], post: String?)] = []
        for p in people {
            if let last = groups.last, last.post != nil, last.post == p.post {
                groups[groups.count - 1].names.append(p.name)
            } else {
                groups.append(([p.name], p.post))
            }
        }
        let parts = groups.map { g in joined(g.names) + (g.post.map { " – \($0)" } ?? "") }
        return (label(reportsMany(item.reporterLines) ? "print_reports_many" : "print_reports_one"), parts.joined(separator: "; "))
    }
}

enum PrintCSS {
    /// A CSS string literal that holds any text safely, also inside `<style>`.
    static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\22 "
            case "\\": out += "\\5c "
            case "<": out += "\\3c "
            case ">": out += "\\3e "
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out += "\\" + String(u.value, radix: 16) + " "
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// The `@page` margin boxes: mechanism top left, protocol top right, "стр. N от M" bottom
    /// right, and the internal marker top centre and bottom left. In a volume the top right
    /// follows the protocol on the page: print.css's `@page volume` takes it with WeasyPrint's
    /// `string-set` from each protocol's `data-running-head` (browsers keep `right`), so this
    /// inline CSS stays plain CSS that the Nu HTML Checker accepts.
    static func page(left: String, right: String, pageWord: String, ofWord: String, marker: String?) -> String {
        var rules = [
            "@top-left { content: \(string(left)); }",
            "@top-right { content: \(string(right)); }",
            "@bottom-right { content: \(string(pageWord + " ")) counter(page) \(string(" " + ofWord + " ")) counter(pages); }",
        ]
        if let marker {
            rules += ["@top-center { content: \(string(marker)); }", "@bottom-left { content: \(string(marker)); }"]
        }
        return "@page {\n  " + rules.joined(separator: "\n  ") + "\n}"
    }
}
