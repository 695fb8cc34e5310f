import Foundation
@testable import OKMLoad
@testable import OKMModel

/// A throw-away `content/` folder for one test, removed when the value goes away.
final class TempContent {
    static let defaultSite = """
    title: Тестов сайт
    base_url: "https://okm.example.test/"
    language: bg
    menu:
      - { title: Протоколи, url: /protocols/ }

    """

    let base: String
    /// The content folder, as given to `Loader.load(contentDirectory:)` and shown in diagnostics.
    let root: String

    init(_ files: [String: String] = [:], site: String? = TempContent.defaultSite) {
        base = FileManager.default.temporaryDirectory.path + "/okm-load-tests-" + UUID().uuidString
        root = base + "/content"
        try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        if let site { write("site.yml", site) }
        for (path, text) in files { write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: base) }

    func write(_ relative: String, _ text: String) { write(relative, bytes: Array(text.utf8)) }

    func write(_ relative: String, bytes: [UInt8]) {
        let full = path(relative)
        let dir = (full as NSString).deletingLastPathComponent
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: full, contents: Data(bytes))
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func load() -> LoadResult { Loader.load(contentDirectory: root) }

    /// Diagnostics of one file as `line:column: message`, in order.
    static func lines(_ diagnostics: [Diagnostic], in path: String) -> [String] {
        diagnostics.filter { $0.location.path == path }.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }

    func diagnostics(_ result: LoadResult, for relative: String) -> [String] {
        TempContent.lines(result.diagnostics, in: path(relative))
    }
}
