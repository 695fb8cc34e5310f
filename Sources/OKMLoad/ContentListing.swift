import Foundation
import OKMModel

/// What is in the content folder: record files by kind, static files, and what is wrong
/// with the layout itself (stray files, unknown folders, links that leave the folder).
struct ContentListing {
    struct RecordFile: Sendable {
        var relativePath: String
        var kind: Kind
        var fileName: String
        /// Size and modification time: a file whose stamp is unchanged need not be read again.
        var stamp: FileStamp
    }

    var records: [RecordFile] = []
    var staticFiles: [StaticFile] = []
    var diagnostics: [Diagnostic] = []

    static func scan(root: String) -> ContentListing {
        var listing = ContentListing()
        let fm = FileManager.default
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath()
        // Folder by folder, so that each one that cannot be listed is an error of its own
        // (the build then stops) instead of a tree that silently looks empty.
        let (paths, unreadable) = FolderWalk.walk(root: root, skipHidden: true)
        listing.diagnostics += unreadable
        for relative in paths {
            let full = root + "/" + relative
            let parts = relative.split(separator: "/").map(String.init)
            if parts.contains(where: { $0.hasPrefix(".") }) { continue }
            let location = SourceLocation(path: full, line: 1, column: 1)
            let attributes: [FileAttributeKey: Any]
            do { attributes = try fm.attributesOfItem(atPath: full) } catch {
                listing.diagnostics.append(.error(1003, location, ["reason": "\(FolderWalk.reason(error))"]))
                continue
            }
            let type = attributes[.type] as? FileAttributeType
            if type == .typeSymbolicLink {
                let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                if !(target == rootURL.path || target.hasPrefix(rootURL.path + "/")) {
                    listing.diagnostics.append(.error(1010, location, [:]))
                    continue
                }
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: full, isDirectory: &isDir) else {
                    let written = (try? fm.destinationOfSymbolicLink(atPath: full)) ?? target
                    listing.diagnostics.append(.error(1011, location, ["target": "\(written)"]))
                    continue
                }
                if isDir.boolValue { continue }
            } else if type != .typeRegular {
                continue
            }
            if relative == "site.yml" { continue }
            let isMarkdown = relative.lowercased().hasSuffix(".md")
            if parts.count == 1 {
                if isMarkdown {
                    listing.diagnostics.append(.error(1012, location, ["folders": "\(Kind.allCases.map(\.folder).joined(separator: ", "))"]))
                } else {
                    listing.staticFiles.append(StaticFile(relativePath: relative, sourcePath: full))
                }
                continue
            }
            guard let kind = Kind(folder: parts[0]) else {
                if isMarkdown {
                    let near: MessageArgument = EditDistance.closest(to: parts[0], in: Kind.allCases.map(\.folder)).map { .phrase("didYouMean", ["suggestion": "\($0)/"]) } ?? ""
                    listing.diagnostics.append(.error(1013, location, ["folder": "\(parts[0])", "folders": "\(Kind.allCases.map(\.folder).joined(separator: ", "))", "didYouMean": near]))
                } else {
                    listing.staticFiles.append(StaticFile(relativePath: relative, sourcePath: full))
                }
                continue
            }
            if isMarkdown {
                let name = String(parts.last!.dropLast(3))
                let stamp = FileStamp(size: (attributes[.size] as? NSNumber)?.int64Value ?? -1,
                                      modified: (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
                listing.records.append(RecordFile(relativePath: relative, kind: kind, fileName: name, stamp: stamp))
            } else {
                listing.staticFiles.append(StaticFile(relativePath: relative, sourcePath: full))
            }
        }
        return listing
    }
}
