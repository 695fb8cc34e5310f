import Foundation
import OKMLink
import OKMLoad
import OKMModel
import OKMRender

/// A record's page made from text that is not saved (the editor's "Преглед"): the content as it
/// is on disk with this one file's text replaced, linked and rendered through the site's own
/// templates, as `okm build` would publish it (other drafts left out, mentions linked,
/// confidential blocks not in it). Nothing is written.
public enum Preview {
    public struct Result: Sendable {
        /// The record's page, or nil when its text has errors that stop a build.
        public var html: String?
        /// The problems of the record's file (of its text as given).
        public var diagnostics: [Diagnostic]
    }

    /// `relativePath` is the record's file inside content/ (`news/2015/x.md`).
    public static func page(_ options: BuildOptions, relativePath: String, text: String) -> Result {
        let root = options.contentDirectory.hasSuffix("/") ? String(options.contentDirectory.dropLast()) : options.contentDirectory
        let path = root + "/" + relativePath
        let edited = Loader.load(files: [ContentFileBytes(relativePath: relativePath, bytes: Array(text.utf8))], root: root)
        guard let header = edited.content.headers.first, !edited.diagnostics.hasErrors else {
            return Result(html: nil, diagnostics: edited.diagnostics)
        }
        let loaded = Loader.load(contentDirectory: root)
        var content = loaded.content.filtered { $0.path != path && $0.id != header.id }
        content.take(edited.content)
        var publish = options
        publish.includeDrafts = true   // the edited record is shown even while it is a draft; the others as published
        content = Pipeline.publishable(content, publish).filtered { !$0.draft || $0.id == header.id }
        let drafts = Set(loaded.content.headers.filter(\.draft).map(\.id)).subtracting([header.id])
        let (theme, _) = Theme.load(directory: options.templatesDirectory)
        let (site, problems) = Linker.link(content, leftOut: drafts)
        let own = (edited.diagnostics + problems).filter { $0.location.path == path }.sorted()
        guard let theme, !own.hasErrors else { return Result(html: nil, diagnostics: own) }
        let files = Renderer.ownPages(of: header.id, site, theme: theme, options: RenderOptions(language: options.language, today: options.today))
        return Result(html: files.first?.text, diagnostics: own)
    }
}

extension Content {
    /// Adds the documents of `other`, each kind kept in the order of its files' paths.
    mutating func take(_ other: Content) {
        func add<T>(_ list: inout [T], _ new: [T], _ header: KeyPath<T, Header>) {
            list += new
            list.sort { $0[keyPath: header].path < $1[keyPath: header].path }
        }
        add(&protocols, other.protocols, \.header); add(&news, other.news, \.header); add(&events, other.events, \.header)
        add(&pages, other.pages, \.header); add(&institutions, other.institutions, \.header); add(&services, other.services, \.header)
        add(&projects, other.projects, \.header); add(&organizations, other.organizations, \.header)
        add(&people, other.people, \.header); add(&regions, other.regions, \.header)
    }
}
