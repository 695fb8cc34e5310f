import Foundation
import OKMModel

/// A file in `content/` that is not a record (an image, a scanned original): copied as it is.
public struct StaticFile: Sendable, Hashable {
    /// Path inside the content folder, `/`-separated; also its path inside `output/`.
    public var relativePath: String
    public var sourcePath: String
}

public struct LoadResult: Sendable {
    public var content: Content
    public var staticFiles: [StaticFile]
    public var diagnostics: [Diagnostic]
    /// What each file gave, to reuse for files that did not change (`okm serve`).
    public var cache: LoadCache = LoadCache()
    /// How many record files were read and decoded this time (the rest came from the cache).
    public var filesDecoded = 0
}

public struct FileStamp: Sendable, Hashable {
    var size: Int64
    var modified: Double
}

/// A content file given as bytes rather than read from a folder (`Loader.load(files:)`).
public struct ContentFileBytes: Sendable {
    /// Path inside the content folder, `/`-separated: `news/2015/sreshta.md`, `site.yml`.
    public var relativePath: String
    public var bytes: [UInt8]

    public init(relativePath: String, bytes: [UInt8]) {
        self.relativePath = relativePath
        self.bytes = bytes
    }
}

/// Decoded files by path, with the stamp they had when decoded.
public struct LoadCache: Sendable {
    var entries: [String: (FileStamp, FileResult)] = [:]
    public init() {}
}

/// Load: `content/` → typed documents, with every problem of every file.
public enum Loader {
    /// `contentDirectory` is shown in diagnostics as given (`content/news/2015/x.md`).
    public static func load(contentDirectory: String, reusing cache: LoadCache = LoadCache()) -> LoadResult {
        let root = contentDirectory.hasSuffix("/") ? String(contentDirectory.dropLast()) : contentDirectory
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            return LoadResult(content: Content(settings: SiteSettings()), staticFiles: [],
                              diagnostics: [.error(1002, .whole(root), [:])])
        }

        let listing = ContentListing.scan(root: root)
        diagnostics += listing.diagnostics

        var settings = SiteSettings()
        let sitePath = root + "/site.yml"
        switch FolderWalk.read(sitePath) {
        case .success(let bytes):
            let (s, d) = SiteFile.load(path: sitePath, bytes: bytes)
            settings = s
            diagnostics += d
        case .failure(let reason) where reason.code != ENOENT:
            diagnostics.append(.error(1003, SourceLocation(path: sitePath, line: 1, column: 1), ["reason": "\(reason)"]))
        case .failure:
            diagnostics.append(.error(1004, SourceLocation(path: sitePath, line: 1, column: 1), [:]))
        }

        let previous = cache.entries
        let changed = listing.records.filter { previous[root + "/" + $0.relativePath]?.0 != $0.stamp }
        let decoded: [FileResult] = changed.parallelMap { record in
            let path = root + "/" + record.relativePath
            let data: [UInt8]
            switch FolderWalk.read(path) {
            case .success(let bytes): data = bytes
            case .failure(let reason):
                return FileResult(document: nil, diagnostics: [.error(1003, SourceLocation(path: path, line: 1, column: 1), ["reason": "\(reason)"])])
            }
            let folder = record.relativePath.split(separator: "/").dropLast().joined(separator: "/")
            return DocumentFile.load(path: path, kind: record.kind, folder: folder, fileName: record.fileName, bytes: data)
        }
        var newCache = LoadCache()
        for (record, result) in zip(changed, decoded) { newCache.entries[root + "/" + record.relativePath] = (record.stamp, result) }
        let results: [FileResult] = listing.records.map { record in
            let path = root + "/" + record.relativePath
            if let fresh = newCache.entries[path] { return fresh.1 }
            let kept = previous[path]!
            newCache.entries[path] = kept
            return kept.1
        }

