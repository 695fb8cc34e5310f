import Foundation
import OKMMarkdown
import OKMModel

/// The editor's own words, in the site's language (site.yml `language`): the editor is a tool
/// of serve, not a page of the site, so its words are here and not in the site's templates.
struct EditorWords {
    let en: Bool
    init(language: String) { en = language == "en" }

    func pick(_ w: Words) -> String { en ? w.en : w.bg }
    func pick(_ bg: String, _ en: String) -> String { self.en ? en : bg }

    var title: String { pick("Редактор на записите", "Record editor") }
    var filter: String { pick("Търсене по име (на кирилица или латиница)", "Find by name (Cyrillic or Latin)") }
    var find: String { pick("Търси", "Find") }
    var draft: String { pick("чернова", "draft") }
    var none: String { pick("Няма записи.", "No records.") }
    var save: String { pick("Запази", "Save") }
    var body: String { pick("Текст (Markdown)", "Text (Markdown)") }
    var bodyHelp: String { pick("Текстът на записа под полетата", "The record's text below its fields") }
    var back: String { pick("Всички записи", "All records") }
    var kept: String { pick("Полето е записано по начин, който формата не може да промени; то остава както е във файла.", "This field is written in a way the form cannot change; it stays as it is in the file.") }
    var saved: String { pick("Записано.", "Saved.") }
    var unchanged: String { pick("Нищо не е променено; файлът е същият.", "Nothing changed; the file is as it was.") }
    var conflict: String { pick("Файлът е променен на диска, след като отворихте формата. Нищо не е записано; въведеното от вас е запазено по-долу. Отворете записа отново, за да видите промените, и въведете своите.", "The file changed on disk after you opened the form. Nothing was saved; what you typed is kept below. Open the record again to see the changes, then make yours.") }
    var problems: String { pick("Проверката намери", "The check found") }
    var row: String { pick("ред", "row") }
    var newRow: String { pick("нов ред", "new row") }
    var choose: String { pick("(не е избрано)", "(none chosen)") }
    var yes: String { pick("да", "yes") }
    var no: String { pick("не", "no") }
    var errors: String { pick("грешки", "errors") }
    var warnings: String { pick("предупреждения", "warnings") }
    var publish: String { pick("Публикувай", "Publish") }
    var publishHelp: String { pick("Премахва „draft: true“ от файла: записът излиза на сайта при следващото публикуване.", "Removes “draft: true” from the file: the record goes on the site with the next build.") }
    var published: String { pick("Публикувано: редът „draft: true“ е премахнат.", "Published: the line “draft: true” was removed.") }
    var notDraft: String { pick("Записът не е чернова; няма какво да се публикува.", "The record is not a draft; there is nothing to publish.") }
    var addRow: String { pick("Добави ред", "Add a row") }
    var rowsChanged: String { pick("Редовете са променени, но още не са записани: натиснете „Запази“.", "The rows were changed but not saved yet: press “Save”.") }
    func removeRow(_ n: Int) -> String { pick("Премахни ред \(n)", "Remove row \(n)") }
    func moveUp(_ n: Int) -> String { pick("Премести ред \(n) нагоре", "Move row \(n) up") }
    func cannotPublish(_ n: Int) -> String {
        pick("Записът не е публикуван: има грешки (\(n)). Поправете ги и запазете, после публикувайте.",
             "The record was not published: it has errors (\(n)). Fix them and save, then publish.")
    }
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
    <style>
    body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#111;background:#fff}
    a{color:#0645ad}label{display:block;font-weight:600;margin-top:.75rem}.help{margin:.1rem 0;color:#444;font-size:.9rem}
    input,select,textarea{font:inherit;width:100%;max-width:40rem;box-sizing:border-box;padding:.3rem;border:1px solid #555}
    textarea{min-height:6rem}fieldset{margin:1rem 0;border:1px solid #888}fieldset fieldset{border-color:#bbb}
    .draft{background:#fff3c4;padding:0 .3rem}.errors{color:#a00;font-weight:600}.warnings{color:#704000}
    .problems{color:#a00;margin:.2rem 0;padding-left:1.2rem}.alert{border:2px solid #a00;padding:.5rem 1rem;margin:1rem 0}
    .note{border:2px solid #060;padding:.5rem 1rem}:focus{outline:3px solid #c60;outline-offset:2px}
    button{font:inherit;padding:.4rem 1.2rem;margin-top:1rem}.rows button{margin:.5rem .5rem 0 0;padding:.2rem .8rem}
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
