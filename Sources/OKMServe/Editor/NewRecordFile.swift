import Foundation
#if canImport(Glibc)
import Glibc
#endif
import OKMBuild
import OKMModel

/// A new record's file, written by the editor: a draft, named by the slug rules
/// (`content/<kind>/<slug>.md`), in the archetypes' layout (what `okm new` writes) with the
/// values given filled into their lines; never over a file or a slug that exists, and never
/// anywhere but inside content/<kind>/. Used by the reference pickers' "new person /
/// organization / institution"; a seam for any other way of making a record.
struct NewRecordFile {
    enum Refusal: Error, Equatable {
        /// The name gives no slug (no letter or digit).
        case noName
        /// A record of the kind has the slug already (its file inside content/).
        case exists(String)
        /// The kind cannot be made here, or its folder is not inside content/.
        case notHere
        /// The file could not be written (why).
        case failed(String)
    }

    /// The kinds a reference picker can create on the spot.
    static let kinds: [Kind] = [.people, .organizations, .institutions]

    /// The fields a person fills in to create one: the name, every field the schema requires,
    /// and an entity's kind and region (in the schema's order).
    static func fields(of kind: Kind) -> [SchemaField] {
        Schema.fields(of: kind).filter { f in
            guard f.name != "draft", f.name != "type", f.name != "slug" else { return false }
            switch f.type {
            case .text, .choice, .reference, .date, .archiveDate, .number: break
            default: return false
            }
            return f.name == "name" || f.name == "kind" || f.name == "region" || f.requirement != .optional
        }
    }

    let kind: Kind
    /// Values by field name (`name`, `region`, `kind`…); the name is required.
    let values: [String: String]

    var slug: String { Slug.make(values["name"] ?? "") }
    /// The file inside content/: `organizations/<slug>.md`.
    var relativePath: String { "\(kind.folder)/\(slug).md" }

    /// The file's text: the archetype with the name and region, then the other values written
    /// into their lines as the form writes a field; `draft: true` stays.
    func text(templatesDirectory: String) -> String {
        let name = values["name"] ?? ""
        let base = (try? NewRecord.archetype(kind, title: name, region: values["region"] ?? "", templatesDirectory: templatesDirectory))
            ?? "---\ndraft: true\n---\n"
        var input: [String: String] = [:]
        // Only what was given: a field left empty keeps the archetype's line as `okm new` writes it.
        for f in Self.fields(of: kind) { if let v = values[f.name], !v.isEmpty { input["f." + f.name] = v } }
        return RecordEdit(kind: kind, text: base).apply(FormInput(values: input))
    }

    /// Writes the draft; its path inside content/, or why not. `known` are the slugs of the
    /// kind's records (a record whose file name is not its slug holds one too).
    func write(contentDirectory: String, templatesDirectory: String, known: Set<String>) -> Result<String, Refusal> {
        do { return .success(try writing(contentDirectory: contentDirectory, templatesDirectory: templatesDirectory, known: known)) }
        catch let refusal as Refusal { return .failure(refusal) }
        catch { return .failure(.failed("\(error)")) }
    }

    private func writing(contentDirectory: String, templatesDirectory: String, known: Set<String>) throws -> String {
        guard Self.kinds.contains(kind) else { throw Refusal.notHere }
        let slug = self.slug
        guard !slug.isEmpty else { throw Refusal.noName }
        guard let root = ContentFile.realPath(contentDirectory) else { throw Refusal.notHere }
        let folder = root + "/" + kind.folder
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        guard let real = ContentFile.realPath(folder), real == folder else { throw Refusal.notHere }   // not a link out of content/
        let path = folder + "/" + slug + ".md"
        guard !known.contains(slug), !FileManager.default.fileExists(atPath: path) else { throw Refusal.exists(relativePath) }
        let tmp = folder + "/.okm-new-\(UInt64.random(in: 0...UInt64.max)).tmp"
        guard FileManager.default.createFile(atPath: tmp, contents: Data(text(templatesDirectory: templatesDirectory).utf8)) else {
            throw Refusal.failed(String(cString: strerror(errno)))
        }
        defer { unlink(tmp) }
        // link(2) makes the name appear whole, and fails rather than replace a file made meanwhile.
        guard link(tmp, path) == 0 else {
            let e = errno
            throw e == EEXIST ? Refusal.exists(relativePath) : Refusal.failed(String(cString: strerror(e)))
        }
        return relativePath
    }
}

/// What a posted form asks of a new record: `create=<kind folder> <input name>` (the button
/// beside a reference field: show the fields), or `newrecord=write|cancel` with the fields
/// `newrecord.kind`, `newrecord.target`, `new.<field>`.
struct NewRecordRequest {
    enum Step { case open, write, cancel }
    var step: Step
    var kind: Kind
    /// The input the new record's slug goes into (`f.chair`, `f.agenda.0.reporters.1`).
    var target: String
    /// The fields typed so far, by name.
    var values: [String: String]

    init?(_ input: FormInput) {
        var kindName = "", target = ""
        if let create = input["create"] {
            let parts = create.split(separator: " ").map(String.init)
            guard parts.count == 2 else { return nil }
            kindName = parts[0]
            target = parts[1]
            step = .open
        } else if let action = input["newrecord"], let k = input["newrecord.kind"], let t = input["newrecord.target"] {
            guard let s = ["write": Step.write, "cancel": .cancel][action] else { return nil }
            kindName = k
            target = t
            step = s
        } else {
            return nil
        }
        guard let kind = Kind(folder: kindName), NewRecordFile.kinds.contains(kind), target.hasPrefix("f."),
              target.count < 200, !target.contains(" ") else { return nil }
        self.kind = kind
        self.target = target
        var values: [String: String] = [:]
        for f in NewRecordFile.fields(of: kind) { if let v = input["new." + f.name] { values[f.name] = v.trimmingCharacters(in: .whitespacesAndNewlines) } }
        if step == .open, values["name"] == nil, let typed = input[target], Slug.make(typed) != typed {
            values["name"] = typed   // a name typed into the reference field, not a slug: the new record's name
        }
        self.values = values
    }
}
