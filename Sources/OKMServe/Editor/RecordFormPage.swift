import Foundation
import OKMMarkdown
// The form shows a record's confidential blocks to their author, on the secretary's own
// machine, as "never published" (`ConfidentialText.open`); the preview and the site leave them out.
@_spi(InternalEdition) import OKMModel

/// A record's form, made from the schema of its kind: a field added to the schema appears
/// here with no code of its own. Plain HTML: every input labelled, help tied to it by
/// aria-describedby, lists of groups as fieldsets of rows with one empty row to add.
struct RecordFormPage {
    let edit: RecordEdit
    let relativePath: String
    var hash: String
    let words: EditorWords
    let language: String
    /// The records a reference may name, by kind: (slug, the picker's label: names, Latin forms).
    let choices: [Kind: [(slug: String, label: String)]]
    /// What the user typed, shown again instead of the file's values (a conflict, a failed save).
    var input: FormInput? = nil
    /// A message at the top (saved, conflict); `isProblem` makes it an alert.
    var message: (text: String, isProblem: Bool)? = nil
    /// The record's diagnostics from `okm check`: listed in a summary at the top, each linked to
    /// its field where its line is in one, and shown again beside that field.
    var diagnostics: [Diagnostic] = []
    /// The new record whose fields are open beside its reference field ("new person…").
    var creating: NewRecordRequest? = nil

    /// The diagnostic's line and message, worded in the site's language (Bulgarian by default).
    static func text(_ d: Diagnostic, language: String) -> String {
        "\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(d.message(in: MessageLanguage(rawValue: language) ?? .bg))"
    }

    /// The diagnostics whose line is in a top-level field's lines, by the field's name.
    var byField: [String: [Diagnostic]] {
        var out: [String: [Diagnostic]] = [:]
        for d in diagnostics { if let key = edit.file.field(atLine: d.location.line) { out[key, default: []].append(d) } }
        return out
    }

