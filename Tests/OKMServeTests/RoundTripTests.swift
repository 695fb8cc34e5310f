import Foundation
@testable import OKMServe
import OKMModel
import Testing

/// Issue 17, item 7: the editor's form, submitted unchanged, leaves every record of the demo
/// and of the fixture sites byte for byte as it was; one changed field changes only its lines.
@Suite struct RoundTripTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func records() -> [(kind: Kind, path: String)] {
        let folders = [root + "/content"] + ["basic", "hostile", "publishing"].map { root + "/Tests/Fixtures/sites/\($0)/content" }
        var out: [(Kind, String)] = []
        for folder in folders {
            guard let e = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let rel as String in e where rel.hasSuffix(".md") {
                guard let k = Kind(folder: String(rel.split(separator: "/")[0])) else { continue }
                out.append((k, folder + "/" + rel))
            }
        }
        return out
    }

    /// What a browser sends for a form: inputs, the selected option, textareas (first line end dropped).
    static func submit(_ html: String) -> [String: String] {
        func unescape(_ s: String) -> String {
            s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        func matches(_ pattern: String, _ text: String) -> [[String]] {
            let re = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
            let ns = text as NSString
            return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
                (0..<m.numberOfRanges).map { ns.substring(with: m.range(at: $0)) }
            }
        }
        var values: [String: String] = [:]
        for m in matches(#"<input ([^>]*)>"#, html) {
            guard let name = matches(#"name="([^"]*)""#, m[1]).first?[1] else { continue }
            let value = matches(#"value="([^"]*)""#, m[1]).first?[1] ?? ""
            values[unescape(name)] = unescape(value)
        }
        for m in matches(#"<textarea [^>]*name="([^"]*)"[^>]*>\n?(.*?)</textarea>"#, html) {
            values[unescape(m[1])] = unescape(m[2])
        }
        for m in matches(#"<select [^>]*name="([^"]*)"[^>]*>(.*?)</select>"#, html) {
            values[unescape(m[1])] = unescape(matches(#"<option value="([^"]*)" selected>"#, m[2]).first?[1] ?? "")
        }
        return values
    }

    static func form(_ kind: Kind, _ text: String) -> String {
        RecordFormPage(edit: RecordEdit(kind: kind, text: text), relativePath: "x.md", hash: "h",
                       words: EditorWords.load(templatesDirectory: root + "/templates", language: "bg"), language: "bg", choices: [:]).html()
    }

    @Test func unchangedFormLeavesEveryRecordByteForByte() throws {
        let records = Self.records()
        #expect(records.count > 50)
        for (kind, path) in records {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let sent = Self.submit(Self.form(kind, text))
            #expect(sent["body"] != nil && sent["f.draft"] != nil, "\(path)")
            let saved = RecordEdit(kind: kind, text: text).apply(FormInput(values: sent))
            #expect(saved == text, "\(path) changed by an unchanged save")
        }
    }

    /// The title (a field every kind has) changed: only its lines differ, every other line is the same.
    @Test func oneChangedFieldChangesOnlyItsLines() throws {
        for (kind, path) in Self.records() {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let edit = RecordEdit(kind: kind, text: text)
            guard edit.file.editable, edit.file.fences != nil else { continue }
            var sent = Self.submit(Self.form(kind, text))
            let key = Schema.fields(of: kind).contains { $0.name == "title" } ? "title" : "name"
            guard edit.values.first(where: { $0.field.name == key })?.value != nil else { continue }
            sent["f." + key] = "Ново заглавие: \"с кавички\""
            let saved = RecordEdit(kind: kind, text: text).apply(FormInput(values: sent))
            let before = RecordFile.split(text), after = RecordFile.split(saved)
            let range = edit.file.fields.first { $0.key == key }?.lines
            let expected: [String]
            if let range {
                expected = Array(before[..<range.lowerBound]) + [key + ": \"Ново заглавие: \\\"с кавички\\\"\"" + edit.file.newline] + Array(before[range.upperBound...])
            } else {
                let close = edit.file.fences!.close
                expected = Array(before[..<close]) + [key + ": \"Ново заглавие: \\\"с кавички\\\"\"" + edit.file.newline] + Array(before[close...])
            }
            #expect(after == expected, "\(path)")
            // And the new file reads back with the new title.
            let again = RecordEdit(kind: kind, text: saved)
            #expect(again.values.first { $0.field.name == key }?.value == .text("Ново заглавие: \"с кавички\""), "\(path)")
        }
    }

    /// A changed list of groups is written as a block the loader reads back.
    @Test func changedAgendaReadsBack() throws {
        let text = "---\ntitle: Т # коментар\ndate: 2015-02-17\nagenda:\n  - title: Първа\n# бележка\nplace: 'Русе'\n---\nТекст\n"
        var sent = Self.submit(Self.form(.protocols, text))
        sent["f.agenda.1.title"] = "Втора"
        sent["f.agenda.1.reporters.0"] = "ivan-petrov"
        let saved = RecordEdit(kind: .protocols, text: text).apply(FormInput(values: sent))
        #expect(saved == "---\ntitle: Т # коментар\ndate: 2015-02-17\nagenda:\n  - title: Първа\n  - title: Втора\n    reporters:\n      - ivan-petrov\n# бележка\nplace: 'Русе'\n---\nТекст\n")
    }
}
