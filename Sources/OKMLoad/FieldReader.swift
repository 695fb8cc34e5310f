import Foundation
import OKMModel
import Yams

/// Reads the fields of one YAML mapping into typed values. The mapping's fields in the
/// schema (`Schema`) say which keys it may have — `finish()` reports any other as unknown,
/// with a did-you-mean — which are required and what a draft may leave out.
/// Every problem goes to the sink with its true file line and column.
final class FieldReader {
    let place: YAMLPlace
    let sink: DiagnosticSink
    /// The mapping node itself (for "missing field" errors).
    let mark: Mark?
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    private var known: Set<String> = []
    /// What this mapping is, for messages: "front matter", "agenda item 2".
    let what: MessageArgument
    /// The schema's fields of this mapping.
    let fields: [SchemaField]
    /// A draft's front matter: a field required only for publishing may be missing (a warning).
    var forgiving = false

    init(_ mapping: Node.Mapping, place: YAMLPlace, sink: DiagnosticSink, what: MessageArgument, fields: [SchemaField]) {
        self.fields = fields
        self.place = place
        self.sink = sink
        self.mark = mapping.mark
        self.what = what
        var pairs: [(String, Node, Node)] = []
        for (k, v) in mapping {
            if case .scalar(let s) = k {
                pairs.append((s.string, k, v))
            } else {
                sink.error(2001, place.location(k), ["what": what, "found": k.kindName])
            }
        }
        self.pairs = pairs
    }

    /// A reader over a node that must be a mapping; nil (and an error) otherwise.
    static func mapping(_ node: Node, place: YAMLPlace, sink: DiagnosticSink, what: MessageArgument, fields: [SchemaField]) -> FieldReader? {
        guard case .mapping(let m) = node else {
            sink.error(2002, place.location(node), ["what": what, "found": node.kindName])
            return nil
        }
        return FieldReader(m, place: place, sink: sink, what: what, fields: fields)
    }

    func field(_ key: String) -> SchemaField? { fields.first { $0.name == key } }

    /// As the caller says, else as the schema says.
    private func isRequired(_ key: String, _ required: Bool?) -> Bool {
        required ?? field(key)?.requirement.isRequired ?? false
    }

    /// The schema's fields of the group a field holds (`agenda` → an agenda item's).
    func groupFields(_ key: String) -> [SchemaField] {
        field(key)?.type.group?.fields ?? []
    }

    /// A required field is missing or empty: an error, or in a draft a warning when the schema
    /// lets drafts go without it.
    private func report(_ code: DiagnosticCode, _ at: SourceLocation, _ key: String, _ arguments: [String: MessageArgument]) {
        if forgiving && field(key)?.requirement == .requiredWhenPublished {
            sink.warning(code, at, variant: "draft", arguments)
        } else {
            sink.error(code, at, arguments)
        }
    }

    var location: SourceLocation { place.location(mark) }

    func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    /// The raw node of a field, marked as known. nil when absent or written without a value.
    func node(_ key: String) -> Node? {
        known.insert(key)
        if sink.auditing, field(key) == nil { sink.schemaGaps.append("\(what.worded(.en)): '\(key)' is read but not in the schema") }
        guard let p = pairs.first(where: { $0.key == key }), !p.value.isNull else { return nil }
        return p.value
    }

    func keyLocation(_ key: String) -> SourceLocation {
        pairs.first(where: { $0.key == key }).map { place.location($0.keyNode) } ?? location
    }

    /// `hint` defaults to the schema's words for the field (a date's format, a choice's values).
    func missing(_ key: String, _ hint: MessageArgument? = nil) {
        let hint = hint ?? field(key).map(Self.hint) ?? ""
        if has(key) {
            report(2010, keyLocation(key), key, ["key": "\(key)", "what": what, "hint": hint])
        } else {
            report(2011, location, key, ["key": "\(key)", "what": what, "hint": hint])
        }
    }

    /// What "is missing the required field" adds: the field's own words (English, from the
    /// schema), else the type's in the messages' language.
    static func hint(_ field: SchemaField) -> MessageArgument {
        // The schema's own words (English, for the JSON Schema) have their catalog entry by field.
        if let own = field.missingHint { return Messages.table(.en)["hint." + field.name] != nil ? .phrase("hint." + field.name) : .text(own) }
        switch field.type {
        case .date, .archiveDate: return .phrase("hint.date")
        case .choice(let values): return .phrase("hint.choice", ["values": "\(values.joined(separator: ", "))"])
        default: return ""
        }
    }

    // MARK: scalars

    func scalarText(_ node: Node, field: String) -> String? {
        guard case .scalar(let s) = node else {
            sink.error(2003, place.location(node), ["field": "\(field)", "found": node.kindName])
            return nil
        }
        return s.string
    }

