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

    /// Why no record was written, from the catalog (`new.*`), worded when printed.
    public enum Failure: Error, CustomStringConvertible {
        case message(Message)
        public var message: Message { if case .message(let m) = self { m } else { Message("") } }
        /// In English (the tests' form).
        public var description: String { message.worded(.en) }
        static func say(_ id: String, _ arguments: [String: MessageArgument] = [:]) -> Failure { .message(Message(id, arguments)) }
    }

    /// Writes the file and returns its path; never overwrites.
    public static func create(_ r: Request) throws(Failure) -> String {
        guard let kind = Kind.allCases.first(where: { $0.singular == r.kind || $0.folder == r.kind }) else {
            let names = Kind.allCases.map(\.singular)
            let near: MessageArgument = EditDistance.closest(to: r.kind, in: names).map { .phrase("didYouMean", ["suggestion": "\($0)"]) } ?? ""
            throw .say("new.unknownKind", ["kind": "\(r.kind)", "didYouMean": near, "kinds": .commas(names.map { .text($0) })])
        }
        let loaded = Loader.load(contentDirectory: r.contentDirectory)
        var regionSlug: String?
        if let region = r.region {
            let slug = Slug.make(region)
            let known = loaded.content.regions.map(\.header.id.slug)
            guard known.contains(slug) else {
                let near: MessageArgument = EditDistance.closest(to: slug, in: known).map { .phrase("didYouMean", ["suggestion": "\($0)"]) } ?? ""
                throw .say("new.unknownRegion", ["region": "\(region)", "didYouMean": near])
            }
            regionSlug = slug
        } else if kind == .protocols || kind == .events {
            throw .say("new.needsRegion", ["kind": .kind(kind)])
        }
        if kind != .protocols && (r.title ?? "").isEmpty {
            throw .say("new.needsTitle", ["kind": .kind(kind), "name": "\(kind.singular)"])
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
        guard !name.hasSuffix("/.md"), name != ".md" else { throw .say("new.emptyName") }
        let path = r.contentDirectory + "/" + kind.folder + "/" + name

        let rendered = try archetype(kind, title: r.title ?? "", region: regionSlug ?? "", date: date, number: number,
                                     templatesDirectory: r.templatesDirectory)
        let fm = FileManager.default
        guard !fm.fileExists(atPath: path) else { throw .say("new.exists", ["path": "\(path)"]) }
        do {
            try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(rendered.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw .say("new.notWritten", ["path": "\(path)", "reason": WriteError.explain(error)])
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
            throw .say("new.noArchetype", ["path": "\(archetype)"])
        }
        let template: MustacheTemplate
        do { template = try MustacheTemplate(string: text) } catch { throw .say("new.badArchetype", ["path": "\(archetype)", "detail": "\(error)"]) }
        let values: [String: String] = ["title": title.isEmpty ? "" : YAMLScalar.write(title), "region": region, "date": date, "number": String(number)]
        return template.render(values)
    }

}