    func html() -> String {
        var datalists: [String: [Kind]] = [:]
        var main = "<p><a href=\"/__okm/edit/\">\(esc(words.back))</a></p>\n"
        main += "<h1>\(esc(words.pick(Schema.label(of: edit.kind)))): \(esc(relativePath))</h1>\n"
        if let message {
            main += "<div class=\"\(message.isProblem ? "alert" : "note")\" role=\"\(message.isProblem ? "alert" : "status")\"><p>\(esc(message.text))</p></div>\n"
        }
        if !diagnostics.isEmpty {
            main += "<div class=\"alert\" role=\"alert\" aria-labelledby=\"problems\"><h2 id=\"problems\">\(esc(words.problems)): \(diagnostics.count)</h2><ul>\n"
            for d in diagnostics {
                let text = esc(Self.text(d, language: language))
                if let key = edit.file.field(atLine: d.location.line) {
                    main += "<li><a href=\"#f.\(esc(key))\">\(text)</a></li>\n"
                } else {
                    main += "<li>\(text)</li>\n"
                }
            }
            main += "</ul></div>\n"
        }
        // The words the script uses when it moves rows without a reload ({n}: the row's number).
        let scriptWords = "data-move-up=\"\(esc(words.word("move_up")))\" data-move-down=\"\(esc(words.word("move_down")))\" data-remove-row=\"\(esc(words.word("remove_row")))\" data-rows-changed=\"\(esc(words.rowsChanged))\""
        main += "<form method=\"post\" action=\"/__okm/edit/record?path=\(urlQuery(relativePath))\" \(scriptWords)>\n"
        main += "<input type=\"hidden\" name=\"hash\" value=\"\(esc(hash))\">\n"
        // First in the form: Enter in a field saves, as the form's first submit button (not a row's).
        main += "<button type=\"submit\">\(esc(words.save))</button>\n"
        // In the order a person fills the record in: `type` (given by the folder) and `slug`
        // (made from the file name) are rarely touched, so they come last, not first.
        let technical: Set<String> = ["type", "slug"]
        let ordered = edit.values.filter { !technical.contains($0.0.name) } + edit.values.filter { technical.contains($0.0.name) }
        for (field, fileValue) in ordered {
            let name = "f." + field.name
            guard let fileValue else {
                main += "<div class=\"field\" id=\"\(esc(name))\"><p><strong>\(esc(words.pick(field.label)))</strong> (<code>\(esc(field.name))</code>): \(esc(words.kept))</p></div>\n"
                continue
            }
            let value = input.map { $0[name] != nil ? $0.value(name, field.type) : fileValue } ?? fileValue
            main += render(field, name: name, value: value, top: true, datalists: &datalists)
        }
        let body = input?["body"] != nil ? input!.text("body") : edit.file.body
        main += "<label for=\"body\">\(esc(words.body))</label>\n<p class=\"help\" id=\"body-help\">\(esc(words.bodyHelp))</p>\n"
        // The line end after <textarea> is dropped by the HTML parser: a body's own first blank line stays.
        main += "<textarea id=\"body\" name=\"body\" rows=\"16\" aria-describedby=\"body-help\">\n\(esc(body))</textarea>\n"
        main += confidentialNote(body)
        main += "<button type=\"submit\">\(esc(words.save))</button>\n"
        // The page as it will be published, from the input as it is now, in a tab of its own (nothing is saved).
        main += "<button type=\"submit\" formaction=\"/__okm/edit/preview?path=\(urlQuery(relativePath))\" formtarget=\"okm-preview\" aria-describedby=\"preview-help\">\(esc(words.preview))</button>\n"
        main += "<p class=\"help\" id=\"preview-help\">\(esc(words.previewHelp))</p>\n</form>\n"
        if edit.file.draftLines != nil {
            // A form of its own: publishing sends only the file's hash, never the fields typed above.
            main += "<form method=\"post\" action=\"/__okm/edit/publish?path=\(urlQuery(relativePath))\">\n"
            main += "<input type=\"hidden\" name=\"hash\" value=\"\(esc(hash))\">\n"
            main += "<p class=\"help\" id=\"publish-help\">\(esc(words.publishHelp))</p>\n"
            main += "<button type=\"submit\" aria-describedby=\"publish-help\">\(esc(words.publish))</button>\n</form>\n"
        }
        main += uploadForms()
        for (id, kinds) in datalists.sorted(by: { $0.key < $1.key }) {
            main += "<datalist id=\"\(id)\">\n"
            for k in kinds { for c in choices[k] ?? [] { main += "<option value=\"\(esc(c.slug))\" label=\"\(esc(c.label))\"></option>\n" } }
            main += "</datalist>\n"
        }
        return editorPage(lang: language, title: "\(words.title): \(relativePath)", main)
    }