    func string(_ key: String, required: Bool? = nil) -> String? {
        let required = isRequired(key, required)
        guard let n = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard let s = scalarText(n, field: key) else { return nil }
        let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            if required { report(2012, place.location(n), key, ["key": "\(key)"]) }
            return nil
        }
        return trimmed
    }

    /// A text field that holds an address (`url`, `src`, `file`): as `string`, but an address
    /// that would run a script or hold a document of its own (`javascript:`, `data:`…) is an
    /// error at its value, since whatever okm publishes from it would carry it to readers.
    func address(_ key: String, required: Bool? = nil) -> String? {
        guard let s = string(key, required: required) else { return nil }
        if let scheme = URLs.dangerousScheme(s) {
            sink.error(2020, location(of: key), ["key": "\(key)", "scheme": "\(scheme)"])
            return nil
        }
        return s
    }

    func location(of key: String) -> SourceLocation {
        pairs.first(where: { $0.key == key }).map { place.location($0.value) } ?? location
    }

    func int(_ key: String, min lower: Int = 0) -> Int? {
        guard let n = node(key), let s = scalarText(n, field: key) else { return nil }
        guard let v = Int(s.trimmingCharacters(in: .whitespaces)) else {
            sink.error(2021, place.location(n), ["key": "\(key)", "found": "\(s)"])
            return nil
        }
        if v < lower {
            sink.error(2022, place.location(n), ["key": "\(key)", "lower": "\(lower)", "found": "\(v)"])
            return nil
        }
        return v
    }

    func bool(_ key: String) -> Bool? {
        guard let n = node(key), let s = scalarText(n, field: key) else { return nil }
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            sink.error(2023, place.location(n), ["key": "\(key)", "found": "\(s)"])
            return nil
        }
    }

    func day(_ key: String, required: Bool? = nil) -> Day? {
        guard let n = node(key) else {
            if isRequired(key, required) { missing(key) }
            return nil
        }
        return day(n, field: key)
    }

    func day(_ n: Node, field: String) -> Day? {
        guard let s = scalarText(n, field: field) else { return nil }
        let text = s.trimmingCharacters(in: .whitespaces)
        if let d = Day(iso: text) { return d }
        if text.utf8.count == 10, text.utf8.filter({ $0 == UInt8(ascii: "-") }).count == 2,
           text.allSatisfy({ $0 == "-" || $0.isASCII && $0.isNumber }) {
            sink.error(2024, place.location(n), ["field": "\(field)", "text": "\(text)"])
        } else {
            sink.error(2025, place.location(n), ["field": "\(field)", "found": "\(text)"])
        }
        return nil
    }

    /// A date as an archive writes it (ArchiveDate: a day, a month, a year, EDTF level 1).
    func archiveDate(_ key: String, required: Bool? = nil) -> ArchiveDate? {
        guard let n = node(key) else {
            if isRequired(key, required) { missing(key) }
            return nil
        }
        return archiveDate(n, field: key)
    }

    func archiveDate(_ n: Node, field: String) -> ArchiveDate? {
        guard let s = scalarText(n, field: field) else { return nil }
        switch ArchiveDate.parse(s) {
        case .success(let d): return d
        case .failure(let e):
            let text = s.trimmingCharacters(in: .whitespaces)
            if e.malformed {
                sink.error(2026, place.location(n), ["field": "\(field)", "found": "\(text)"])
            } else {
                sink.error(2027, place.location(n), ["field": "\(field)", "problem": .message(e.text)])
            }
            return nil
        }
    }

    /// One of the enum's values, or of `among` when only some may be written.
    func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, among: [E]? = nil, required: Bool? = nil) -> E?
    where E.RawValue == String {
        guard let n = node(key) else {
            if isRequired(key, required) { missing(key, field(key) == nil ? .phrase("hint.choice", ["values": "\((among ?? Array(E.allCases)).map(\.rawValue).joined(separator: ", "))"]) : nil) }
            return nil
        }
        return choice(n, field: key, type, among: among)
    }

    func choice<E: RawRepresentable & CaseIterable>(_ n: Node, field: String, _ type: E.Type, among: [E]? = nil) -> E?
    where E.RawValue == String {
        guard let s = scalarText(n, field: field) else { return nil }
        let text = s.trimmingCharacters(in: .whitespaces)
        let allowed = among ?? Array(E.allCases)
        if let v = E(rawValue: text), allowed.contains(where: { $0.rawValue == v.rawValue }) { return v }
        let names = allowed.map(\.rawValue)
        let near: MessageArgument = EditDistance.closest(to: text, in: names).map { .phrase("didYouMean", ["suggestion": "\($0)"]) } ?? ""
        sink.error(2028, place.location(n), ["field": "\(field)", "values": "\(names.joined(separator: ", "))", "found": "\(text)", "didYouMean": near])
        return nil
    }

    // MARK: lists and nested mappings

    /// A list field; a single value is taken as a list of one.
    func list(_ key: String) -> [Node] {
        guard let n = node(key) else { return [] }
        switch n {
        case .sequence(let s): return Array(s)
        case .scalar: return [n]
        default:
            sink.error(2030, place.location(n), ["key": "\(key)", "found": n.kindName])
            return []
        }
    }

    func strings(_ key: String) -> [String] {
        list(key).enumerated().compactMap { i, n in
            guard isSingleItem(n, i, of: key) else { return nil }
            return scalarText(n, field: key).map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    /// An item of a list of values must itself be a single value; the error names the item.
    private func isSingleItem(_ n: Node, _ index: Int, of key: String) -> Bool {
        if case .scalar = n { return true }
        sink.error(2031, place.location(n), ["n": "\(index + 1)", "key": "\(key)", "found": n.kindName])
        return false
    }

    func nested(_ key: String, required: Bool? = nil) -> FieldReader? {
        guard let n = node(key) else {
            if isRequired(key, required) { missing(key) }
            return nil
        }
        return FieldReader.mapping(n, place: place, sink: sink, what: .phrase("what.field", ["key": "\(key)"]), fields: groupFields(key))
    }

    /// A list whose items are mappings, each read by `read` with its 1-based position.
    func records<T>(_ key: String, what: MessageArgument, _ read: (FieldReader, Int) -> T?) -> [T] {
        guard let n = node(key) else { return [] }
        guard case .sequence(let seq) = n else {
            sink.error(2032, place.location(n), ["key": "\(key)", "items": what.many, "found": n.kindName])
            return []
        }
        var out: [T] = []
        for (i, item) in seq.enumerated() {
            guard let r = FieldReader.mapping(item, place: place, sink: sink, what: .phrase("what.item", ["what": what, "n": "\(i + 1)"]), fields: groupFields(key)) else { continue }
            if let v = read(r, i + 1) { out.append(v) }
            r.finish()
        }
        return out
    }

    // MARK: references

    /// A slug of the field's kind; Cyrillic or capitals are turned into the slug they stand for.
    func reference(_ n: Node, field: String, kinds: [Kind]) -> Reference? {
        guard let s = scalarText(n, field: field) else { return nil }
        let text = s.trimmingCharacters(in: .whitespaces)
        let at = place.location(n)
        if kinds.count == Kind.allCases.count {
            return anyKindReference(text, field: field, at: at)
        }
        let slug = Slug.make(text)
        if slug.isEmpty {
            sink.error(2040, at, ["field": "\(field)", "text": "\(text)"])
            return nil
        }
        return Reference(kinds: kinds, slug: slug, at: at)
    }

    /// `kind/slug`, as `source:` and `closed_by:` are written.
    private func anyKindReference(_ text: String, field: String, at: SourceLocation) -> Reference? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard parts.count >= 2, let kind = Kind(folder: parts[0]) else {
            let folders = Kind.allCases.map(\.folder).joined(separator: ", ")
            sink.error(2041, at, ["field": "\(field)", "folders": "\(folders)", "found": "\(text)"])
            return nil
        }
        if parts.count == 3, kind.isDated, Int(parts[1]) != nil {
            sink.error(2042, at, ["field": "\(field)", "written": "\(parts[0])/\(parts[2])"])
            return nil
        }
        guard parts.count == 2 else {
            sink.error(2043, at, ["field": "\(field)", "found": "\(text)"])
            return nil
        }
        let slug = Slug.make(parts[1])
        guard !slug.isEmpty else {
            sink.error(2044, at, ["field": "\(field)", "text": "\(parts[1])"])
            return nil
        }
        return Reference(kind, slug, at: at)
    }

    func reference(_ key: String, _ kinds: [Kind], required: Bool? = nil) -> Reference? {
        guard let n = node(key) else {
            if isRequired(key, required) { missing(key) }
            return nil
        }
        return reference(n, field: key, kinds: kinds)
    }

    func reference(_ key: String, _ kind: Kind, required: Bool? = nil) -> Reference? {
        reference(key, [kind], required: required)
    }

    func references(_ key: String, _ kinds: [Kind]) -> [Reference] {
        list(key).enumerated().compactMap { i, n in
            isSingleItem(n, i, of: key) ? reference(n, field: key, kinds: kinds) : nil
        }
    }

    func references(_ key: String, _ kind: Kind) -> [Reference] { references(key, [kind]) }

    // MARK: the end

    /// Reports every key the schema does not have for this mapping.
    func finish() {
        let names = fields.map(\.name)
        for p in pairs where !names.contains(p.key) {
            let near: MessageArgument = EditDistance.closest(to: p.key, in: names.sorted()).map { .phrase("didYouMean", ["suggestion": "\($0)"]) } ?? ""
            sink.error(2050, place.location(p.keyNode), ["key": "\(p.key)", "what": what, "didYouMean": near])
        }
        if sink.auditing {
            for name in names where !known.contains(name) { sink.schemaGaps.append("\(what.worded(.en)): the schema's '\(name)' is never read") }
        }
    }

    /// Marks keys as known without reading them (read elsewhere).
    func accept(_ keys: String...) { known.formUnion(keys) }
    func accept(contentsOf keys: [String]) { known.formUnion(keys) }
}
