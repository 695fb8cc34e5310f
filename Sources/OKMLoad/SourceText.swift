import OKMModel

/// A content file's text split into front matter and body, with the line numbers needed
/// to report problems at their true place in the file.
public struct SourceText: Sendable {
    public var path: String
    /// The YAML between the `---` lines, or nil when the file has no front matter.
    public var frontMatter: String?
    /// File lines before the YAML's first line (1 when the file opens with `---`).
    public var frontMatterLineOffset: Int
    public var body: String
    /// File lines before the body's first line.
    public var bodyLineOffset: Int

    /// Decodes UTF-8 (a byte-order mark is dropped, CRLF and lone CR become LF) and splits
    /// the front matter off. Throws a diagnostic for bytes that are not UTF-8 and for a
    /// front matter that is opened but never closed.
    public init(path: String, bytes: [UInt8]) throws(Diagnostic) {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let s = SourceText.signature(bytes) {
            throw .error(1020, SourceLocation(path: path, line: 1, column: 1), ["what": .phrase("notText." + s.what), "advice": .phrase("notText." + s.advice)])
        }
        if let bad = SourceText.firstInvalidUTF8(bytes) {
            let offset = bad.offset + (bytes.startIndex)
            throw .error(1021, bad.location(path), ["byte": "\(String(bad.byte, radix: 16, uppercase: true))", "offset": "\(offset + 1)"])
        }
        if let nul = bytes.firstIndex(of: 0) {
            // The text before it is valid UTF-8: count lines as an editor does, columns in characters.
            var line = 1, column = 1
            for i in bytes.startIndex..<nul {
                let b = bytes[i]
                if b == 10 || (b == 13 && bytes[i + 1] != 10) { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            }
            throw .error(1022, SourceLocation(path: path, line: line, column: column), [:])
        }
        let text = SourceText.normalizingNewlines(String(decoding: bytes, as: UTF8.self))
        self.init(path: path, normalized: text)
    }

    init(path: String, normalized text: String) {
        self.path = path
        frontMatter = nil
        frontMatterLineOffset = 0
        body = text
        bodyLineOffset = 0
        // Lines are found on bytes: splitting a String by Character runs grapheme breaking
        // over every file, which profiling showed as a fifth of loading.
        let bytes = text.utf8
        var starts: [String.Index] = [bytes.startIndex]
        var i = bytes.startIndex
        var fences: [Int] = []
        func checkLine(_ n: Int, _ end: String.Index) {
            if SourceText.isFence(Substring(text[starts[n]..<end])) { fences.append(n) }
        }
        // Only the lines up to the closing fence matter.
        while i < bytes.endIndex {
            if bytes[i] == 10 {
                checkLine(starts.count - 1, i)
                if fences.first != 0 { break }              // no opening fence: no front matter
                if fences.count == 2 { break }
                starts.append(bytes.index(after: i))
            }
            i = bytes.index(after: i)
        }
        if i == bytes.endIndex && (fences.count < 2) { checkLine(starts.count - 1, bytes.endIndex) }
        guard fences.first == 0 else { return }
        guard fences.count >= 2 else {
            frontMatterLineOffset = -1  // opened, never closed
            return
        }
        let closing = fences[1]
        frontMatter = String(text[starts[1]..<starts[closing]])
        frontMatterLineOffset = 1
        if closing + 1 < starts.count {
            body = String(text[starts[closing + 1]...])
        } else {
            let end = text.utf8[starts[closing]...].firstIndex(of: 10)
            body = end.map { String(text[text.utf8.index(after: $0)...]) } ?? ""
        }
        bodyLineOffset = closing + 1
    }

    /// True when the file opened a front matter block that has no closing `---`.
    public var frontMatterUnclosed: Bool { frontMatterLineOffset == -1 }

    /// Files that are not text at all, by their first bytes: a picture or a document renamed
    /// `.md`, or text saved as UTF-16 ("Unicode" in Windows editors) or UTF-32.
    static let signatures: [(bytes: [UInt8], what: String, advice: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image", "rename it to .png"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image", "rename it to .jpg"),
        (Array("GIF8".utf8), "a GIF image", "rename it to .gif"),
        (Array("%PDF-".utf8), "a PDF document", "rename it to .pdf"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (.docx, .odt, .xlsx or .zip)", "copy its text into a Markdown file"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a Word 97–2003 document", "copy its text into a Markdown file"),
        (Array("{\\rtf".utf8), "an RTF document", "copy its text into a Markdown file"),
        // UTF-32's marks first: FF FE 00 00 also starts with UTF-16's FF FE.
        ([0xFF, 0xFE, 0x00, 0x00], "UTF-32 text", "save it as UTF-8"),
        ([0x00, 0x00, 0xFE, 0xFF], "UTF-32 text", "save it as UTF-8"),
        ([0xFF, 0xFE], "UTF-16 text", "save it as UTF-8"),
        ([0xFE, 0xFF], "UTF-16 text", "save it as UTF-8"),
    ]

    /// The kind of file these bytes plainly are, when they are not a UTF-8 text; the catalog
    /// words it (`notText.a PNG image`).
    static func signature(_ bytes: ArraySlice<UInt8>) -> (bytes: [UInt8], what: String, advice: String)? {
        signatures.first(where: { bytes.starts(with: $0.bytes) })
    }

    static func isFence(_ line: Substring) -> Bool {
        let u = line.utf8
        guard u.count >= 3 else { return false }
        var i = 0
        for b in u {
            if i < 3 { if b != UInt8(ascii: "-") { return false } }
            else if b != 32 && b != 9 { return false }
            i += 1
        }
        return true
    }

    static func normalizingNewlines(_ s: String) -> String {
        guard s.utf8.contains(13) else { return s }
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        var previousCR = false
        for b in s.utf8 {
            if b == 13 {
                out.append(10)
                previousCR = true
            } else {
                if !(b == 10 && previousCR) { out.append(b) }
                previousCR = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    struct BadByte {
        var offset: Int
        var byte: UInt8
        var line: Int
        var column: Int
        func location(_ path: String) -> SourceLocation { SourceLocation(path: path, line: line, column: column) }
    }

    /// The first byte that breaks UTF-8, with its line and column (in characters).
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> BadByte? {
        var i = bytes.startIndex
        var line = 1, column = 1
        while i < bytes.endIndex {
            let b = bytes[i]
            var length = 0
            if b < 0x80 { length = 1 }
            else if b >= 0xC2 && b <= 0xDF { length = 2 }
            else if b >= 0xE0 && b <= 0xEF { length = 3 }
            else if b >= 0xF0 && b <= 0xF4 { length = 4 }
            var ok = length > 0 && i + length <= bytes.endIndex
            if ok && length > 1 {
                for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { ok = false }
                if ok && length == 3 {
                    let c = bytes[i + 1]
                    if (b == 0xE0 && c < 0xA0) || (b == 0xED && c > 0x9F) { ok = false }
                }
                if ok && length == 4 {
                    let c = bytes[i + 1]
                    if (b == 0xF0 && c < 0x90) || (b == 0xF4 && c > 0x8F) { ok = false }
                }
            }
            if !ok { return BadByte(offset: i - bytes.startIndex, byte: b, line: line, column: column) }
            // LF, CRLF and a lone CR each end a line, as they do once the text is normalised.
            if b == 10 || (b == 13 && (i + 1 == bytes.endIndex || bytes[i + 1] != 10)) { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return nil
    }
}