    /// One field: an input, a select or a textarea; a fieldset of inputs for a list or a group.
    func render(_ field: SchemaField, name: String, value: FormValue, top: Bool, datalists: inout [String: [Kind]]) -> String {
        let label = esc(words.pick(field.label))
        let helpID = esc(name) + "-help"
        var help = "<p class=\"help\" id=\"\(helpID)\">\(esc(words.pick(field.help)))</p>\n"
        var describedBy = helpID
        if top, let problems = byField[field.name] {
            // Beside the field, in the same words as the summary and `okm check`.
            let problemID = esc(name) + "-problems"
            help += "<ul class=\"problems\" id=\"\(problemID)\">" + problems.map { "<li>\(esc(Self.text($0, language: language)))</li>" }.joined() + "</ul>\n"
            describedBy += " " + problemID
        }
        let marker = top ? "<input type=\"hidden\" name=\"\(esc(name))\" value=\"\">\n" : ""
        switch (field.type.inForm, value) {
        case (.list(let item), .groups(let rows)):
            guard let g = item.group else { return "" }
            var out = "<fieldset id=\"\(esc(name))\"><legend>\(label)</legend>\n\(help)\(marker)"
            for (n, row) in (rows + [[:]]).enumerated() {
                let legend = n < rows.count ? "\(words.pick(g.label)), \(words.row) \(n + 1)" : "\(words.pick(g.label)), \(words.newRow)"
                // A row the script can move: its list and number, renumbered in the page as it moves.
                let movable = top && n < rows.count ? " data-list=\"\(esc(name))\" data-row=\"\(n)\"" : ""
                out += "<fieldset\(movable)><legend>\(esc(legend))</legend>\n"
                for f in g.fields {
                    out += render(f, name: "\(name).\(n).\(f.name)", value: row[f.name] ?? .empty(f.type), top: false, datalists: &datalists)
                }
                if top, n < rows.count {
                    // Submit buttons: the form comes back with the rows changed, nothing saved.
                    out += "<p class=\"rows\" data-buttons>"
                    if n > 0 { out += "<button type=\"submit\" name=\"row\" value=\"up \(esc(name)) \(n)\">\(esc(words.moveUp(n + 1)))</button> " }
                    out += "<button type=\"submit\" name=\"row\" value=\"remove \(esc(name)) \(n)\">\(esc(words.removeRow(n + 1)))</button></p>\n"
                }
                out += "</fieldset>\n"
            }
            if top { out += "<p class=\"rows\"><button type=\"submit\" name=\"row\" value=\"add \(esc(name))\">\(esc(words.addRow))</button></p>\n" }
            return out + "</fieldset>\n"
        case (.group(let g), .group(let row)):
            var out = "<fieldset id=\"\(esc(name))\"><legend>\(label)</legend>\n\(help)\(marker)"
            for f in g.fields {
                out += render(f, name: "\(name).\(f.name)", value: row[f.name] ?? .empty(f.type), top: false, datalists: &datalists)
            }
            return out + "</fieldset>\n"
        case (.list(let item), .list(let items)):
            var out = "<fieldset id=\"\(esc(name))\"><legend>\(label)</legend>\n\(help)\(marker)"
            for (n, v) in (items + [""]).enumerated() {
                let id = esc("\(name).\(n)")
                let rowLabel = n < items.count ? "\(words.pick(field.label)), \(words.row) \(n + 1)" : "\(words.pick(field.label)), \(words.newRow)"
                out += "<label for=\"\(id)\">\(esc(rowLabel))</label>\n"
                out += input(item, id: id, value: v, describedBy: helpID, datalists: &datalists) + "\n"
            }
            return out + "</fieldset>\n"
        case (_, .text(let s)):
            let id = esc(name)
            return "<label for=\"\(id)\">\(label)</label>\n\(help)" + input(field.type.inForm, id: id, value: s, describedBy: describedBy, datalists: &datalists) + "\n"
        default:
            return ""
        }
    }

    /// The body's confidential blocks, shown as what they are: never published (the preview and
    /// the site leave them out).
    func confidentialNote(_ body: String) -> String {
        let blocks = Cmark.parse(body).body.confidential
        guard !blocks.isEmpty else { return "" }
        var out = "<section class=\"confidential\" aria-labelledby=\"confidential\"><h2 id=\"confidential\">\(esc(words.confidential)): \(blocks.count)</h2>\n"
        out += "<p class=\"help\">\(esc(words.confidentialHelp))</p>\n"
        for b in blocks { out += "<pre>\(esc(b.text.open(InternalEditionKey())))</pre>\n" }
        return out + "</section>\n"
    }

