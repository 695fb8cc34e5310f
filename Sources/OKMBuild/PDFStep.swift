import Foundation
import OKMLink
import OKMModel
import OKMRender

/// After render, before the swap: every print edition written to the staging folder becomes
/// its PDF with WeasyPrint, so the PDFs appear together with the site they belong to, or
/// (when one cannot be made) the build fails and output/ stays as it was.
struct PDFStep: Sendable {
    var weasyprint: String
    var targets: [PrintTarget]
    /// The path part of base_url without its last "/" ("" at a domain's root).
    var root: String
    /// `https://okm.example.bg` when base_url names a host: links in a PDF lead to the site.
    var host: String?

    init(weasyprint: String, site: Site) {
        self.weasyprint = weasyprint
        self.targets = PrintEditions.targets(site)
        let base = site.settings.baseURL
        if let scheme = base.range(of: "://") {
            let pathStart = base[scheme.upperBound...].firstIndex(of: "/") ?? base.endIndex
            host = String(base[..<pathStart])
            root = String(base[pathStart...])
        } else {
            host = nil
            root = base
        }
        if root.hasSuffix("/") { root.removeLast() }
    }

    /// The WeasyPrint to run: `explicit` (a path, or a name looked up on PATH) when given, else
    /// `weasyprint` on PATH. nil when there is none.
    static func locate(_ explicit: String? = nil) -> String? {
        let name = explicit ?? "weasyprint"
        let fm = FileManager.default
        if name.contains("/") { return fm.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/\(name)"
            if fm.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static let missingMessage = Message("notice.noWeasyPrint")

    /// Makes every PDF inside `staging`, two at a time; returns how many it wrote.
    func run(in staging: String) throws -> Int {
        let scratch = try PDFStep.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let results = targets.enumerated().map { ($0.offset, $0.element) }.parallelMap { (i, target) -> Message? in
            do {
                let html = try String(contentsOfFile: staging + "/" + target.html, encoding: .utf8)
                let input = scratch + "/\(i).html"
                try Data(localize(html, staging: staging).utf8).write(to: URL(fileURLWithPath: input))
                let folder = URL(fileURLWithPath: staging + "/" + target.html).deletingLastPathComponent()
                try PDFStep.convert(input, to: staging + "/" + target.pdf, weasyprint: weasyprint, baseURL: folder.absoluteString)
                return nil
            } catch {
                return Message("tool.pdfNotMade", ["pdf": "\(target.pdf)", "html": "\(target.html)", "reason": (error as? ToolFailure).map { MessageArgument.message($0.message) } ?? "\(error)"])
            }
        }
        let failures = results.compactMap { $0 }
        if !failures.isEmpty { throw ToolFailure(failures) }
        return targets.count
    }

    /// The page with its root-relative stylesheets and images read from the staging folder,
    /// and its root-relative links leading to the published site (or left as they are).
    func localize(_ html: String, staging: String) -> String {
        guard let re = try? NSRegularExpression(pattern: "\\b(href|src)=\"(/(?!/)[^\"]*)\"") else { return html }
        let ns = html as NSString
        var out = ""
        var last = 0
        let stagingURL = URL(fileURLWithPath: staging, isDirectory: true).absoluteString.dropLast()
        for m in re.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
            let attribute = ns.substring(with: m.range(at: 1))
            var path = ns.substring(with: m.range(at: 2))
            let tagStart = ns.range(of: "<", options: .backwards, range: NSRange(location: 0, length: m.range.location)).location
            let isAnchor = tagStart != NSNotFound && ns.substring(with: NSRange(location: tagStart, length: min(3, m.range.location - tagStart))).lowercased() == "<a "
            let replacement: String
            if isAnchor {
                guard let host else { continue }
                replacement = "\(attribute)=\"\(host)\(path)\""
            } else {
                if !root.isEmpty, path.hasPrefix(root + "/") { path.removeFirst(root.count) }
                replacement = "\(attribute)=\"\(stagingURL)\(path)\""
            }
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last)) + replacement
            last = m.range.location + m.range.length
        }
        return out + ns.substring(from: last)
    }

    /// How long WeasyPrint may take over one page (`OKM_TOOL_TIMEOUT` overrides it): two minutes.
    static var timeout: Double { ExternalTool.timeout(standard: 120) }

    /// One HTML file → one PDF, with WeasyPrint as a process; relative URLs resolve against `baseURL`.
    static func convert(_ html: String, to pdf: String, weasyprint: String, baseURL: String) throws {
        let limit = timeout
        let out = try ExternalTool.run(weasyprint, arguments: ["--encoding", "utf-8", "--base-url", baseURL, html, pdf], timeout: limit)
        let tail = out.tail(3)
        if out.timedOut {
            throw ToolFailure("tool.timedOut", ["tool": "weasyprint", "seconds": "\(ToolFailure.seconds(limit))", "said": "\(tail.isEmpty ? "" : ": " + tail)"])
        }
        let made = (try? FileManager.default.attributesOfItem(atPath: pdf)[.size] as? Int).flatMap { $0 } ?? 0
        guard out.status == 0, made > 0 else {
            throw ToolFailure("tool.exited", ["tool": "weasyprint", "status": "\(out.status)", "said": "\(tail.isEmpty ? "" : ": " + tail)"])
        }
    }

    /// A private folder (0700) for the pages handed to WeasyPrint; the caller removes it.
    static func scratchDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("okm-pdf-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return path
    }
}