        let content = assemble(settings: settings, results: results, diagnostics: &diagnostics)
        return LoadResult(content: content, staticFiles: listing.staticFiles, diagnostics: diagnostics.sorted(),
                          cache: newCache, filesDecoded: changed.count)
    }

    /// Load over files given as bytes instead of a folder (the fuzzer, tests). `site.yml` is
    /// the settings; a file `<kind folder>/…/<name>.md` is a record, decoded as `load(contentDirectory:)`
    /// decodes it; other files are ignored, and so are the layout checks of a real folder.
    public static func load(files: [ContentFileBytes], root: String = "content") -> LoadResult {
        var diagnostics: [Diagnostic] = []
        var settings = SiteSettings()
        var results: [FileResult] = []
        for file in files {
            let path = root + "/" + file.relativePath
            if file.relativePath == "site.yml" {
                let (s, d) = SiteFile.load(path: path, bytes: file.bytes)
                settings = s
                diagnostics += d
                continue
            }
            let parts = file.relativePath.split(separator: "/").map(String.init)
            guard parts.count >= 2, file.relativePath.lowercased().hasSuffix(".md"), let kind = Kind(folder: parts[0]) else { continue }
            results.append(DocumentFile.load(path: path, kind: kind, folder: parts.dropLast().joined(separator: "/"),
                                             fileName: String(parts[parts.count - 1].dropLast(3)), bytes: file.bytes))
        }
        let content = assemble(settings: settings, results: results, diagnostics: &diagnostics)
        return LoadResult(content: content, staticFiles: [], diagnostics: diagnostics.sorted())
    }

    /// The decoded files in one Content; a second document with a slug already taken is reported.
    static func assemble(settings: SiteSettings, results: [FileResult], diagnostics: inout [Diagnostic]) -> Content {
        var content = Content(settings: settings)
        var seen: [DocumentID: String] = [:]
        for r in results {
            diagnostics += r.diagnostics
            guard let doc = r.document else { continue }
            let h = doc.header
            if let first = seen[h.id] {
                diagnostics.append(.error(3010, h.fileLocation, ["slug": "\(h.id.slug)", "other": "\(first)", "folder": "\(h.id.kind.folder)"],
                                          notes: [DiagnosticNote(SourceLocation(path: first, line: 1, column: 1), Message("note.OKM3010", ["slug": "\(h.id.slug)"]))]))
                continue
            }
            seen[h.id] = h.path
            content.add(doc)
        }
        diagnostics += reservedPageSlugs(content)
        return content
    }

    /// The names of the kind folders and the site's own sections, which no page may take.
    static let reservedPageSlugNames = Route.reservedTopLevelNames

    /// A record whose slug the loader refuses as reserved: a page named like a section, a
    /// dated record named `undated` (the build's collision check does not report it again).
    public static func hasReservedSlug(_ h: Header) -> Bool {
        h.id.kind == .pages ? reservedPageSlugNames.contains(h.id.slug) : (h.id.kind.isDated && h.id.slug == URLs.undatedFolder)
    }

    /// Pages live at `/<slug>/`, beside the kind folders and the site's own sections.
    static func reservedPageSlugs(_ content: Content) -> [Diagnostic] {
        let pages: [Diagnostic] = content.pages.filter { hasReservedSlug($0.header) }.map {
            .error(3011, $0.header.fileLocation, ["slug": "\($0.header.id.slug)"])
        }
        // `/<kind>/undated/` lists the records of a dated kind whose year is not known.
        let dated = (content.protocols.map(\.header) + content.news.map(\.header) + content.events.map(\.header))
            .filter(hasReservedSlug)
        return pages + dated.map {
            .error(3012, $0.fileLocation, ["slug": "\(URLs.undatedFolder)", "folder": "\($0.id.kind.folder)"])
        }
    }
}

extension Content {
    mutating func add(_ doc: LoadedDocument) {
        switch doc {
        case .protocols(let x): protocols.append(x)
        case .news(let x): news.append(x)
        case .events(let x): events.append(x)
        case .pages(let x): pages.append(x)
        case .institutions(let x): institutions.append(x)
        case .services(let x): services.append(x)
        case .projects(let x): projects.append(x)
        case .organizations(let x): organizations.append(x)
        case .people(let x): people.append(x)
        case .regions(let x): regions.append(x)
        }
    }
}
