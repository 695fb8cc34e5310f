import Foundation
#if canImport(Glibc)
import Glibc
#endif
import OKMModel

/// A file sent from a record's form (an image or an attachment): what it is, read from its
/// first bytes and never from its name, and the name it gets beside the record.
struct UploadedFile {
    /// The types the editor takes, by their content.
    enum FileType: String, CaseIterable {
        case jpeg = "jpg", png, webp, pdf, docx, odt

        /// The extension the stored file gets: the content's, whatever the sent name said.
        var ext: String { rawValue }
        var isImage: Bool { self == .jpeg || self == .png || self == .webp }
    }

    /// The largest file the editor stores; the request around it may hold the form's few fields more.
    static let maxBytes = EditorAccess.maxBody - 64 * 1024

    let bytes: [UInt8]
    /// The name as the browser sent it (any path, any letters); only its last part is used.
    let sentName: String

    /// The file's type by its magic bytes, or nil for anything else (an .exe named .jpg, a text file, a .doc).
    var type: FileType? { Self.sniff(bytes) }

    static func sniff(_ b: [UInt8]) -> FileType? {
        func starts(_ s: [UInt8], at o: Int = 0) -> Bool { b.count >= o + s.count && Array(b[o..<(o + s.count)]) == s }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8) { return .webp }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0x50, 0x4B, 0x03, 0x04]) {
            // OpenDocument: its first entry is `mimetype`, stored, holding the type (ODF 1.2 §3.3).
            if starts(Array("mimetype".utf8), at: 30), starts(Array("application/vnd.oasis.opendocument.text".utf8), at: 38) {
                let rest = 38 + "application/vnd.oasis.opendocument.text".utf8.count
                if b.count == rest || b[rest] != UInt8(ascii: "-") { return .odt }   // not "…text-template"
            }
            // Office Open XML: `[Content_Types].xml` and the Word document part (ECMA-376 part 2).
            let names = zipNames(b)
            if names.contains("[Content_Types].xml"), names.contains("word/document.xml") { return .docx }
        }
        return nil
    }

    /// The entry names of a ZIP archive's central directory; empty when it is not one.
    static func zipNames(_ b: [UInt8]) -> Set<String> {
        func u16(_ o: Int) -> Int { Int(b[o]) | Int(b[o + 1]) << 8 }
        func u32(_ o: Int) -> Int { u16(o) | u16(o + 2) << 16 }
        guard b.count >= 22 else { return [] }
        // The end-of-central-directory record: within the last 64 KB + 22 bytes (its comment).
        var end = b.count - 22
        let lowest = max(0, b.count - 22 - 65_535)
        while end >= lowest, !(b[end] == 0x50 && b[end + 1] == 0x4B && b[end + 2] == 0x05 && b[end + 3] == 0x06) { end -= 1 }
        guard end >= lowest else { return [] }
        let count = u16(end + 10)
        var o = u32(end + 16)
        var names: Set<String> = []
        for _ in 0..<count {
            guard o + 46 <= b.count, b[o] == 0x50, b[o + 1] == 0x4B, b[o + 2] == 0x01, b[o + 3] == 0x02 else { return names }
            let n = u16(o + 28), extra = u16(o + 30), comment = u16(o + 32)
            guard o + 46 + n <= b.count else { return names }
            names.insert(String(decoding: b[(o + 46)..<(o + 46 + n)], as: UTF8.self))
            o += 46 + n + extra + comment
        }
        return names
    }

    /// The sent name made safe: its last path part only, without its extension, transliterated
    /// and lower-cased by the slug rules (`Снимка 1.JPG` → `snimka-1`), at most 60 characters;
    /// `fayl` when nothing is left.
    static func safeStem(_ sent: String) -> String {
        let last = sent.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let stem = last.contains(".") ? String(last[..<last.lastIndex(of: ".")!]) : last
        var slug = String(Slug.make(stem).prefix(60))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "fayl" : slug
    }

    enum StoreError: Error { case failed(String) }

    /// Writes the bytes into `folder` under the safe name with the content's extension, never over
    /// a file that is there (`snimka.jpg`, then `snimka-2.jpg`, …): a hidden temporary file, then
    /// a hard link that fails when the name is taken. Returns the file name.
    func store(in folder: String, type: FileType) throws -> String {
        let tmp = folder + "/.okm-upload-\(UInt64.random(in: 0...UInt64.max)).tmp"
        guard FileManager.default.createFile(atPath: tmp, contents: Data(bytes)) else {
            throw StoreError.failed(String(cString: strerror(errno)))
        }
        defer { unlink(tmp) }
        let stem = Self.safeStem(sentName)
        for n in 1...1000 {
            let name = n == 1 ? "\(stem).\(type.ext)" : "\(stem)-\(n).\(type.ext)"
            if link(tmp, folder + "/" + name) == 0 { return name }
            guard errno == EEXIST else { throw StoreError.failed(String(cString: strerror(errno))) }
        }
        throw StoreError.failed("too many files named \(stem)")
    }
}
