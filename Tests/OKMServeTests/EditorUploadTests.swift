import Foundation
import Hummingbird
import HummingbirdTesting
@testable import OKMServe
import Testing

/// Issue 17, item 9 (uploads): a picture or a file from a record's form, through HTTP as a browser
/// sends it (multipart/form-data), against `okm serve`'s server over a copy of the basic site.
@Suite(.serialized) struct EditorUploadTests {
    static let record = "news/2015/novina.md"
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 32)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0, count: 32)
    /// A Windows program's first bytes ("MZ").
    static let exe: [UInt8] = [0x4D, 0x5A, 0x90, 0x00] + Array(repeating: 0, count: 32)

    /// Posts a multipart form to the upload route: `fields` as text parts, the file as `file`.
    static func upload(_ editor: EditorPublishTests.Editor, to target: String, name: String, bytes: [UInt8],
                       fields: [String: String]) async throws -> (status: Int, body: String) {
        let boundary = "----okmtest\(UInt32.random(in: 0...UInt32.max))"
        var body: [UInt8] = []
        for (k, v) in fields.sorted(by: { $0.key < $1.key }) {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n".utf8)
        }
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        body += bytes
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        let headers: HTTPFields = [
            .cookie: "\(EditorAccess.cookie)=\(editor.secret)", .origin: "http://127.0.0.1:\(editor.port)",
            .contentType: "multipart/form-data; boundary=\(boundary)", .contentLength: String(body.count),
        ]
        let response = try await editor.client.execute(.init("/__okm/edit/upload?path=\(Self.record)&to=\(target)", method: .post,
                                                             authority: "127.0.0.1:\(editor.port)", headers: headers, body: ByteBuffer(bytes: body)))
        return (response.status.code, response.body.map { String(buffer: $0) } ?? "")
    }

    /// Every file under the site's folder (content/ and around it) with its bytes: what a refusal must leave as it was.
    static func snapshot(_ content: String) -> [String: Data] {
        let root = (content as NSString).deletingLastPathComponent
        var out: [String: Data] = [:]
        for p in FileManager.default.subpaths(atPath: root) ?? [] where !p.hasPrefix(".okm") {
            var dir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + p, isDirectory: &dir), !dir.boolValue {
                out[p] = FileManager.default.contents(atPath: root + "/" + p)
            }
        }
        return out
    }

    @Test func aPNGNamedPDFIsStoredAsWhatItIsAndAddedAsARow() async throws {
        try await EditorPublishTests.withEditor { editor in
            let before = try editor.file(Self.record)
            let hash = try await editor.hash(Self.record)
            let r = try await Self.upload(editor, to: "attachments", name: "Програма на срещата.pdf", bytes: Self.png,
                                          fields: ["hash": hash, "title": "Програма"])
            #expect(r.status == 200, "\(r.body.prefix(300))")
            let stored = editor.content + "/news/2015/programa-na-sreshtata.png"
            #expect(FileManager.default.contents(atPath: stored).map { [UInt8]($0) } == Self.png)
            #expect(!FileManager.default.fileExists(atPath: editor.content + "/news/2015/programa-na-sreshtata.pdf"))
            // Only the new list's lines are added, before the closing `---`; every other line as it was.
            let after = try editor.file(Self.record)
            let added = "attachments:\n  - file: programa-na-sreshtata.png\n    title: Програма\n"
            let i = before.range(of: "---\n", range: before.index(after: before.startIndex)..<before.endIndex)!.lowerBound
            #expect(after == String(before[..<i]) + added + String(before[i...]))
        }
    }

    @Test func aPictureGoesAfterTheRowsThereAreAndTakesNoExistingName() async throws {
        try await EditorPublishTests.withEditor { editor in
            // snimka.png is there already (the record's first picture): the new one is snimka-2.png.
            let hash = try await editor.hash(Self.record)
            let r = try await Self.upload(editor, to: "images", name: "Снимка.PNG", bytes: Self.png, fields: ["hash": hash, "alt": "Децата в парка"])
            #expect(r.status == 200)
            #expect(FileManager.default.contents(atPath: editor.content + "/news/2015/snimka.png").map { [UInt8]($0) } != Self.png)
            #expect(FileManager.default.fileExists(atPath: editor.content + "/news/2015/snimka-2.png"))
            let after = try editor.file(Self.record)
            #expect(after.contains("images:\n  - src: snimka.png\n    alt: Сградата на бившия дом\n    caption: Сградата днес\n  - src: snimka-2.png\n    alt: Децата в парка\n---\n"), "\(after)")
        }
    }

    @Test func aProgramNamedJPGIsRefusedAndNothingIsWritten() async throws {
        try await EditorPublishTests.withEditor { editor in
            let hash = try await editor.hash(Self.record)
            let before = Self.snapshot(editor.content)
            for target in ["images", "attachments"] {
                let r = try await Self.upload(editor, to: target, name: "snimka.jpg", bytes: Self.exe, fields: ["hash": hash, "alt": "x", "title": "x"])
                #expect(r.status == 415)
                #expect(r.body.contains("проверява се съдържанието му"))
            }
            // A picture is not an attachment's only kind, but a PDF is never a picture.
            let pdf = try await Self.upload(editor, to: "images", name: "a.jpg", bytes: Array("%PDF-1.4\n".utf8), fields: ["hash": hash, "alt": "x"])
            #expect(pdf.status == 415)
            #expect(Self.snapshot(editor.content) == before)
        }
    }

    @Test func aNameThatClimbsStaysBesideTheRecord() async throws {
        try await EditorPublishTests.withEditor { editor in
            let hash = try await editor.hash(Self.record)
            let r = try await Self.upload(editor, to: "images", name: "../../x.jpg", bytes: Self.jpeg, fields: ["hash": hash, "alt": "x"])
            #expect(r.status == 200)
            #expect(FileManager.default.fileExists(atPath: editor.content + "/news/2015/x.jpg"))
            #expect(!FileManager.default.fileExists(atPath: editor.content + "/x.jpg"))
            #expect(!FileManager.default.fileExists(atPath: editor.content + "/../x.jpg"))
            let windows = try await Self.upload(editor, to: "images", name: "..\\..\\y.jpg", bytes: Self.jpeg,
                                                fields: ["hash": try await editor.hash(Self.record), "alt": "y"])
            #expect(windows.status == 200)
            #expect(FileManager.default.fileExists(atPath: editor.content + "/news/2015/y.jpg"))
        }
    }

    @Test func anOversizedFileIsRefusedAndNothingIsWritten() async throws {
        try await EditorPublishTests.withEditor { editor in
            let hash = try await editor.hash(Self.record)
            let before = Self.snapshot(editor.content)
            let r = try await Self.upload(editor, to: "attachments", name: "golyam.pdf", bytes: Array("%PDF-1.4\n".utf8) + Array(repeating: 0x20, count: EditorAccess.maxBody),
                                          fields: ["hash": hash, "title": "x"])
            #expect(r.status == 413)
            #expect(Self.snapshot(editor.content) == before)
        }
    }

    @Test func aStaleFormOrAMissingDescriptionWritesNothing() async throws {
        try await EditorPublishTests.withEditor { editor in
            let hash = try await editor.hash(Self.record)
            let before = Self.snapshot(editor.content)
            let stale = try await Self.upload(editor, to: "images", name: "a.png", bytes: Self.png, fields: ["hash": "0-0", "alt": "x"])
            #expect(stale.status == 409)
            let noAlt = try await Self.upload(editor, to: "images", name: "a.png", bytes: Self.png, fields: ["hash": hash])
            #expect(noAlt.status == 422)
            // Only `images` and `attachments` take files.
            let other = try await Self.upload(editor, to: "source", name: "a.pdf", bytes: Array("%PDF-1.4\n".utf8), fields: ["hash": hash, "title": "x"])
            #expect(other.status == 400)
            #expect(Self.snapshot(editor.content) == before)
        }
    }

    /// A ZIP archive of empty stored entries with these names (local headers, central directory, end record).
    static func zip(_ names: [String]) -> [UInt8] {
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16) }
        var out: [UInt8] = [], central: [UInt8] = []
        for name in names {
            let n = Array(name.utf8)
            central += [0x50, 0x4B, 0x01, 0x02] + le16(20) + le16(20) + Array(repeating: 0, count: 20) + le16(n.count) + le16(0) + le16(0)
                + Array(repeating: 0, count: 8) + le32(out.count) + n
            out += [0x50, 0x4B, 0x03, 0x04] + le16(20) + Array(repeating: 0, count: 20) + le16(n.count) + le16(0) + n
        }
        let start = out.count
        return out + central + [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(names.count) + le16(names.count)
            + le32(central.count) + le32(start) + le16(0)
    }

    @Test func theContentDecidesTheType() {
        #expect(UploadedFile.sniff(Self.png) == .png)
        #expect(UploadedFile.sniff(Self.jpeg) == .jpeg)
        #expect(UploadedFile.sniff(Array("RIFF\0\0\0\0WEBPVP8 ".utf8)) == .webp)
        #expect(UploadedFile.sniff(Array("%PDF-1.7".utf8)) == .pdf)
        let odt: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 26) + Array("mimetypeapplication/vnd.oasis.opendocument.text".utf8)
        #expect(UploadedFile.sniff(odt) == .odt)
        #expect(UploadedFile.sniff(odt + Array("-template".utf8)) == nil)
        #expect(UploadedFile.sniff(Self.zip(["[Content_Types].xml", "_rels/.rels", "word/document.xml"])) == .docx)
        // A workbook is a ZIP of Office Open XML too, but not a document this editor takes.
        #expect(UploadedFile.sniff(Self.zip(["[Content_Types].xml", "xl/workbook.xml"])) == nil)
        #expect(UploadedFile.sniff(Self.exe) == nil)
        #expect(UploadedFile.sniff(Array("PK\u{3}\u{4}".utf8) + Array(repeating: 0, count: 40)) == nil)
        #expect(UploadedFile.safeStem("C:\\Users\\Мария\\Протокол №3 (подписан).PDF") == "protokol-3-podpisan")
        #expect(UploadedFile.safeStem("...") == "fayl")
    }
}
