import Foundation
import OKMBuild
import OKMLink
import OKMLoad
import OKMModel

/// `okm import`: documents that already exist (Word, Word 97–2003, OpenDocument, RTF, HTML, text) become
/// draft records. A protocol is recognised by its conventions (ProtocolReader); anything else
/// becomes a news item with its first paragraph as the title. Names are matched against the
/// site's people, organizations, institutions, services, projects and regions by every name,
/// short name and alias; a name that matches nothing is listed, and with `createMissing` a
/// draft record is written for it. Nothing is guessed: what is not read is left out and listed.
public struct Importer {
    public struct Options: Sendable {
        public var contentDirectory = "content"
        public var dryRun = false
        public var createMissing = false
        public var pandoc = "pandoc"
        /// Converts a .doc (Word 97–2003) to .docx before pandoc reads it.
        public var abiword = "abiword"
        /// Told how many documents of a folder are read (`okm import` draws it on a terminal).
        public var progress: ProgressHandler?
        public init() {}
    }

    public let options: Options
    let content: Content
    let finder: NameFinder
    /// Regions alone: "Областна администрация – Кърджали" names an organization to `finder`, and a region here.
    let regions: NameFinder
    /// People and organizations written by this run (`createMissing`), by the name they were made for.
    private var created: [String: DocumentID] = [:]

    public init(options: Options) {
        self.options = options
        content = Loader.load(contentDirectory: options.contentDirectory).content
        finder = NameFinder(content)
        regions = NameFinder(content, kinds: [.regions])
    }

