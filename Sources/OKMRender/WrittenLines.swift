import OKMLink
import OKMModel

/// Lines of a protocol as written — the attendance, an item's reporters — on the page (links
/// with the post or the count beside them) and in the print edition (the original's wording,
/// with honorifics).
extension RenderContext {
    /// One line on the page: the entity's link titled as written (`as:`), its post or count
    /// beside it; a text line as text.
    func lineLink(_ line: WrittenLine) -> LinkView? {
        if let text = line.text { return LinkView(title: text, url: nil, meta: nil, titleLang: bgLang(text)) }
        guard let id = line.reference.flatMap(site.resolve), var l = link(id) else { return nil }
        if let written = line.asWritten { l.title = written; l.titleLang = bgLang(written) }
        l.meta = line.post ?? line.count.map(representatives)
        l.metaLang = bgLang(line.post)
        return l
    }

    /// Reporters who held one post, written once after the last of them ("Ивелина Димитрова,
    /// Павлета Стефанова (областни координатори по проекта)"), as the original writes them.
    func sharedPostsOnce(_ links: [LinkView]) -> [LinkView] {
        var out = links
        for i in out.indices.dropLast() where out[i].meta != nil && out[i].meta == out[i + 1].meta { out[i].meta = nil }
        return out
    }

    /// "2 представители".
    func representatives(_ n: Int) -> String {
        fill(n == 1 ? "attendance_count_one" : "attendance_count_many", ["n": String(n)])
    }

    /// "Докладва" for one person, "Докладват" for two or more or for a group.
    func reportsMany(_ lines: [WrittenLine]) -> Bool {
        lines.count > 1 || lines.contains { $0.text != nil }
    }

    /// A line in the print edition: "г-жа Мариела Личева – директор на …", "Регионална здравна
    /// инспекция (2 представители)", text as written.
    func printLine(_ line: WrittenLine, on day: Day?) -> (name: String, post: String?)? {
        if let text = line.text { return (text, nil) }
        guard let id = line.reference.flatMap(site.resolve) else { return nil }
        if id.kind == .people {
            guard let known = nameAndPost(id, on: day) else { return nil }
            let name = line.asWritten ?? honored(id, known.name)
            return (name, line.post ?? known.post)
        }
        guard let name = line.asWritten ?? self.name(id) else { return nil }
        return (line.count.map { "\(name) (\(representatives($0)))" } ?? name, nil)
    }

    /// The person's name with their honorific before it ("г-жа Мариела Личева").
    func honored(_ id: DocumentID, _ name: String) -> String {
        site.person(id)?.honorific.map { "\($0.rawValue) \(name)" } ?? name
    }

    /// Whether the attendance is written as lines (a text line, a post, a count, a wording):
    /// then the print edition keeps its order and words; a plain list of slugs keeps the
    /// sentence okm wrote before ("представители на А, Б и В").
    func isWrittenAttendance(_ p: ProtocolRecord) -> Bool {
        p.attendance.contains { $0.text != nil || $0.post != nil || $0.count != nil || $0.asWritten != nil }
    }
}
