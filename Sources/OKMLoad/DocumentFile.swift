import OKMModel
import OKMMarkdown

/// One content file, typed.
enum LoadedDocument: Sendable {
    case protocols(ProtocolRecord), news(NewsItem), events(Event), pages(Page)
    case institutions(Institution), services(Service), projects(Project)
    case organizations(Organization), people(Person), regions(Region)

    var header: Header {
        switch self {
        case .protocols(let x): x.header
        case .news(let x): x.header
        case .events(let x): x.header
        case .pages(let x): x.header
        case .institutions(let x): x.header
        case .services(let x): x.header
        case .projects(let x): x.header
        case .organizations(let x): x.header
        case .people(let x): x.header
        case .regions(let x): x.header
        }
    }
}

struct FileResult: Sendable {
    var document: LoadedDocument?
    var diagnostics: [Diagnostic]
    /// With `auditing`, where the decoders and the schema disagree (tests only).
    var schemaGaps: [String] = []
}

enum DocumentFile {
    /// Decodes one `.md` file of the given kind. `fileName` is the name without `.md`.
    static func load(path: String, kind: Kind, folder: String, fileName: String, bytes: [UInt8], auditing: Bool = false) -> FileResult {
        let fileStart = SourceLocation(path: path, line: 1, column: 1)
        let text: SourceText
        do { text = try SourceText(path: path, bytes: bytes) } catch { return FileResult(document: nil, diagnostics: [error]) }
        if text.frontMatter == nil && text.body.allSatisfy(\.isWhitespace) && !text.frontMatterUnclosed {
            return FileResult(document: nil, diagnostics: [.error(1030, fileStart, [:])])
        }
        if text.frontMatterUnclosed {
            return FileResult(document: nil, diagnostics: [.error(1031, fileStart, [:])])
        }
        guard let yaml = text.frontMatter else {
            return FileResult(document: nil, diagnostics: [.error(1032, fileStart, [:])])
        }
        let sink = DiagnosticSink()
        sink.auditing = auditing
        let place = YAMLPlace(path: path, lineOffset: text.frontMatterLineOffset)
        let root: Node.MappingOrEmpty
        let tree: Node?
        switch YAMLDocument.compose(yaml, place: place) {
        case .failure(let d): return FileResult(document: nil, diagnostics: [d])
        case .success(let node): root = Node.MappingOrEmpty(node); tree = node
        }
        guard let reader = root.reader(place: place, sink: sink, fields: Schema.fields(of: kind)) else {
            return FileResult(document: nil, diagnostics: sink.items)
        }

        if let typeNode = reader.node("type"), let written = reader.scalarText(typeNode, field: "type") {
            let w = written.lowercased()
            if w != kind.singular && w != kind.folder {
                sink.error(2080, place.location(typeNode), ["written": "\(written)", "folder": "\(kind.folder)", "expected": "\(kind.singular)"])
            }
        }
        var slug = Slug.make(fileName)
        if let s = reader.string("slug") {
            slug = Slug.make(s)
            if slug.isEmpty { sink.error(2081, reader.location(of: "slug"), ["written": "\(s)"]) }
        } else if slug.isEmpty {
            sink.error(2082, fileStart, ["name": "\(fileName)"])
        }
        // The slug is a folder name in output/ (and part of a PDF's name): a file system takes
        // at most 255 bytes in one name, and `okm check` must say so before a build fails writing.
        let longest = kind == .protocols ? slug + ".pdf" : kind == .regions ? slug + "-0000.pdf" : slug
        if longest.utf8.count > 255 {
            let at = reader.node("slug") != nil ? reader.location(of: "slug") : fileStart
            let shown = String(slug.prefix(24)) + "…"
            let name: MessageArgument = longest == slug ? .phrase("name.slug", ["shown": "\(shown)"]) : .phrase("name.fromSlug", ["shown": "\(shown)\(longest.dropFirst(slug.count))"])
            sink.error(2083, at, variant: reader.node("slug") != nil ? "slug" : "file", ["name": name, "bytes": "\(longest.utf8.count)"])
        }

        let parsed = Cmark.parse(text.body, lineOffset: text.bodyLineOffset)
        for p in parsed.problems {
            sink.error(1050, SourceLocation(path: path, line: p.line + text.bodyLineOffset, column: 1), p.message)
        }
        PrivacyGuard.check(frontMatter: yaml, frontMatterLineOffset: text.frontMatterLineOffset,
                           body: text.body, bodyLineOffset: text.bodyLineOffset,
                           confidentialLines: parsed.confidentialLines, path: path, sink: sink)
        if let tree { PrivacyGuard.check(tree, place: place, sink: sink, skippingLines: Set(sink.items.map(\.location.line))) }
        if let named = PrivacyGuard.checkName(folder + "/" + fileName, path: path) { sink.append(named) }

        let id = DocumentID(kind, slug)
        var header = reader.header(id: id, path: path, body: parsed.body)
        if header.summary == nil { header.summary = Outline.firstParagraph(parsed.body.blocks) }
        header.folder = folder
        FileLinks.collect(&header, path: path, sink: sink)
        let document: LoadedDocument?
        switch kind {
        case .protocols: document = .protocols(reader.protocolRecord(header))
        case .news: document = .news(reader.newsItem(header))
        case .events: document = .events(reader.event(header))
        case .pages: document = .pages(reader.page(header))
        case .institutions: document = .institutions(reader.institution(header))
        case .services: document = .services(reader.service(header))
        case .projects: document = .projects(reader.project(header))
        case .organizations: document = .organizations(reader.organization(header))
        case .people: document = .people(reader.person(header))
        case .regions: document = .regions(reader.region(header))
        }
        reader.finish()
        return FileResult(document: slug.isEmpty ? nil : document, diagnostics: sink.items, schemaGaps: sink.schemaGaps)
    }
}

import Yams

extension Node {
    /// The root of a front matter: a mapping, or nothing at all (`---` then `---`).
    enum MappingOrEmpty {
        case mapping(Node.Mapping), empty, other(Node)

        init(_ node: Node?) {
            switch node {
            case nil: self = .empty
            case .mapping(let m): self = .mapping(m)
            case let n?: self = n.isNull ? .empty : .other(n)
            }
        }

        func reader(place: YAMLPlace, sink: DiagnosticSink, fields: [SchemaField]) -> FieldReader? {
            switch self {
            case .mapping(let m): return FieldReader(m, place: place, sink: sink, what: .phrase("what.frontMatter"), fields: fields)
            case .empty: return FieldReader(Node.Mapping([]), place: place, sink: sink, what: .phrase("what.frontMatter"), fields: fields)
            case .other(let n):
                sink.error(1033, place.location(n), ["found": n.kindName])
                return nil
            }
        }
    }
}
