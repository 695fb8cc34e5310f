import OKMModel
import Yams

/// Lines of a protocol as written (attendance, reporters, the chair): each a slug, or a group
/// in one of the schema's forms (`GroupName.forms`): `{person, post}`, `{organization, count}`,
/// `{text}`. Every problem is reported at the line.
extension FieldReader {
    /// `attendees:` or `reporters:`; `what` names one line in messages ("attendance line").
    func writtenLines(_ key: String, _ kinds: [Kind], what: String) -> [WrittenLine] {
        list(key).enumerated().compactMap { i, n in
            switch n {
            case .scalar:
                return reference(n, field: key, kinds: kinds).map { WrittenLine(reference: $0) }
            case .mapping:
                guard let r = FieldReader.mapping(n, place: place, sink: sink, what: "\(what) \(i + 1) of '\(key)'", fields: groupFields(key)) else { return nil }
                defer { r.finish() }
                return r.writtenLine(forms: field(key)?.type.group?.forms ?? [])
            default:
                sink.error(2033, place.location(n), "item \(i + 1) of '\(key)' must be a file name or a group of fields (\(formWords(key))), found \(n.kindName)")
                return nil
            }
        }
    }

    private func formWords(_ key: String) -> String {
        (field(key)?.type.group?.forms ?? []).map { "{ " + $0.joined(separator: ", ") + " }" }.joined(separator: ", ")
    }

    /// One line written as a group: exactly one form, named by its first field.
    private func writtenLine(forms: [[String]]) -> WrittenLine? {
        let heads = forms.map { $0[0] }
        let written = heads.filter(has)
        guard written.count == 1, let form = forms.first(where: { $0[0] == written[0] }) else {
            let names = heads.map { "'\($0)'" }
            if written.isEmpty {
                sink.error(2034, location, "\(what) must name \(names.dropLast().joined(separator: ", ")) or \(names.last!)")
            } else {
                let both = written.map { "'\($0)'" }
                let kinds = forms.map { "{ " + $0.joined(separator: ", ") + " }" }.joined(separator: " or ")
                sink.error(2035, keyLocation(written[1]), "\(what) has both \(both.dropLast().joined(separator: ", ")) and \(both.last!): write each on its own line (a line is \(kinds))")
            }
            accept(contentsOf: fields.map(\.name))
            return nil
        }
        for f in fields.map(\.name) where has(f) && !form.contains(f) {
            sink.error(2036, keyLocation(f), "'\(f)' does not go with '\(form[0])' in \(what) (with '\(form[0])': \(form.joined(separator: ", ")))")
        }
        accept(contentsOf: fields.map(\.name))
        let post = form.contains("post") ? string("post") : nil
        let count = form.contains("count") ? int("count", min: 1) : nil
        let asWritten = form.contains("as") ? string("as") : nil
        let joined = form.contains("joined") ? string("joined") : nil
        let source = form.contains("source") ? source("source") : nil
        var line: WrittenLine
        switch form[0] {
        case "text":
            guard let text = string("text", required: true) else { return nil }
            line = WrittenLine(text: text, at: location(of: "text"))
        case let head:
            let kind: Kind = head == "person" ? .people : .organizations
            guard let ref = reference(head, kind, required: true) else { return nil }
            line = WrittenLine(reference: ref, post: post, count: count, asWritten: asWritten)
        }
        line.joined = joined
        line.source = source
        return line
    }

    /// `chair: slug` or `chair: { person, post }`.
    func chair(_ key: String) -> (Reference, post: String?)? {
        guard let n = node(key) else { return nil }
        if case .mapping = n {
            guard let r = nested(key) else { return nil }
            defer { r.finish() }
            guard let person = r.reference("person", .people) else { return nil }
            return (person, r.string("post"))
        }
        return reference(n, field: key, kinds: [.people]).map { ($0, nil) }
    }
}
