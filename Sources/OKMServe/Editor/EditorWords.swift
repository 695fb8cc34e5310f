import Foundation
import OKMMarkdown
import OKMModel
import Yams

/// The editor's words in the site's language (site.yml `language`), from the site's templates:
/// `i18n/<lang>.editor.yml`, read as the site's UI strings are (`key: text`); Bulgarian when
/// the language has no such file, the key itself when a word is missing (the tests check that
/// none is). The names and help of fields come from the Schema (its `Words`).
struct EditorWords {
    let en: Bool
    let strings: [String: String]

    init(language: String, strings: [String: String]) {
        en = language == "en"
        self.strings = strings
    }

    /// The words for a language from `templates/i18n/<lang>.editor.yml` (Bulgarian's when that file is missing).
    static func load(templatesDirectory: String, language: String) -> EditorWords {
        let lang = language == "en" ? "en" : "bg"
        let table = read(templatesDirectory + "/i18n/\(lang).editor.yml") ?? read(templatesDirectory + "/i18n/bg.editor.yml") ?? [:]
        return EditorWords(language: lang, strings: table)
    }

    /// The words of the site whose content folder is `contentDirectory`, in the language its
    /// site.yml names (read alone, without loading the records): for the editor's refusals.
    static func forSite(contentDirectory: String, templatesDirectory: String) -> EditorWords {
        load(templatesDirectory: templatesDirectory, language: read(contentDirectory + "/site.yml")?["language"] ?? "bg")
    }

    static func read(_ path: String) -> [String: String]? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8),
              let node = try? Yams.compose(yaml: text), case .mapping(let m) = node else { return nil }
        var out: [String: String] = [:]
        for (k, v) in m { if let key = k.string, case .scalar(let s) = v { out[key] = s.string } }
        return out
    }

    func pick(_ w: Words) -> String { en ? w.en : w.bg }
    func word(_ key: String) -> String { strings["editor_" + key] ?? "editor_" + key }
    func word(_ key: String, _ n: Int) -> String { word(key).replacingOccurrences(of: "{n}", with: String(n)) }

    var title: String { word("title") }
    var filter: String { word("filter") }
    var find: String { word("find") }
    var draft: String { word("draft") }
    var none: String { word("none") }
    var save: String { word("save") }
    var body: String { word("body") }
    var bodyHelp: String { word("body_help") }
    var back: String { word("back") }
    var kept: String { word("kept") }
    var saved: String { word("saved") }
    var unchanged: String { word("unchanged") }
    var conflict: String { word("conflict") }
    var saveFailed: String { word("save_failed") }
    var problems: String { word("problems") }
    var row: String { word("row") }
    var newRow: String { word("new_row") }
    var choose: String { word("choose") }
    var yes: String { word("yes") }
    var no: String { word("no") }
    var errors: String { word("errors") }
    var warnings: String { word("warnings") }
    var publish: String { word("publish") }
    var publishHelp: String { word("publish_help") }
    var published: String { word("published") }
    var notDraft: String { word("not_draft") }
    func cannotPublish(_ n: Int) -> String { word("cannot_publish", n) }
    var addRow: String { word("add_row") }
    var rowsChanged: String { word("rows_changed") }
    func removeRow(_ n: Int) -> String { word("remove_row", n) }
    func moveUp(_ n: Int) -> String { word("move_up", n) }
    func new(_ kind: Kind) -> String { word("new_" + kind.folder) }
    var newHelp: String { word("new_help") }
    var createDraft: String { word("create_draft") }
    var cancel: String { word("cancel") }
    func created(_ path: String) -> String { word("created").replacingOccurrences(of: "{path}", with: path) }
    func exists(_ path: String) -> String { word("exists").replacingOccurrences(of: "{path}", with: path) }
    var preview: String { word("preview") }
    var previewHelp: String { word("preview_help") }
    var noPreview: String { word("no_preview") }
    var confidential: String { word("confidential") }
    var confidentialHelp: String { word("confidential_help") }
    var noName: String { word("no_name") }
    var notHere: String { word("not_here") }
}

/// Text for HTML, escaped as the site's pages escape it (`&`, `<`, `>`, `"`; attributes are
/// double-quoted).
func esc(_ s: String) -> String { HTMLEscape.text(s) }

/// A query-string value, percent-encoded.
func urlQuery(_ s: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~/")
    return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
}

/// The editor's page around its content: valid HTML, the site's language, readable at 390 px.
func editorPage(lang: String, title: String, _ main: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(lang == "en" ? "en" : "bg")">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>\(esc(title))</title>
    <script src="/__okm/edit/editor.js" defer></script>
    <style>
    body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#111;background:#fff}
    a{color:#0645ad}label{display:block;font-weight:600;margin-top:.75rem}.help{margin:.1rem 0;color:#444;font-size:.9rem}
    input,select,textarea{font:inherit;width:100%;max-width:40rem;box-sizing:border-box;padding:.3rem;border:1px solid #555}
    textarea{min-height:6rem}fieldset{margin:1rem 0;border:1px solid #888}fieldset fieldset{border-color:#bbb}
    .draft{background:#fff3c4;padding:0 .3rem}.errors{color:#a00;font-weight:600}.warnings{color:#704000}
    .problems{color:#a00;margin:.2rem 0;padding-left:1.2rem}.alert{border:2px solid #a00;padding:.5rem 1rem;margin:1rem 0}
    .note{border:2px solid #060;padding:.5rem 1rem}:focus{outline:3px solid #c60;outline-offset:2px}
    button{font:inherit;padding:.4rem 1.2rem;margin-top:1rem}
    .confidential{border:2px dashed #704000;padding:.5rem 1rem;margin:1rem 0}.confidential pre{white-space:pre-wrap}
    .picker{list-style:none;margin:0;padding:0;max-width:40rem;border:1px solid #555;border-top:0;max-height:16rem;overflow:auto}
    .picker li{padding:.3rem;cursor:pointer}.picker li[aria-selected=true]{background:#dde6ff;outline:2px solid #0645ad}.rows button{margin:.5rem .5rem 0 0;padding:.2rem .8rem}
    </style>
    </head>
    <body>
    <main>
    \(main)
    </main>
    </body>
    </html>

    """
}
