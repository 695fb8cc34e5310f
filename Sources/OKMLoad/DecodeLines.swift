import OKMModel
import Yams

/// Lines of a protocol as written (attendance, reporters, the chair): each a slug, or a group
/// in one of the schema's forms (`GroupName.forms`): `{person, post}`, `{organization, count}`,
/// `{text}`. Every problem is reported at the line.
extension FieldReader {
    /// `attendees:` or `reporters:`; `what` names one line in messages ("attendance line").
    func writtenLines(_ key: String, _ kinds: [Kind], what: MessageArgument) -> [WrittenLine] {
        list(key).enumerated().compactMap { i, n in
            switch n {
            case .scalar:
                return reference(n, field: key, kinds: kinds).map { WrittenLine(reference: $0) }
            case .mapping:
                guard let r = FieldReader.mapping(n, place: place, sink: sink, what: .phrase("what.itemOf", ["what": what, "n": "\(i + 1)", "key": "\(key)"]), fields: groupFields(key)) else { return nil }
                defer { r.finish() }
                return r.writtenLine(forms: field(key)?.type.group?.forms ?? [])
            default:
                sink.error(2033, place.location(n), ["n": "\(i + 1)", "key": "\(key)", "forms": "\(formWords(key))", "found": n.kindName])
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
            let names = heads.map { MessageArgument.phrase("what.field", ["key": "\($0)"]) }
            if written.isEmpty {
                sink.error(2034, location, ["what": what, "names": .commas(Array(names.dropLast())), "last": names.last!])
            } else {
                let both = written.map { MessageArgument.phrase("what.field", ["key": "\($0)"]) }
                let kinds = MessageArgument.or(forms.map { "{ \($0.joined(separator: ", ")) }" })
                sink.error(2035, keyLocation(written[1]), ["what": what, "names": .commas(Array(both.dropLast())), "last": both.last!, "forms": kinds])
            }
            accept(contentsOf: fields.map(\.name))
            return nil
        }
        for f in fields.map(\.name) where has(f) && !form.contains(f) {
            sink.error(2036, keyLocation(f), ["field": "\(f)", "head": "\(form[0])", "what": what, "form": "\(form.joined(separator: ", "))"])
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
