import Foundation
import OKMModel
import Yams

/// Saving a form into a record's file: only the lines of the fields whose value changed are
/// rewritten (a changed list of groups as its whole block), a field the file did not have is
/// added at the end of the front matter, and every other byte stays as it was.
struct RecordEdit {
    let kind: Kind
    let file: RecordFile

    init(kind: Kind, text: String) {
        self.kind = kind
        file = RecordFile(text: text)
    }

    /// The fields of the kind, with the value the file holds; nil for a field the form shows
    /// read-only (a shape or a YAML feature the form cannot write back faithfully).
    var values: [(field: SchemaField, value: FormValue?)] {
        Schema.fields(of: kind).map { f in
            guard file.editable else { return (f, nil) }
            guard let node = file.node(f.name) else { return (f, FormValue.empty(f.type)) }
            return (f, FormValue(node: node, type: f.type))
        }
    }

    /// The file's text with the form's values; the same text, byte for byte, when nothing changed.
    func apply(_ input: FormInput) -> String {
        var lines = file.lines
        let nl = file.newline
        var replacements: [(Range<Int>, [String])] = []
        var added: [String] = []
        for (field, old) in values {
            guard let old, input["f." + field.name] != nil else { continue }
            let new = input.value("f." + field.name, field.type)
            if new == old { continue }
            let text = YAMLText.lines(key: field.name, value: new, type: field.type).map { $0 + nl }
            if let range = file.fields.first(where: { $0.key == field.name })?.lines {
                replacements.append((range, text))
            } else {
                added += text
            }
        }
        var bodyChanged = false
        var newBody = ""
        if input["body"] != nil {
            let sent = input.text("body")
            if sent != file.body.replacingOccurrences(of: "\r\n", with: "\n") {
                bodyChanged = true
                newBody = nl == "\n" ? sent : sent.replacingOccurrences(of: "\n", with: nl)
            }
        }
        if replacements.isEmpty && added.isEmpty && !bodyChanged { return lines.joined() }
        if var fences = file.fences {
            if bodyChanged {
                lines.removeSubrange((fences.close + 1)...)
                if lines[fences.close].unicodeScalars.last != "\n" { lines[fences.close] += nl }
                lines.append(newBody)
            }
            if !added.isEmpty {
                // After the last field, before comments that close the front matter… simply before `---`.
                if fences.close > 0, lines[fences.close - 1].unicodeScalars.last != "\n" { lines[fences.close - 1] += nl }
                lines.insert(contentsOf: added, at: fences.close)
                fences.close += added.count
            }
            for (range, text) in replacements.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
                lines.replaceSubrange(range, with: text)
            }
        } else {
            lines = ["---" + nl] + added + ["---" + nl] + (bodyChanged ? [newBody] : lines)
        }
        return lines.joined()
    }

    /// The file's text with one row more at the end of a list of groups (an uploaded file's
    /// `images:` or `attachments:` row): that list's lines rewritten, or added before the closing
    /// `---`, and every other byte as it was. Nil when the form cannot rewrite the field (the
    /// kind has no such list, or the file writes it in a shape the form keeps read-only).
    func appending(_ row: [String: FormValue], to name: String) -> String? {
        guard let entry = values.first(where: { $0.field.name == name }), let old = entry.value,
              case .groups(let rows) = old else { return nil }
        let field = entry.field
        let nl = file.newline
        let text = YAMLText.lines(key: name, value: .groups(rows + [row]), type: field.type).map { $0 + nl }
        var lines = file.lines
        if let range = file.fields.first(where: { $0.key == name })?.lines {
            lines.replaceSubrange(range, with: text)
        } else if let fences = file.fences {
            if fences.close > 0, lines[fences.close - 1].unicodeScalars.last != "\n" { lines[fences.close - 1] += nl }
            lines.insert(contentsOf: text, at: fences.close)
        } else {
            lines = ["---" + nl] + text + ["---" + nl] + lines
        }
        return lines.joined()
    }
}
