import Foundation
import OKMBuild
import OKMModel

/// A document's text as paragraphs, each with the line of the converted text it starts on:
/// Word, OpenDocument, RTF and HTML through pandoc (`--to plain --wrap=none`: one paragraph a
/// line, markup dropped, lists numbered as written), Word 97–2003 (.doc) converted to .docx by
/// AbiWord first, plain text as it is.
public struct DocumentText: Sendable {
    public struct Paragraph: Sendable, Hashable {
        /// 1-based line of the converted text.
        public var line: Int
        public var text: String
    }

    public var paragraphs: [Paragraph]
    /// Where pandoc put the document's embedded images (nil when it had none).
    public var mediaFolder: String?

    /// The formats read, by file extension, and pandoc's name for each.
    public static let formats: [String: String] = [
        "docx": "docx", "odt": "odt", "rtf": "rtf", "html": "html", "htm": "html", "txt": "", "md": "",
    ]

    /// Why a document could not be read, from the catalog (`import.read.*`); a tool's own
    /// words are quoted in it as they are.
    public struct Failure: Error, CustomStringConvertible {
        public var message: Message
        init(_ id: String, _ arguments: [String: MessageArgument]) { message = Message("import.read." + id, arguments) }
        /// In English (the tests' form).
        public var description: String { message.worded(.en) }
    }

    /// Reads `path`; embedded images are extracted under `media` (a folder that may not exist yet).
    public static func read(_ path: String, media: String? = nil, pandoc: String = "pandoc", abiword: String = "abiword") throws -> DocumentText {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "doc" { return try readDoc(path, media: media, pandoc: pandoc, abiword: abiword) }
        guard let format = formats[ext] else {
            throw Failure("format", ["path": "\(path)", "ext": "\(ext)"])
        }
        if format.isEmpty {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Failure("unreadable", ["path": "\(path)"])
            }
            return DocumentText(plain: String(decoding: data, as: UTF8.self))
        }
        guard let tool = locate(pandoc) else {
            throw Failure("noPandoc", ["path": "\(path)"])
        }
        // The text goes to a file of its own (the tool runner keeps only the end of what a tool prints).
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("okm-import-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var arguments = ["--from", format, "--to", "plain", "--wrap=none", "--output", scratch]
        if let media { arguments.append("--extract-media=\(media)") }
        arguments.append(path)
        let out: ExternalTool.Result
        do {
            out = try ExternalTool.run(tool, arguments: arguments, timeout: ExternalTool.timeout(standard: 120))
        } catch {
            throw Failure("pandocFailed", ["path": "\(path)", "detail": "\(error)"])
        }
        guard out.status == 0, !out.timedOut, let data = FileManager.default.contents(atPath: scratch) else {
            let why: MessageArgument = out.timedOut ? .phrase("import.read.timedOut") : .phrase("import.read.status", ["status": "\(out.status)"])
            throw Failure("pandocExited", ["path": "\(path)", "why": why, "detail": "\(out.tail(3))"])
        }
        var text = DocumentText(plain: String(decoding: data, as: UTF8.self))
        if let media, FileManager.default.fileExists(atPath: media) { text.mediaFolder = media }
        return text
    }

    /// Paragraphs are runs of non-empty lines; a numbered or bulleted line starts its own.
    public init(plain: String) {
        var paragraphs: [Paragraph] = []
        var current: Paragraph?
        let lines = plain.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        for (k, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "")
            if line.isEmpty {
                if let c = current { paragraphs.append(c) }
                current = nil
                continue
            }
            if let c = current, !ProtocolReader.isListItem(line) {
                current = Paragraph(line: c.line, text: c.text + " " + line)
            } else {
                if let c = current { paragraphs.append(c) }
                current = Paragraph(line: k + 1, text: line)
            }
        }
        if let c = current { paragraphs.append(c) }
        self.paragraphs = paragraphs
        self.mediaFolder = nil
    }

    /// A .doc file (Word 97–2003): AbiWord (Debian's `abiword`) converts it to .docx in a
    /// scratch folder, images kept, and the .docx is read as any other. Line numbers in the
    /// report are those of the converted text, as for a .docx.
    static func readDoc(_ path: String, media: String?, pandoc: String, abiword: String) throws -> DocumentText {
        guard let tool = locate(abiword) else {
            throw Failure("noAbiword", ["path": "\(path)"])
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("okm-import-doc-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let docx = scratch + "/" + ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".docx"
        let out: ExternalTool.Result
        do {
            out = try ExternalTool.run(tool, arguments: ["--to=docx", "-o", docx, path], timeout: ExternalTool.timeout(standard: 120))
        } catch {
            throw Failure("abiwordFailed", ["path": "\(path)", "detail": "\(error)"])
        }
        guard out.status == 0, !out.timedOut, FileManager.default.fileExists(atPath: docx) else {
            let why: MessageArgument = out.timedOut ? .phrase("import.read.timedOut") : .phrase("import.read.status", ["status": "\(out.status)"])
            throw Failure("abiwordExited", ["path": "\(path)", "why": why, "detail": "\(out.tail(3))"])
        }
        return try read(docx, media: media, pandoc: pandoc, abiword: abiword)
    }

    static func locate(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first(where: FileManager.default.isExecutableFile)
    }
}
