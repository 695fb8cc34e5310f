import Foundation
import Hummingbird
import OKMBuild
import OKMLoad
import OKMModel

/// The editor's routes under /__okm/edit (EditorGuard lets only the secret's holder in):
/// `GET /__okm/edit/` lists the records, `GET /__okm/edit/record?path=…` shows a record's form,
/// `POST` to the same address saves it, `POST /__okm/edit/publish?path=…` removes its
/// `draft: true` (docs/architecture.md, "The editor").
extension DevServer {
    func addEditorRoutes(to router: Router<BasicRequestContext>) {
        router.add(middleware: EditorGuard(access: editorAccess))
        let options = session.options
        let content = options.contentDirectory
        router.get("/__okm/edit/") { request, _ -> Response in
            let catalogue = RecordCatalogue(contentDirectory: content, templatesDirectory: options.templatesDirectory)
            return Self.html(RecordListPage.html(catalogue, query: request.uri.queryParameters.get("q") ?? "",
                                                 checks: RecordChecks(options: options)))
        }
        router.get("/__okm/edit/record") { request, _ -> Response in
            guard let file = ContentFile(contentDirectory: content, relativePath: request.uri.queryParameters.get("path") ?? "") else {
                return Self.plain(.badRequest, "okm editor: no such record in content/\n")
            }
            let catalogue = RecordCatalogue(contentDirectory: content, templatesDirectory: options.templatesDirectory)
            guard var page = try Self.formPage(file, catalogue: catalogue) else { return Self.plain(.unprocessableContent, "okm editor: the file is not UTF-8 text\n") }
            page.diagnostics = RecordChecks(options: options).diagnostics(file.relativePath)
            return Self.html(page.html())
        }
        router.post("/__okm/edit/record") { request, _ -> Response in
            let (file, input): (ContentFile, FormInput)
            switch await Self.posted(request, content: content) {
            case .success(let posted): (file, input) = posted
            case .failure(let refusal): return refusal.response
            }
            let catalogue = RecordCatalogue(contentDirectory: content, templatesDirectory: options.templatesDirectory)
            if let action = RowAction(input["row"]) {
                // A row button: the form again with its rows changed and all the input kept; nothing written.
                guard var page = try Self.formPage(file, catalogue: catalogue) else { return Self.plain(.unprocessableContent, "okm editor: the file is not UTF-8 text\n") }
                var kept = action.applied(to: input)
                kept.values["hash"] = input["hash"]
                page.input = kept
                page.hash = input["hash"] ?? page.hash   // a save after it still finds a file changed meanwhile
                page.message = (page.words.rowsChanged, false)
                page.diagnostics = RecordChecks(options: options).diagnostics(file.relativePath)
                return Self.html(page.html())
            }
            var (status, page) = try Self.save(file, input: input, catalogue: catalogue)
            page.diagnostics = RecordChecks(options: options).diagnostics(file.relativePath)
            return Self.html(page.html(), status: status)
        }
        router.post("/__okm/edit/publish") { request, _ -> Response in
            let (file, input): (ContentFile, FormInput)
            switch await Self.posted(request, content: content) {
            case .success(let posted): (file, input) = posted
            case .failure(let refusal): return refusal.response
            }
            let catalogue = RecordCatalogue(contentDirectory: content, templatesDirectory: options.templatesDirectory)
            let (status, page) = try Self.publish(file, input: input, catalogue: catalogue, options: options)
            return Self.html(page.html(), status: status)
        }
    }

    /// Why a posted form is refused before it is read: the response that says so.
    struct Refusal: Error { let response: Response }

