import Foundation
import Mustache
import OKMMarkdown
import OKMModel
import OKMTemplate
import Yams

/// `templates/`: Mustache templates (by path without `.mustache`), UI strings per
/// language (`i18n/<lang>.yml`) and static assets (`assets/`), loaded once per build.
public struct Theme: Sendable {
    /// The templates compiled (OKMTemplate): what a build renders with.
    public var compiled: [String: CompiledTemplate]
    /// The same templates for swift-mustache: the tests' oracle, and `OKM_TEMPLATES=mustache`.
    public var library: MustacheLibrary
    /// Which of the two renders pages: the compiled templates unless `OKM_TEMPLATES=mustache`.
    public var engine: Engine = ProcessInfo.processInfo.environment["OKM_TEMPLATES"] == "mustache" ? .mustache : .compiled
    /// Sees every view model handed to a template (the tests check each type's field table with it).
    var observer: (@Sendable (any TemplateView) -> Void)? = nil

    public enum Engine: Sendable { case compiled, mustache }
    public var strings: [String: [String: String]]
    public var assets: [StaticAsset]
    public var templateNames: Set<String>

    public struct StaticAsset: Sendable, Hashable {
        public var relativePath: String
        public var sourcePath: String
    }

    /// Templates every site needs; a theme without one of them is an error. A template is
    /// named by its file name alone (`pages/protocol.mustache` is `protocol`), because
    /// Mustache names cannot hold "/"; the folders are for people.
    public static let requiredTemplates = [
        "base", "home", "list", "protocol", "news", "event", "page",
        "institution", "service", "project", "organization", "person", "region", "404",
        "closures", "decisions",
        "protocol-print",
        "search", "data", "accessibility",
    ]

    public static func load(directory: String) -> (Theme?, [Diagnostic]) {
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        FastHTMLContentType.register()  // before parsing: every template starts with its pragma
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        // The same Bulgarian typography FastHTMLContentType gives swift-mustache's escaped text.
        var compiler = TemplateCompiler(textFilter: { Typography.ifBulgarian($0) })
        var names: Set<String> = []
        var strings: [String: [String: String]] = [:]
        var assets: [StaticAsset] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (nil, [.error(5001, .whole(root), [:])])
        }
        // Folder by folder: one that cannot be read is an error of its own, not a missing part.
        let (paths, unreadable) = FolderWalk.walk(root: root, skipHidden: false)
        diagnostics += unreadable
        for relative in paths {
            let full = root + "/" + relative
            if relative.hasPrefix("assets/") {
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue,
                   !(relative.split(separator: "/").last?.hasPrefix(".") ?? true) {
                    assets.append(StaticAsset(relativePath: relative, sourcePath: full))
                }
            } else if relative.hasPrefix("archetypes/") {
                continue  // skeletons for `okm new`, not page templates
            } else if relative.hasSuffix(".mustache") {
                let name = String((relative as NSString).lastPathComponent.dropLast(".mustache".count))
                if names.contains(name) {
                    diagnostics.append(.error(5002, SourceLocation(path: full, line: 1, column: 1), ["name": "\(name)"]))
                    continue
                }
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), isDir.boolValue { continue }
                let bytes: [UInt8]
                switch FolderWalk.read(full) {
                case .success(let b): bytes = b
                case .failure(let reason):
                    diagnostics.append(.error(5003, SourceLocation(path: full, line: 1, column: 1), ["reason": "\(reason)"]))
                    continue
                }
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    diagnostics.append(.error(5004, SourceLocation(path: full, line: 1, column: 1), variant: "template", [:]))
                    continue
                }
                compiler.add(name: name, file: full, text: text)
                do {
                    // Every template, partials too, escapes with okm's byte-level HTML escaping:
                    // swift-mustache gives each partial its default content type again, whose
                    // per-Character escaping was a sixth of a build's time.
                    library.register(try MustacheTemplate(string: FastHTMLContentType.pragma + text), named: name)
                    names.insert(name)
                } catch let error as MustacheTemplate.ParserError {
                    // The pragma's line is not in the file.
                    diagnostics.append(.error(5005, SourceLocation(path: full, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                                              ["detail": "\(error.error)"]))
                } catch {
                    diagnostics.append(.error(5005, SourceLocation(path: full, line: 1, column: 1), ["detail": "\(error)"]))
                }
            } else if relative.hasPrefix("i18n/") && relative.hasSuffix(".yml") {
                // i18n/bg.yml, and parts of it for a feature: i18n/bg.closures.yml
                let file = String(relative.dropFirst("i18n/".count).dropLast(".yml".count))
                let lang = String(file.split(separator: ".").first ?? "")
                let (table, problems) = loadStrings(path: full)
                diagnostics += problems
                for (key, value) in table {
                    if strings[lang]?[key] != nil {
                        diagnostics.append(.error(5006, SourceLocation(path: full, line: 1, column: 1), ["key": "\(key)", "language": "\(lang)"]))
                    }
                    strings[lang, default: [:]][key] = value
                }
            }
        }
        let compiled = compiler.compileAll()
        for (file, e) in compiler.errors {
            // swift-mustache already said where the syntax is wrong; the compiler's own
            // problems (what it does not support, a missing partial) are new.
            if diagnostics.contains(where: { $0.location.path == file && $0.code == 5005 }) { continue }
            diagnostics.append(.error(5007, SourceLocation(path: file, line: e.line, column: e.column), ["detail": .message(e.reason)]))
        }
        for required in requiredTemplates where !names.contains(required) {
            diagnostics.append(.error(5008, .whole(root),
                                      ["name": "\(required)"]))
        }
        if strings["bg"] == nil {
            diagnostics.append(.error(5009, .whole(root + "/i18n/bg.yml"), [:]))
        }
        return (Theme(compiled: compiled, library: library, strings: strings, assets: assets, templateNames: names), diagnostics)
    }

    static func loadStrings(path: String) -> ([String: String], [Diagnostic]) {
        let at = SourceLocation(path: path, line: 1, column: 1)
        let bytes: [UInt8]
        switch FolderWalk.read(path) {
        case .success(let b): bytes = b
        case .failure(let reason): return ([:], [.error(5003, at, ["reason": "\(reason)"])])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return ([:], [.error(5004, at, [:])])
        }
        do {
            guard let node = try Yams.compose(yaml: text), case .mapping(let m) = node else {
                return ([:], [.error(5010, at, [:])])
            }
            var table: [String: String] = [:]
            var problems: [Diagnostic] = []
            for (k, v) in m {
                guard let key = k.string, case .scalar(let s) = v else {
                    problems.append(.error(5011, SourceLocation(path: path, line: k.mark?.line ?? 1, column: k.mark?.column ?? 1), [:]))
                    continue
                }
                table[key] = s.string
            }
            return (table, problems)
        } catch {
            return ([:], [.error(5012, at, ["detail": "\(error)"])])
        }
    }
}
