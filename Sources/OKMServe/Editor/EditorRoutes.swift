import Foundation
import Hummingbird
import OKMBuild
import OKMLoad
import OKMModel

/// The editor's routes under /__okm/edit (EditorGuard lets only the secret's holder in):
/// `GET /__okm/edit/` lists the records, `GET /__okm/edit/record?path=…` shows a record's form,
/// `POST` to the same address saves it, `POST /__okm/edit/publish?path=…` removes its
/// `draft: true`, `POST /__okm/edit/preview?path=…` shows the record's page from the form's input, unsaved,
/// `GET /__okm/edit/editor.js` is the script that helps (docs/architecture.md, "The editor").
extension DevServer {
    func addEditorRoutes(to router: Router<BasicRequestContext>) {
        router.add(middleware: EditorGuard(access: editorAccess, options: session.options))
        let options = session.options
        let content = options.contentDirectory
        router.get("/__okm/edit/") { request, _ -> Response in
            let catalogue = RecordCatalogue(contentDirectory: content, templatesDirectory: options.templatesDirectory)
            return Self.html(RecordListPage.html(catalogue, query: request.uri.queryParameters.get("q") ?? "",
                                                 checks: RecordChecks(options: options)))
        }
        router.get("/__okm/edit/editor.js") { _, _ -> Response in
            // The script that helps (type-ahead, reordering); every form works without it.
            guard let script = EditorScript.read(templatesDirectory: options.templatesDirectory) else {
                return Self.refuse(.notFound, "no_script", options)
            }
            return Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: script)))
        }
        router.get("/__okm/edit/record") { request, _ -> Response in
            guard let file = ContentFile(contentDirectory: content, relativePath: request.uri.queryParameters.get("path") ?? "") else {
                return Self.refuse(.badRequest, "no_record", options)
            }
            let catalogue = RecordCatalogue(contentDirectory: content, templatesDirectory: options.templatesDirectory)
            guard var page = try Self.formPage(file, catalogue: catalogue) else { return Self.refuse(.unprocessableContent, "not_text", options) }
            page.diagnostics = RecordChecks(options: options).diagnostics(file.relativePath)
            return Self.html(page.html())
        }
        router.post("/__okm/edit/record") { request, _ -> Response in
            let (file, input): (ContentFile, FormInput)
            switch await Self.posted(request, options: options) {
            case .success(let posted): (file, input) = posted
            case .failure(let refusal): return refusal.response
            }
            let catalogue = RecordCatalogue(contentDirectory: content, templatesDirectory: options.templatesDirectory)
            if let action = RowAction(input["row"]) {
                // A row button: the form again with its rows changed and all the input kept; nothing written.
                var kept = action.applied(to: input)
                kept.values["hash"] = input["hash"]
                guard var page = try Self.keptPage(file, input: kept, catalogue: catalogue) else { return Self.refuse(.unprocessableContent, "not_text", options) }
                page.message = (page.words.rowsChanged, false)
                page.diagnostics = RecordChecks(options: options).diagnostics(file.relativePath)
                return Self.html(page.html())
            }
            if input["create"] != nil || input["newrecord"] != nil {
                // "New person / organization / institution" beside a reference: its few fields, or the draft written.
                guard let creating = NewRecordRequest(input) else { return Self.refuse(.badRequest, "no_kind", options) }
                let (status, page) = try Self.create(creating, in: file, input: input, options: options)
                return Self.html(page.html(), status: status)
            }
            var (status, page) = try Self.save(file, input: input, catalogue: catalogue)
            page.diagnostics = RecordChecks(options: options).diagnostics(file.relativePath)
            return Self.html(page.html(), status: status)
        }
        router.post("/__okm/edit/preview") { request, _ -> Response in
            // "Преглед": the record's page from the form as it is now, not saved; nothing is written.
            let (file, input): (ContentFile, FormInput)
            switch await Self.posted(request, options: options) {
            case .success(let posted): (file, input) = posted
            case .failure(let refusal): return refusal.response
            }
            let catalogue = RecordCatalogue(contentDirectory: content, templatesDirectory: options.templatesDirectory)
            guard var page = try Self.keptPage(file, input: input, catalogue: catalogue) else { return Self.refuse(.unprocessableContent, "not_text", options) }
            let preview = Preview.page(options, relativePath: file.relativePath, text: page.edit.apply(input))
            if let html = preview.html {
                // The site's own page: its styles and pictures load from this server; no script runs, no form posts.
                var response = Self.html(html)
                response.headers[.init("Content-Security-Policy")!] = Self.previewPolicy
                return response
            }
            page.message = (page.words.noPreview, true)
            page.diagnostics = preview.diagnostics
            return Self.html(page.html(), status: .unprocessableContent)
        }
        router.post("/__okm/edit/publish") { request, _ -> Response in
            let (file, input): (ContentFile, FormInput)
            switch await Self.posted(request, options: options) {
            case .success(let posted): (file, input) = posted
            case .failure(let refusal): return refusal.response
            }
            let catalogue = RecordCatalogue(contentDirectory: content, templatesDirectory: options.templatesDirectory)
            let (status, page) = try Self.publish(file, input: input, catalogue: catalogue, options: options)
            return Self.html(page.html(), status: status)
        }
        addUploadRoutes(to: router)
        addNewRecordRoute(to: router)
    }

    /// Why a posted form is refused before it is read: the response that says so.
    struct Refusal: Error { let response: Response }

    /// A posted form's record file (named by `?path=`, inside content/) and its fields; refused
    /// when the body is over the editor's limit or the path names no record in content/.
    static func posted(_ request: Request, options: BuildOptions) async -> Result<(ContentFile, FormInput), Refusal> {
        let content = options.contentDirectory
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: EditorAccess.maxBody) } catch {
            return .failure(Refusal(response: refuse(.contentTooLarge, "too_large", options)))
        }
        guard let file = ContentFile(contentDirectory: content, relativePath: request.uri.queryParameters.get("path") ?? "") else {
            return .failure(Refusal(response: refuse(.badRequest, "no_record", options)))
        }
        return .success((file, FormInput(urlencoded: String(buffer: buffer))))
    }

    /// A record's form as the file is now, or nil for a file that is not UTF-8 text.
    static func formPage(_ file: ContentFile, catalogue: RecordCatalogue) throws -> RecordFormPage? {
        let bytes = try file.read()
        guard let text = String(validatingUTF8: bytes.map { CChar(bitPattern: $0) } + [0]), !bytes.contains(0) else { return nil }
        var choices: [Kind: [(slug: String, label: String)]] = [:]
        for e in catalogue.entries { choices[e.id.kind, default: []].append((e.id.slug, e.pickerLabel)) }
        return RecordFormPage(edit: RecordEdit(kind: file.kind, text: text), relativePath: file.relativePath,
                              hash: ContentFile.hash(bytes), words: catalogue.words,
                              language: catalogue.language, choices: choices)
    }

    /// The form with what the user typed (a row button, a new record) instead of the file's values;
    /// the hash stays the one the form was opened with, so a save after it still finds a file changed meanwhile.
    static func keptPage(_ file: ContentFile, input: FormInput, catalogue: RecordCatalogue) throws -> RecordFormPage? {
        guard var page = try formPage(file, catalogue: catalogue) else { return nil }
        page.input = input
        page.hash = input["hash"] ?? page.hash
        return page
    }

    /// A new record from a reference picker: the button shows its fields (all the form's input
    /// kept); "create" writes its draft (`NewRecordFile`) and fills its slug into the field;
    /// "cancel" closes the fields. Nothing of the record being edited is written.
    static func create(_ request: NewRecordRequest, in file: ContentFile, input: FormInput, options: BuildOptions) throws -> (HTTPResponse.Status, RecordFormPage) {
        var kept = input
        for key in input.values.keys where key == "create" || key.hasPrefix("newrecord") || key.hasPrefix("new.") { kept.values[key] = nil }
        var catalogue = RecordCatalogue(contentDirectory: options.contentDirectory, templatesDirectory: options.templatesDirectory)
        var status = HTTPResponse.Status.ok
        var message: (text: String, isProblem: Bool)? = nil
        var open: NewRecordRequest? = request
        switch request.step {
        case .open:
            break
        case .cancel:
            open = nil
        case .write:
            let record = NewRecordFile(kind: request.kind, values: request.values)
            let known = Set(catalogue.entries.filter { $0.id.kind == request.kind }.map(\.id.slug))
            switch record.write(contentDirectory: options.contentDirectory, templatesDirectory: options.templatesDirectory, known: known) {
            case .success(let rel):
                kept.values[request.target] = record.slug
                open = nil
                catalogue = RecordCatalogue(contentDirectory: options.contentDirectory, templatesDirectory: options.templatesDirectory)
                message = (catalogue.words.created(rel), false)
            case .failure(let error):
                status = .unprocessableContent
                let w = catalogue.words
                switch error {
                case .noName: message = (w.noName, true)
                case .exists(let rel): message = (w.exists(rel), true)
                case .notHere: message = (w.notHere, true)
                case .failed(let why): message = ("\(w.saveFailed): \(why)", true)
                }
            }
        }
        guard var page = try keptPage(file, input: kept, catalogue: catalogue) else {
            throw HTTPError(.unprocessableContent, message: "the file is not UTF-8 text")
        }
        page.creating = open
        page.message = message
        page.diagnostics = RecordChecks(options: options).diagnostics(file.relativePath)
        return (status, page)
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

    /// The preview's policy: the site's page as published, with its styles and images from this server.
    static let previewPolicy = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; form-action 'none'; frame-ancestors 'none'"

    static func html(_ s: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: s)))
    }

    /// A request the editor cannot answer, said in the site's language (`editor_refused_<reason>`).
    static func refuse(_ status: HTTPResponse.Status, _ reason: String, _ options: BuildOptions) -> Response {
        let words = EditorWords.forSite(contentDirectory: options.contentDirectory, templatesDirectory: options.templatesDirectory)
        return plain(status, "okm editor: " + words.word("refused_" + reason) + "\n")
    }

    static func plain(_ status: HTTPResponse.Status, _ s: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: s)))
    }
}
