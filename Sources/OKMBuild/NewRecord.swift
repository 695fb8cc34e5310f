import Foundation
import Mustache
import OKMLink
import OKMLoad
import OKMModel

/// `okm new <kind> [title] --region <slug>`: a new record from `templates/archetypes/<kind>.mustache`,
/// with today's date, the mechanism's next protocol number and a Latin file name.
public enum NewRecord {
    public struct Request: Sendable {
        public var kind: String
        public var title: String?
        public var region: String?
        public var today: Day
        public var contentDirectory = "content"
        public var templatesDirectory = "templates"

        public init(kind: String, title: String?, region: String?, today: Day) {
            self.kind = kind
            self.title = title
            self.region = region
            self.today = today
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case message(String)
        public var description: String { if case .message(let m) = self { m } else { "" } }
    }

    /// Writes the file and returns its path; never overwrites.
    public static func create(_ r: Request) throws(Failure) -> String {
        guard let kind = Kind.allCases.first(where: { $0.singular == r.kind || $0.folder == r.kind }) else {
            let names = Kind.allCases.map(\.singular)
            let near = EditDistance.closest(to: r.kind, in: names).map { " (did you mean '\($0)'?)" } ?? ""
            throw .message("unknown kind '\(r.kind)'\(near): one of \(names.joined(separator: ", "))")
        }
        let loaded = Loader.load(contentDirectory: r.contentDirectory)
        var regionSlug: String?
        if let region = r.region {
            let slug = Slug.make(region)
            let known = loaded.content.regions.map(\.header.id.slug)
            guard known.contains(slug) else {
                let near = EditDistance.closest(to: slug, in: known).map { " (did you mean '\($0)'?)" } ?? ""
                throw .message("unknown region '\(region)'\(near)")
            }
            regionSlug = slug
        } else if kind == .protocols || kind == .events {
            throw .message("a \(kind.singular) needs --region <slug>")
        }
        if kind != .protocols && (r.title ?? "").isEmpty {
            throw .message("give the \(kind.singular) a title: okm new \(kind.singular) \"…\"")
        }

        var number = 1
        if kind == .protocols, let regionSlug {
            number = ProtocolNumbers.next(region: regionSlug, on: r.today, loaded.content)
        }
        let date = r.today.iso
        let name: String
        switch kind {
        case .protocols: name = "\(r.today.year)/\(regionSlug!)-\(date).md"
        case .news, .events: name = "\(r.today.year)/\(Slug.make(r.title!)).md"
        default: name = "\(Slug.make(r.title!)).md"
        }
        guard !name.hasSuffix("/.md"), name != ".md" else { throw .message("the title gives an empty file name: use letters or digits") }
        let path = r.contentDirectory + "/" + kind.folder + "/" + name

        let rendered = try archetype(kind, title: r.title ?? "", region: regionSlug ?? "", date: date, number: number,
                                     templatesDirectory: r.templatesDirectory)
        let fm = FileManager.default
        guard !fm.fileExists(atPath: path) else { throw .message("\(path) exists already; okm new never overwrites a record") }
        do {
            try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(rendered.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw .message("could not write \(path): \(error.localizedDescription)")
        }
        return path
    }

    /// A new record's text in the archetypes' layout (`templates/archetypes/<kind>.mustache`),
    /// with its title (quoted for YAML when needed), region, date and number filled in; what
    /// `okm new` writes, and the editor's records created from a reference picker.
    public static func archetype(_ kind: Kind, title: String, region: String = "", date: String = "", number: Int = 1,
                                 templatesDirectory: String) throws(Failure) -> String {
        let archetype = templatesDirectory + "/archetypes/" + kind.traits.archetype + ".mustache"
        guard let text = try? String(contentsOfFile: archetype, encoding: .utf8) else {
            throw .message("\(archetype) is missing")
        }
        let template: MustacheTemplate
        do { template = try MustacheTemplate(string: text) } catch { throw .message("\(archetype): \(error)") }
        let values: [String: String] = ["title": title.isEmpty ? "" : YAMLScalar.write(title), "region": region, "date": date, "number": String(number)]
        return template.render(values)
    }

}