    /// The few fields of a new record, beside the reference it is for; its own buttons write
    /// its draft or close it, and the rest of the form's input goes along unchanged.
    func newRecordFields(_ r: NewRecordRequest) -> String {
        var out = "<fieldset class=\"new\" id=\"new\"><legend>\(esc(words.new(r.kind)))</legend>\n"
        out += "<p class=\"help\">\(esc(words.newHelp))</p>\n"
        out += "<input type=\"hidden\" name=\"newrecord.kind\" value=\"\(esc(r.kind.folder))\">\n"
        out += "<input type=\"hidden\" name=\"newrecord.target\" value=\"\(esc(r.target))\">\n"
        var unused: [String: [Kind]] = [:]
        for f in NewRecordFile.fields(of: r.kind) {
            let id = "new." + f.name
            let helpID = esc(id) + "-help"
            out += "<label for=\"\(esc(id))\">\(esc(words.pick(f.label)))</label>\n<p class=\"help\" id=\"\(helpID)\">\(esc(words.pick(f.help)))</p>\n"
            var control = input(f.type, id: id, value: r.values[f.name] ?? "", describedBy: helpID, datalists: &unused)
            if case .reference(let kinds) = f.type {   // a region: chosen from the list, no "new" of its own
                control = "<select id=\"\(esc(id))\" name=\"\(esc(id))\" aria-describedby=\"\(helpID)\"><option value=\"\">\(esc(words.choose))</option>"
                    + kinds.flatMap { choices[$0] ?? [] }.map { "<option value=\"\(esc($0.slug))\"\(r.values[f.name] == $0.slug ? " selected" : "")>\(esc($0.label))</option>" }.joined()
                    + "</select>"
            }
            out += control + "\n"
        }
        out += "<p class=\"rows\"><button type=\"submit\" name=\"newrecord\" value=\"write\">\(esc(words.createDraft))</button> "
        out += "<button type=\"submit\" name=\"newrecord\" value=\"cancel\">\(esc(words.cancel))</button></p>\n"
        return out + "</fieldset>"
    }

    /// The control for one scalar value.
    func input(_ type: FieldType, id: String, value: String, describedBy: String, datalists: inout [String: [Kind]]) -> String {
        let common = "id=\"\(id)\" name=\"\(id)\" aria-describedby=\"\(describedBy)\""
        func options(_ values: [String], _ shown: (String) -> String) -> String {
            var all = [""] + values
            if !all.contains(value) { all.append(value) }     // a value the file holds stays choosable
            let opts = all.map { v in
                "<option value=\"\(esc(v))\"\(v == value ? " selected" : "")>\(esc(v.isEmpty ? words.choose : shown(v)))</option>"
            }
            return "<select \(common)>\(opts.joined())</select>"
        }
        if value.contains("\n") { return "<textarea \(common) rows=\"4\">\n\(esc(value))</textarea>" }
        switch type {
        case .multilineText:
            return "<textarea \(common) rows=\"4\">\n\(esc(value))</textarea>"
        case .date where value.isEmpty || value.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil:
            return "<input type=\"date\" \(common) value=\"\(esc(value))\">"
        case .number(let min) where value.isEmpty || Int(value) != nil:
            return "<input type=\"number\" \(common) value=\"\(esc(value))\"\(min.map { " min=\"\($0)\"" } ?? "")>"
        case .choice(let values):
            return options(values) { $0 }
        case .yesNo:
            return options(["true", "false"]) { $0 == "true" ? words.yes : $0 == "false" ? words.no : $0 }
        case .reference(let kinds):
            let list = "dl-" + kinds.map(\.folder).joined(separator: "-")
            datalists[list] = kinds
            var out = "<input type=\"text\" \(common) value=\"\(esc(value))\" list=\"\(list)\">"
            let creatable = kinds.filter(NewRecordFile.kinds.contains)
            if !creatable.isEmpty {
                // Submit buttons: the form comes back, all its input kept, with the new record's fields open.
                out += "\n<p class=\"rows\">" + creatable.map { k in
                    "<button type=\"submit\" name=\"create\" value=\"\(k.folder) \(id)\" aria-describedby=\"\(id)\">\(esc(words.new(k)))</button>"
                }.joined(separator: " ") + "</p>"
            }
            if let creating, creating.target == id { out += "\n" + newRecordFields(creating) }
            return out
        default:
            return "<input type=\"text\" \(common) value=\"\(esc(value))\">"
        }
    }
}
