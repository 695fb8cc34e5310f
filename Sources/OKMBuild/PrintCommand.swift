import Foundation
#if canImport(Glibc)
import Glibc
#endif
import OKMLink
import OKMModel
import OKMRender

/// `okm print [--internal] <protocol> --output <file.html|file.pdf>`: one protocol's print
/// edition as a file of its own, outside the site. The internal edition carries the
/// `confidential` blocks and is marked "За вътрешно ползване" on every page, so it is never
/// written inside the output folder (nor inside content/, whose files may be published).
public struct PrintRequest: Sendable {
    /// A protocol's slug (`ruse-2014-11-25`), `protocols/<slug>`, or the path of its file.
    public var protocolName: String
    /// Where to write: a `.html` or a `.pdf` file.
    public var destination: String
    /// With the confidential blocks, marked for internal use.
    public var isInternal: Bool

    public init(protocolName: String, destination: String, isInternal: Bool) {
        self.protocolName = protocolName
        self.destination = destination
        self.isInternal = isInternal
    }
}

extension Pipeline {
    public static func printEdition(_ request: PrintRequest, _ options: BuildOptions) -> BuildReport {
        Threads.$count.withValue(options.threads) { printing(request, options) }
    }

    static func printing(_ request: PrintRequest, _ options: BuildOptions) -> BuildReport {
        if let refused = BuildReport.refusing(options) { return refused }
        var report = BuildReport()
        let at = SourceLocation.whole(request.destination)
        let ext = (request.destination as NSString).pathExtension.lowercased()
        guard ["html", "htm", "pdf"].contains(ext) else {
            report.diagnostics.append(.error(5050, at, [:]))
            return report
        }
        for (folder, what) in [(options.outputDirectory, "output"), (options.contentDirectory, "content")]
        where PrintPaths.isInside(request.destination, folder) {
            report.diagnostics.append(.error(5051, at, variant: request.isInternal ? "internal" : nil,
                                             ["what": .phrase("folder." + what), "folder": "\(folder.hasSuffix("/") ? folder : folder + "/")"]))
            return report
        }
        // A draft prints too (marked "ПРОЕКТ" on every page): the copy circulated for comments.
        var options = options
        options.includeDrafts = true
        guard let (site, theme, _) = prepare(options, &report), !report.diagnostics.hasErrors else { return report }
        guard let id = PrintPaths.find(request.protocolName, in: site) else {
            let slugs = site.content.protocols.map(\.header.id.slug)
            let hint: MessageArgument = EditDistance.closest(to: Slug.make((request.protocolName as NSString).lastPathComponent), in: slugs).map { .phrase("didYouMean", ["suggestion": "\($0)"]) } ?? ""
            report.diagnostics.append(.error(5052, .whole(options.contentDirectory), ["name": "\(request.protocolName)", "didYouMean": hint]))
            return report
        }
        guard let html = PrintEditions.standalone(site, theme: theme, protocol: id, internal: request.isInternal, language: options.language) else {
            return report
        }
        do {
            let folder = (request.destination as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            if ext == "pdf" {
                guard let weasyprint = PDFStep.locate(options.weasyprint) else {
                    report.diagnostics.append(.error(5053, at, [:]))
                    return report
                }
                let scratch = try PDFStep.scratchDirectory()
                defer { try? FileManager.default.removeItem(atPath: scratch) }
                try PrintPaths.writePrivately(Data(html.utf8), to: scratch + "/edition.html")
                try PDFStep.convert(scratch + "/edition.html", to: scratch + "/edition.pdf", weasyprint: weasyprint,
                                    baseURL: URL(fileURLWithPath: scratch, isDirectory: true).absoluteString)
                try PrintPaths.writePrivately(try Data(contentsOf: URL(fileURLWithPath: scratch + "/edition.pdf")), to: request.destination)
            } else {
                try PrintPaths.writePrivately(Data(html.utf8), to: request.destination)
            }
            report.filesWritten = 1
            report.pages = 1
        } catch {
            // A tool's or a write's failure from the catalog; anything else as Swift describes it.
            let reason: MessageArgument = (error as? ToolFailure).map { .message($0.message) }
                ?? (error as? WriteError).map { .message($0.message) } ?? "\(error)"
            report.diagnostics.append(.error(5054, at, ["reason": reason]))
        }
        return report
    }
}

enum PrintPaths {
    /// The absolute path with symbolic links of its existing part resolved.
    static func resolved(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: url.path), url.path != "/" {
            missing.insert(url.lastPathComponent, at: 0)
            url.deleteLastPathComponent()
        }
        var out = url.resolvingSymlinksInPath()
        for part in missing { out.appendPathComponent(part) }
        return out.standardizedFileURL.path
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        let p = resolved(path), f = resolved(folder)
        return p == f || p.hasPrefix(f.hasSuffix("/") ? f : f + "/")
    }

    /// By slug, `protocols/<slug>`, or the file's path (as given, or relative to the working folder).
    static func find(_ name: String, in site: Site) -> DocumentID? {
        let slug = name.hasPrefix("protocols/") && !name.hasSuffix(".md") ? String(name.dropFirst("protocols/".count)) : name
        if let p = site.content.protocols.first(where: { $0.header.id.slug == slug }) { return p.header.id }
        let wanted = resolved(name)
        return site.content.protocols.first { resolved($0.header.path) == wanted }?.header.id
    }

    /// Replaces `path` in one step with a file only its owner can read (0600).
    static func writePrivately(_ data: Data, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temp = (folder.isEmpty ? "." : folder) + "/.okm-print-\(UUID().uuidString).tmp"
        guard FileManager.default.createFile(atPath: temp, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw WriteError("write.couldNotPlain", ["path": "\(path)"])
        }
        guard rename(temp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temp)
            throw WriteError("write.couldNot", ["path": "\(path)", "reason": "\(reason)"])
        }
    }
}