    /// A posted form's record file (named by `?path=`, inside content/) and its fields; refused
    /// when the body is over the editor's limit or the path names no record in content/.
    static func posted(_ request: Request, content: String) async -> Result<(ContentFile, FormInput), Refusal> {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: EditorAccess.maxBody) } catch {
            return .failure(Refusal(response: plain(.contentTooLarge, "okm editor: the request is too large\n")))
        }
        guard let file = ContentFile(contentDirectory: content, relativePath: request.uri.queryParameters.get("path") ?? "") else {
            return .failure(Refusal(response: plain(.badRequest, "okm editor: no such record in content/\n")))
        }
        return .success((file, FormInput(urlencoded: String(buffer: buffer))))
    }

    /// A record's form as the file is now, or nil for a file that is not UTF-8 text.
    static func formPage(_ file: ContentFile, catalogue: RecordCatalogue) throws -> RecordFormPage? {
        let bytes = try file.read()
        guard let text = String(validatingUTF8: bytes.map { CChar(bitPattern: $0) } + [0]), !bytes.contains(0) else { return nil }
        var choices: [Kind: [(slug: String, name: String)]] = [:]
        for e in catalogue.entries { choices[e.id.kind, default: []].append((e.id.slug, e.title)) }
        return RecordFormPage(edit: RecordEdit(kind: file.kind, text: text), relativePath: file.relativePath,
                              hash: ContentFile.hash(bytes), words: catalogue.words,
                              language: catalogue.language, choices: choices)
    }

    /// Saves a form: nothing is written when the file changed since the form was opened (the
    /// form comes back with the input kept) or when nothing changed; else the changed fields'
    /// lines are written, atomically, and the record is checked as `okm check` checks it.
    static func save(_ file: ContentFile, input: FormInput, catalogue: RecordCatalogue) throws -> (HTTPResponse.Status, RecordFormPage) {
        guard var page = try formPage(file, catalogue: catalogue) else {
            throw HTTPError(.unprocessableContent, message: "the file is not UTF-8 text")
        }
        guard input["hash"] == page.hash else {
            page.input = input
            page.message = (page.words.conflict, true)
            return (.conflict, page)
        }
        let old = page.edit.file.lines.joined()
        let new = page.edit.apply(input)
        if new == old {
            page.message = (page.words.unchanged, false)
        } else {
            do { try file.write(Array(new.utf8)) } catch {
                page.input = input
                page.message = ("\(page.words.saveFailed): \(error.localizedDescription)", true)
                return (.internalServerError, page)
            }
            page = try formPage(file, catalogue: catalogue)!
            page.message = (page.words.saved, false)
        }
        return (.ok, page)
    }

    /// Publishes a draft: removes the lines of its `draft: true` and nothing else. Refused, with
    /// the reason shown and nothing written, while `okm check` finds errors in the record, when
    /// the file changed since the form was opened, or when the record is not a draft.
    static func publish(_ file: ContentFile, input: FormInput, catalogue: RecordCatalogue, options: BuildOptions) throws -> (HTTPResponse.Status, RecordFormPage) {
        guard var page = try formPage(file, catalogue: catalogue) else {
            throw HTTPError(.unprocessableContent, message: "the file is not UTF-8 text")
        }
        page.diagnostics = RecordChecks(options: options).diagnostics(file.relativePath)
        guard input["hash"] == page.hash else {
            page.message = (page.words.conflict, true)
            return (.conflict, page)
        }
        guard let draft = page.edit.file.draftLines else {
            page.message = (page.words.notDraft, true)
            return (.unprocessableContent, page)
        }
        let errors = page.diagnostics.filter { $0.severity == .error }.count
        guard errors == 0 else {
            page.message = (page.words.cannotPublish(errors), true)
            return (.unprocessableContent, page)
        }
        var lines = page.edit.file.lines
        lines.removeSubrange(draft)
        do { try file.write(Array(lines.joined().utf8)) } catch {
            page.message = ("\(page.words.saveFailed): \(error.localizedDescription)", true)
            return (.internalServerError, page)
        }
        page = try formPage(file, catalogue: catalogue)!
        page.diagnostics = RecordChecks(options: options).diagnostics(file.relativePath)
        page.message = (page.words.published, false)
        return (.ok, page)
    }

    static func html(_ s: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: s)))
    }

    static func plain(_ status: HTTPResponse.Status, _ s: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: s)))
    }
}
