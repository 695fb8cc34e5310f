import Foundation
import OKMLoad
import OKMModel

/// The records of content/ as the editor's start page lists them: each with its file, slug,
/// names (title; name, short name, aliases) and draft mark, from the loader.
struct RecordEntry: Sendable {
    var id: DocumentID
    /// The file inside content/ (`news/2015/x.md`).
    var relativePath: String
    var names: [String]
    var draft: Bool
    var date: Day?

    var title: String { names.first ?? id.slug }

    /// Finds a record by any of its names or its slug, in Cyrillic or Latin letters: the
    /// query matches as written (case aside) or transliterated, as slugs are made.
    func matches(_ query: String) -> Bool {
        let q = query.trimmingCharacters(in: .whitespaces).lowercased()
        if q.isEmpty { return true }
        let slugQ = Slug.make(q)
        for n in names + [id.slug] {
            if n.lowercased().contains(q) { return true }
            if !slugQ.isEmpty, Slug.make(n).contains(slugQ) { return true }
        }
        return false
    }

    /// What a reference picker shows for the record (a datalist option's label): its names and
    /// the Latin form of each Cyrillic one (the site's transliteration, as slugs are made), so
    /// that a browser's own list finds it by a name typed in either script.
    var pickerLabel: String {
        var parts: [String] = []
        for n in names where !parts.contains(n) {
            parts.append(n)
            let latin = Slug.transliterate(n)
            if latin != n, !parts.contains(latin) { parts.append(latin) }
        }
        return parts.isEmpty ? id.slug : parts.joined(separator: " · ")
    }
}

struct RecordCatalogue: Sendable {
    var entries: [RecordEntry]
    var language: String
    /// The editor's words in the site's language, from the templates' i18n.
    var words: EditorWords

    init(contentDirectory: String, templatesDirectory: String) {
        let result = Loader.load(contentDirectory: contentDirectory)
        language = result.content.settings.language
        words = EditorWords.load(templatesDirectory: templatesDirectory, language: language)
        let c = result.content
        let prefix = ((contentDirectory as NSString).lastPathComponent) + "/"
        func entry(_ h: Header, _ names: [String]) -> RecordEntry {
            // Header.path is the file as the user named it (`content/news/x.md`): what follows content/.
            var rel = h.path
            if let r = rel.range(of: prefix, options: .backwards) { rel = String(rel[r.upperBound...]) }
            return RecordEntry(id: h.id, relativePath: rel, names: names.filter { !$0.isEmpty }, draft: h.draft, date: h.date)
        }
        func named(_ h: Header, _ n: Names) -> RecordEntry { entry(h, [n.name] + [n.short].compactMap { $0 } + n.aliases + [h.title].compactMap { $0 }) }
        var all: [RecordEntry] = []
        all += c.protocols.map { entry($0.header, [$0.header.title].compactMap { $0 }) }
        all += c.news.map { entry($0.header, [$0.header.title].compactMap { $0 }) }
        all += c.events.map { entry($0.header, [$0.header.title].compactMap { $0 }) }
        all += c.institutions.map { named($0.header, $0.names) }
        all += c.services.map { named($0.header, $0.names) }
        all += c.projects.map { named($0.header, $0.names) }
        all += c.organizations.map { named($0.header, $0.names) }
        all += c.people.map { entry($0.header, [$0.name] + [$0.header.title].compactMap { $0 }) }
        all += c.regions.map { named($0.header, $0.names) }
        all += c.pages.map { entry($0.header, [$0.header.title].compactMap { $0 }) }
        entries = all
    }

    /// The records of one kind, newest first for dated kinds, by name for the others.
    func records(of kind: Kind) -> [RecordEntry] {
        let of = entries.filter { $0.id.kind == kind }
        if kind.isDated { return of.sorted { ($0.date?.description ?? "", $0.id.slug) > ($1.date?.description ?? "", $1.id.slug) } }
        return of.sorted { $0.title.lowercased() < $1.title.lowercased() }
    }
}
