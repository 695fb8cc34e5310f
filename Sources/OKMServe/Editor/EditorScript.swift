import Foundation

/// The editor's script, `templates/editor/editor.js`: type-ahead in reference fields and
/// reordering rows without a reload. Served as a file of its own (the pages' policy allows
/// `script-src 'self'` and no inline script); the forms work the same without it.
enum EditorScript {
    static func read(templatesDirectory: String) -> [UInt8]? {
        FileManager.default.contents(atPath: templatesDirectory + "/editor/editor.js").map { [UInt8]($0) }
    }
}
