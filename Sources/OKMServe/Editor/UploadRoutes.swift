import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Hummingbird
import MultipartKit
import OKMBuild
import OKMModel

/// `POST /__okm/edit/upload?path=<record>&to=images|attachments`: a picture or a file from the
/// record's form (multipart/form-data, parsed by MultipartKit), checked by its content, stored
/// beside the record under a safe name that takes no existing file, and added as the last row
/// of the record's `images:` or `attachments:` (only that list's lines change). Nothing is
/// written when anything is wrong: the file changed since the form was opened, the body is
/// over the limit, the content is not a type the list takes, the description is missing.
extension DevServer {
    func addUploadRoutes(to router: Router<BasicRequestContext>) {
        let options = session.options
        let content = options.contentDirectory
        router.post("/__okm/edit/upload") { request, _ -> Response in
            let buffer: ByteBuffer
            do { buffer = try await request.body.collect(upTo: EditorAccess.maxBody) } catch {
                return Self.refuse(.contentTooLarge, "too_large", options)
            }
            guard let file = ContentFile(contentDirectory: content, relativePath: request.uri.queryParameters.get("path") ?? "") else {
                return Self.refuse(.badRequest, "no_record", options)
            }
            let target = request.uri.queryParameters.get("to") ?? ""
            guard target == "images" || target == "attachments",
                  Schema.fields(of: file.kind).contains(where: { $0.name == target }) else {
                return Self.refuse(.badRequest, "no_list", options)
            }
            guard let parts = Self.formParts(buffer, contentType: request.headers[.contentType] ?? "") else {
                return Self.refuse(.badRequest, "not_multipart", options)
            }
            let catalogue = RecordCatalogue(contentDirectory: content, templatesDirectory: options.templatesDirectory)
            let (status, page) = try Self.upload(parts, to: target, of: file, catalogue: catalogue, options: options)
            return Self.html(page.html(), status: status)
        }
    }

    /// One field of a multipart form: its name, the file name it was sent with (files only), its bytes.
    struct FormPart { let name: String, filename: String?, bytes: [UInt8] }

    /// The parts of a multipart/form-data body, or nil when it is not one.
    static func formParts(_ buffer: ByteBuffer, contentType: String) -> [FormPart]? {
        let params = headerParameters(contentType)
        guard contentType.lowercased().hasPrefix("multipart/form-data"), let boundary = params["boundary"], !boundary.isEmpty else { return nil }
        let parser = MultipartParser(boundary: boundary)
        var parts: [FormPart] = []
        var disposition = ""
        var body: [UInt8] = []
        parser.onHeader = { name, value in if name.lowercased() == "content-disposition" { disposition = value } }
        parser.onBody = { chunk in body += chunk.readableBytesView }
        parser.onPartComplete = {
            let p = headerParameters(disposition)
            if let name = p["name"] { parts.append(FormPart(name: name, filename: p["filename"], bytes: body)) }
            disposition = ""
            body = []
        }
        do { try parser.execute(buffer) } catch { return nil }
        return parts
    }

    /// A header's `key=value` parameters (`form-data; name="f"; filename="a.jpg"`), quotes removed.
    static func headerParameters(_ header: String) -> [String: String] {
        var out: [String: String] = [:]
        var pieces: [String] = []
        var current = "", quoted = false, escaped = false
        for ch in header {
            if escaped { current.append(ch); escaped = false; continue }
            if quoted && ch == "\\" { escaped = true; continue }
            if ch == "\"" { quoted.toggle(); continue }
            if ch == ";" && !quoted { pieces.append(current); current = ""; continue }
            current.append(ch)
        }
        pieces.append(current)
        for piece in pieces {
            guard let eq = piece.firstIndex(of: "=") else { continue }
            out[piece[..<eq].trimmingCharacters(in: .whitespaces).lowercased()] = String(piece[piece.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
        }
        return out
    }

    /// Stores an uploaded file and adds its row, or says why not (and writes nothing).
    static func upload(_ parts: [FormPart], to target: String, of file: ContentFile, catalogue: RecordCatalogue, options: BuildOptions) throws -> (HTTPResponse.Status, RecordFormPage) {
        guard var page = try formPage(file, catalogue: catalogue) else {
            throw HTTPError(.unprocessableContent, message: "the file is not UTF-8 text")
        }
        page.diagnostics = RecordChecks(options: options).diagnostics(file.relativePath)
        let w = page.words
        func value(_ name: String) -> String {
            String(decoding: parts.first { $0.name == name }?.bytes ?? [], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func refuse(_ status: HTTPResponse.Status, _ text: String) -> (HTTPResponse.Status, RecordFormPage) {
            page.message = (text, true)
            return (status, page)
        }
        guard value("hash") == page.hash else { return refuse(.conflict, w.conflict) }
        guard let sent = parts.first(where: { $0.name == "file" && $0.filename != nil }), !sent.bytes.isEmpty else {
            return refuse(.unprocessableContent, w.word("upload_no_file"))
        }
        guard sent.bytes.count <= UploadedFile.maxBytes else { return refuse(.contentTooLarge, w.word("upload_too_large")) }
        let uploaded = UploadedFile(bytes: sent.bytes, sentName: sent.filename ?? "")
        let images = target == "images"
        guard let type = uploaded.type, !images || type.isImage else {
            return refuse(.unsupportedMediaType, w.word(images ? "upload_not_image" : "upload_not_file"))
        }
        let text = value(images ? "alt" : "title")
        guard !text.isEmpty else { return refuse(.unprocessableContent, w.word(images ? "upload_no_alt" : "upload_no_title")) }
        // The name is only known once stored; the row is made for it, and the file removed again if the record cannot be written.
        let folder = (file.path as NSString).deletingLastPathComponent
        let name: String
        do { name = try uploaded.store(in: folder, type: type) } catch {
            return refuse(.internalServerError, "\(w.saveFailed): \(error)")
        }
        let row: [String: FormValue] = images
            ? ["src": .text(name), "alt": .text(text), "caption": .text(value("caption"))]
            : ["file": .text(name), "title": .text(text)]
        guard let new = page.edit.appending(row, to: target) else {
            unlink(folder + "/" + name)
            return refuse(.unprocessableContent, w.word("upload_list_kept"))
        }
        do { try file.write(Array(new.utf8)) } catch {
            unlink(folder + "/" + name)
            return refuse(.internalServerError, "\(w.saveFailed): \(error.localizedDescription)")
        }
        page = try formPage(file, catalogue: catalogue)!
        page.diagnostics = RecordChecks(options: options).diagnostics(file.relativePath)
        page.message = (w.word("upload_stored").replacingOccurrences(of: "{name}", with: name), false)
        return (.ok, page)
    }
}
