import Foundation
import OKMModel
#if canImport(Glibc)
import Glibc
#endif

/// The folder a build replaces whole, checked once by `OutputFolder.validate`: it is not, does
/// not hold and does not lie inside the content or templates folder, is not the current
/// folder, one of its parents, `/` or the home folder, by any spelling (`..`, links, an
/// absolute path); it is not a symbolic link (okm would replace the link with a folder: give
/// the real folder instead); and an existing folder that okm did not make (no `.okm-output`
/// marker) is replaced only when it holds no `.md` file and no `.git`. `Staging` takes only
/// this type, so nothing writes to an output path that was not checked.
public struct OutputFolder: Sendable, Equatable {
    /// The path as given, without a trailing "/" (what messages show).
    public let path: String
    /// The folder that holds it, and its name there (the staging folders and the lock sit beside it).
    public let parent: String
    public let name: String

    /// The file okm writes into every output folder it makes, so that a later build knows the folder is its own.
    public static let markerName = ".okm-output"

    /// Why `--output` is refused, from the catalog (`output.*`), worded when printed.
    public struct Refusal: Error, CustomStringConvertible, Equatable {
        public let message: Message
        init(_ id: String, _ arguments: [String: MessageArgument]) { message = Message(id, arguments) }
        /// In English (the tests' form).
        public var description: String { message.worded(.en) }
    }

    /// Checks `output` against the sources; the message of a refusal names the path and why.
    public static func validate(_ output: String, content: String, templates: String,
                                currentDirectory: String = FileManager.default.currentDirectoryPath,
                                home: String? = ProcessInfo.processInfo.environment["HOME"]) throws -> OutputFolder {
        let shown = output
        func refuse(_ why: String) -> Refusal {
            Refusal("output.refused", ["value": "\(shown)", "why": .phrase("output." + why)])
        }
        var trimmed = output
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard !trimmed.isEmpty else { throw Refusal("output.empty", [:]) }

        // A link would be replaced by a real folder (and its target left behind): refused.
        let absolute = trimmed.hasPrefix("/") ? trimmed : currentDirectory + "/" + trimmed
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: absolute) {
            throw Refusal("output.link", ["value": "\(shown)", "target": "\(target)"])
        }
        let real = resolve(trimmed, from: currentDirectory)
        let cwd = resolve(currentDirectory, from: "/")
        if real == "/" { throw refuse("root") }
        if real == cwd { throw refuse("current") }
        if isInside(cwd, real) { throw refuse("holdsCurrent") }
        for (source, what) in [(content, "content"), (templates, "templates")] {
            let s = resolve(source, from: currentDirectory)
            if real == s { throw Refusal("output.is." + what, ["value": "\(shown)"]) }
            if isInside(real, s) { throw Refusal("output.inside." + what, ["value": "\(shown)"]) }
            if isInside(s, real) { throw Refusal("output.holds." + what, ["value": "\(shown)"]) }
        }
        if let home, !home.isEmpty {
            let h = resolve(home, from: "/")
            if real == h { throw refuse("home") }
            if isInside(h, real) { throw refuse("holdsHome") }
        }
        if let why = foreignContents(real) {
            throw Refusal("output.foreign", ["value": "\(shown)", "why": .phrase("output.foreign." + why)])
        }
        let ns = trimmed as NSString
        let parent = ns.deletingLastPathComponent
        let name = ns.lastPathComponent
        guard name != "." && name != ".." else {
            // `a/b/..` names a folder the checks above let through: use its real path.
            let r = real as NSString
            return OutputFolder(path: trimmed, parent: r.deletingLastPathComponent, name: r.lastPathComponent)
        }
        return OutputFolder(path: trimmed, parent: parent.isEmpty ? "." : parent, name: name)
    }

    /// Why an existing folder without okm's marker must not be replaced (records, a repository):
    /// the catalog's `output.foreign.<why>`, or nil.
    static func foreignContents(_ real: String) -> String? {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: real, isDirectory: &isDirectory), isDirectory.boolValue,
              !fm.fileExists(atPath: real + "/" + markerName) else { return nil }
        guard let top = try? fm.contentsOfDirectory(atPath: real) else { return nil }  // the write will say why
        if top.contains(".git") { return "git" }
        if top.contains("site.yml") { return "site" }
        // Records anywhere below (links are not followed; a bounded walk).
        var stack = [real], seen = 0
        while let dir = stack.popLast(), seen < 200_000 {
            for entry in (try? fm.contentsOfDirectory(atPath: dir)) ?? [] {
                seen += 1
                let full = dir + "/" + entry
                if entry.lowercased().hasSuffix(".md") { return "md" }
                var st = stat()
                if lstat(full, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { stack.append(full) }
            }
        }
        return nil
    }

    /// An absolute path with every link and `..` resolved: the part that exists through
    /// `realpath`, the rest (not yet made) appended and standardized.
    static func resolve(_ path: String, from directory: String) -> String {
        let absolute = path.hasPrefix("/") ? path : directory + "/" + path
        var parts = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var rest: [String] = []
        while true {
            let candidate = "/" + parts.joined(separator: "/")
            if let r = realpath(candidate, nil) {
                defer { free(r) }
                var base = String(cString: r)
                for p in rest {
                    if p == "." { continue }
                    if p == ".." { base = (base as NSString).deletingLastPathComponent; if base.isEmpty { base = "/" }; continue }
                    base = base == "/" ? "/" + p : base + "/" + p
                }
                return base
            }
            guard let last = parts.popLast() else { return "/" }
            rest.insert(last, at: 0)
        }
    }

    /// True when `inner` lies strictly inside `outer` (both resolved).
    static func isInside(_ inner: String, _ outer: String) -> Bool {
        if outer == "/" { return inner != "/" }
        return inner.hasPrefix(outer + "/")
    }
}