    /// Imports one file, or every readable file of a folder (sorted); one report each.
    public mutating func run(_ path: String) -> [ImportReport] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return [ImportReport(source: path, failure: Message("import.missing"))]
        }
        guard isDirectory.boolValue else { return [importFile(path)] }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
            .filter { name in
                let ext = (name as NSString).pathExtension.lowercased()
                // A .doc is read through AbiWord (or listed with what to do when it is missing).
                return !name.hasPrefix(".") && (DocumentText.formats[ext] != nil || ext == "doc")
            }
        var reports: [ImportReport] = []
        for (k, name) in files.enumerated() {
            options.progress?(ProgressEvent(.importing, done: k, total: files.count))
            reports.append(importFile(path + "/" + name))
        }
        options.progress?(ProgressEvent(.importing, done: files.count, total: files.count))
        return reports
    }

    mutating func importFile(_ path: String) -> ImportReport {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let media = FileManager.default.temporaryDirectory.appendingPathComponent("okm-import-media-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: media) }
        let text: DocumentText
        do { text = try DocumentText.read(path, media: media, pandoc: options.pandoc, abiword: options.abiword) } catch {
            return ImportReport(source: path, failure: (error as? DocumentText.Failure)?.message ?? Message("import.unreadable", ["detail": "\(error)"]))
        }
        let reader = ProtocolReader(text)
        var report: ImportReport
        var draft: DraftRecord
        if reader.isProtocol {
            (draft, report) = protocolDraft(reader, source: path, base: base)
        } else {
            (draft, report) = newsDraft(text, source: path, base: base)
        }
        if let folder = text.mediaFolder { copyMedia(from: folder, into: &draft, report: &report) }
        write(draft, &report)
        return report
    }

    // MARK: - Protocols

    mutating func protocolDraft(_ r: ProtocolReader, source: String, base: String) -> (DraftRecord, ImportReport) {
        var report = ImportReport(source: source)
        report.kind = .protocols
        var d = DraftRecord(kind: .protocols)
        // The mechanism: the region named by the approver's post, the place or the heading.
        let regionText = [r.approver?.value.post, r.place?.value, r.attendance?.value].compactMap { $0 }
        var region: DocumentID?
        for (k, text) in regionText.enumerated() {
            if let found = regions.find(in: text).first {
                region = found.id
                let from = [r.approver.map { ($0.line, $0.quote) }, r.place.map { ($0.line, $0.quote) }, r.attendance.map { ($0.line, $0.quote) }]
                    .compactMap { $0 }[k]
                d.set("region", found.id.slug)
                report.filled("region", found.id.slug, line: from.0, quote: from.1)
                break
            }
        }
        if region == nil { report.notFilled("region", "region") }
        if let n = r.number { d.set("number", DraftRecord.quoted(n.value)); report.filled("number", n.value, line: n.line, quote: n.quote) }
        else { report.notFilled("number", "number") }
        if let day = r.date { d.set("date", day.value.iso); report.filled("date", day.value.iso, line: day.line, quote: day.quote) }
        else { report.notFilled("date", "date") }
        if let t = r.time { d.set("time", DraftRecord.quoted(t.value)); report.filled("time", t.value, line: t.line, quote: t.quote) }
        if let p = r.place { d.set("place", DraftRecord.scalar(p.value)); report.filled("place", p.value, line: p.line, quote: p.quote) }
        if let a = r.approver {
            if let id = resolve(a.value, as: .people, role: .phrase("import.role.approver"), line: a.line, report: &report) {
                var group = "{ person: \(id.slug)"
                if let post = a.value.post { group += ", post: \(DraftRecord.scalar(post)) }" } else { group += " }" }
                d.set("approved_by", group)
                report.filled("approved_by", id.slug + (a.value.post.map { " (\($0))" } ?? ""), line: a.line, quote: a.quote)
            }
        }
        if let on = r.approvedOn {
            d.set("approved_on", on.value.iso)
            report.filled("approved_on", on.value.iso, line: on.line, quote: on.quote)
        }
        if let c = r.chair, let id = resolve(c.value, as: .people, role: .phrase("import.role.chair"), line: c.line, report: &report) {
            d.set("chair", c.value.post.map { "{ person: \(id.slug), post: \(DraftRecord.scalar($0)) }" } ?? id.slug)
            report.filled("chair", id.slug + (c.value.post.map { " (\($0))" } ?? ""), line: c.line, quote: c.quote)
            reportHonorific(c.value, id, line: c.line, &report)
        }
        if let a = r.attendance {
            let lines = attendanceLines(a.value)
            if !lines.isEmpty {
                d.set("attendees", "\n" + lines.map { "  - " + $0 }.joined(separator: "\n"))
                report.filled("attendees", .phrase("import.value.lines", ["count": "\(lines.count)"]), line: a.line, quote: a.quote)
            }
        } else {
            report.notFilled("attendees", "attendees")
        }
        if r.agenda.isEmpty { report.notFilled("agenda", "agenda") }
        var agenda: [String] = []
        for item in r.agenda {
            var lines = ["  - title: \(DraftRecord.scalar(item.title.value))"]
            report.filled(.phrase("import.field.agendaItem", ["n": "\(item.number)"]), "\(item.title.value)", line: item.title.line, quote: item.title.quote)
            if let reporters = item.reporters {
                var written: [String] = []
                for person in reporters.value {
                    if person.isGroup {
                        written.append("{ text: \(DraftRecord.scalar(person.name)) }")
                        continue
                    }
                    if let id = resolve(person, as: .people, role: .phrase("import.role.reporter", ["n": "\(item.number)"]), line: reporters.line, report: &report) {
                        written.append(person.post.map { "{ person: \(id.slug), post: \(DraftRecord.scalar($0)) }" } ?? id.slug)
                        reportHonorific(person, id, line: reporters.line, &report)
                    }
                }
                if !written.isEmpty {
                    lines.append("    reporters:")
                    lines += written.map { "      - " + $0 }
                    report.filled(.phrase("import.field.reporters", ["n": "\(item.number)"]), "\(written.joined(separator: ", "))", line: reporters.line, quote: reporters.quote)
                }
            }
            agenda += lines
        }
        if !agenda.isEmpty { d.set("agenda", "\n" + agenda.joined(separator: "\n")) }
        var decisions: [String] = []
        for (k, decision) in r.decisions.enumerated() {
            decisions.append("  - text: \(DraftRecord.scalar(decision.text.value))")
            if let item = decision.agendaItem { decisions.append("    agenda_item: \(item)") }
            report.filled(.phrase("import.field.decision", ["n": "\(k + 1)"]), "\(decision.text.value)", line: decision.text.line, quote: decision.text.quote)
        }
        if !decisions.isEmpty { d.set("decisions", "\n" + decisions.joined(separator: "\n")) }
        if let p = r.preparedBy, let id = resolve(p.value, as: .people, role: .phrase("import.role.preparedBy"), line: p.line, report: &report) {
            d.set("prepared_by", id.slug)
            report.filled("prepared_by", id.slug, line: p.line, quote: p.quote)
        }
        for u in r.unread { report.notFilled(.phrase("import.field.notRead"), "notRead", ["line": "\(u.line)", "quote": "\(ImportReport.short(u.quote))"]) }
        d.body = r.body
        if let region, let day = r.date?.value {
            d.relativePath = "protocols/\(day.year)/\(region.slug)-\(day.iso).md"
        } else {
            d.relativePath = "protocols/" + (r.date.map { "\($0.value.year)/" } ?? "") + "import-\(Self.fileSlug(base)).md"
        }
        return (d, report)
    }

    // MARK: - News

    func newsDraft(_ text: DocumentText, source: String, base: String) -> (DraftRecord, ImportReport) {
        var report = ImportReport(source: source)
        report.kind = .news
        var d = DraftRecord(kind: .news)
        var paragraphs = text.paragraphs
        if let first = paragraphs.first, first.text.count <= 200 {
            d.set("title", DraftRecord.scalar(first.text))
            report.filled("title", first.text, line: first.line, quote: first.text)
            paragraphs.removeFirst()
        } else {
            report.notFilled("title", "title")
        }
        // A date only when a paragraph near the top is a date and nothing else ("10.09.2015 г.").
        if let k = paragraphs.prefix(3).firstIndex(where: { Self.isDateOnly($0.text) }),
           let day = ProtocolReader.firstDate(paragraphs[k].text) {
            d.set("date", day.iso)
            report.filled("date", day.iso, line: paragraphs[k].line, quote: paragraphs[k].text)
            paragraphs.remove(at: k)
        } else {
            report.notFilled("date", "newsDate")
        }
        d.body = paragraphs.map(\.text).joined(separator: "\n\n")
        let year = d.value("date").map { String($0.prefix(4)) + "/" } ?? ""
        d.relativePath = "news/\(year)\(Self.fileSlug(d.value("title").map(DraftRecord.unquoted) ?? base)).md"
        return (d, report)
    }

    static func isDateOnly(_ t: String) -> Bool {
        let rest = t.replacingOccurrences(of: "г.", with: "").trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".,")))
        return rest.count <= 10 && rest.allSatisfy { $0.isNumber || $0 == "." } && ProtocolReader.firstDate(t) != nil
    }

    static func fileSlug(_ s: String) -> String {
        let slug = Slug.make(s)
        return slug.isEmpty ? "import" : String(slug.prefix(80))
    }

    // MARK: - Attendance and honorifics

    /// The attendance paragraph as lines, in its order: each part between commas (outside
    /// quotes) that is wholly the name of a known organization or person becomes a reference
    /// line with the words as written (`as:`); a part "А и Б" whose both halves are such names
    /// becomes two, the second `joined: и`; any other part stays text, as written. Nothing is guessed.
    func attendanceLines(_ paragraph: String) -> [String] {
        var s = paragraph.trimmingCharacters(in: .whitespaces)
        for prefix in ["Участие взеха", "Присъстваха", "Присъстващи"] where s.hasPrefix(prefix) {
            s = String(s.dropFirst(prefix.count)).trimmingCharacters(in: CharacterSet(charactersIn: ": ").union(.whitespaces))
        }
        while s.last == "." { s.removeLast() }
        var lines: [String] = []
        for part in Self.topLevelParts(s) {
            let pieces = part.components(separatedBy: " и ")
            let whole = pieces.map(wholeName)
            if whole.allSatisfy({ $0 != nil }) {
                for (k, (piece, id)) in zip(pieces, whole).enumerated() {
                    let key = id!.kind == .people ? "person" : "organization"
                    // The second half keeps the "и" that joins it to the first, as written.
                    lines.append("{ \(key): \(id!.slug), as: \(DraftRecord.scalar(piece))\(k > 0 ? ", joined: и" : "") }")
                }
            } else {
                lines.append("text: \(DraftRecord.scalar(part))")
            }
        }
        return lines
    }

    /// The organization or person a text is wholly the name of, else nil.
    func wholeName(_ text: String) -> DocumentID? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let found = finder.find(in: t).filter { ($0.id.kind == .organizations || $0.id.kind == .people) && $0.range.count == t.unicodeScalars.count }
        return found.count == 1 ? found[0].id : nil
    }

    /// "А, „Б, В”, Г" → ["А", "„Б, В”", "Г"]: split at commas outside quotes.
    static func topLevelParts(_ s: String) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        for c in s {
            if c == "„" || c == "«" { depth += 1 }
            if (c == "”" || c == "“" || c == "»") && depth > 0 { depth -= 1 }
            if c == ",", depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// An honorific the document writes is reported, never written into the person's file.
    func reportHonorific(_ named: ProtocolReader.Named, _ id: DocumentID, line: Int, _ report: inout ImportReport) {
        guard let h = named.honorific, content.people.first(where: { $0.header.id == id })?.honorific?.rawValue != h else { return }
        report.notFilled(.phrase("import.field.honorific", ["id": "\(id)"]), "honorific", ["line": "\(line)", "honorific": "\(h)"])
    }

    // MARK: - Names

    /// The record a written name stands for: a record of the site, one this run created, or
    /// (with `createMissing`) a new draft record; nil (listed as unknown) otherwise.
    mutating func resolve(_ named: ProtocolReader.Named, as kind: Kind, role: MessageArgument, line: Int, report: inout ImportReport) -> DocumentID? {
        if let found = finder.find(in: named.name).first(where: { $0.id.kind == kind && $0.range.count == named.name.unicodeScalars.count }) {
            return found.id
        }
        let key = named.name.lowercased()
        if let made = created[key] { return made }
        let display = Self.readable(named.name)
        guard options.createMissing else {
            report.unknown.append(ImportReport.Unknown(name: display, role: role, line: line, post: named.post))
            return nil
        }
        let slug = Self.fileSlug(display)
        let id = DocumentID(kind, slug)
        var entity = DraftRecord(kind: kind)
        entity.set(kind == .people ? "name" : "name", DraftRecord.scalar(display))
        entity.relativePath = "\(kind.folder)/\(slug).md"
        entity.body = ""
        var entityReport = ImportReport(source: report.source)
        write(entity, &entityReport)
        report.createdFiles += entityReport.written.map { [$0] } ?? []
        report.problems += entityReport.problems
        created[key] = id
        return id
    }

    /// "СИМЕОН ИВАНОВ" → "Симеон Иванов": a name written in capitals, as a record names it.
    static func readable(_ name: String) -> String {
        guard name == name.uppercased(), name != name.lowercased() else { return name }
        return name.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    // MARK: - Files

    func copyMedia(from folder: String, into draft: inout DraftRecord, report: inout ImportReport) {
        let files = (FileManager.default.subpaths(atPath: folder) ?? []).sorted().filter { f in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + f, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        for (k, file) in files.enumerated() {
            let ext = (file as NSString).pathExtension.lowercased()
            let name = "\(((draft.relativePath as NSString).lastPathComponent as NSString).deletingPathExtension)-\(k + 1).\(ext)"
            draft.media.append((folder + "/" + file, name))
            report.images.append(name)
        }
    }

    func write(_ draft: DraftRecord, _ report: inout ImportReport) {
        let path = options.contentDirectory + "/" + draft.relativePath
        report.target = path
        guard !options.dryRun else { return }
        let fm = FileManager.default
        if fm.fileExists(atPath: path) {
            report.problems.append(Message("import.exists", ["path": "\(path)"]))
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (source, name) in draft.media where !fm.fileExists(atPath: folder + "/" + name) {
                try fm.copyItem(atPath: source, toPath: folder + "/" + name)
            }
            try Data(draft.text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            report.written = path
        } catch {
            report.problems.append(Message("import.notWritten", ["path": "\(path)", "reason": WriteError.explain(error)]))
        }
    }
}
