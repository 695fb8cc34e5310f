/// The one JSON shape of okm's diagnostics (`okm check --format json`, and any tool that
/// reads them): an array of
///
///     {"code": "OKM3001", "severity": "error", "path": "content/…", "line": 12, "column": 3,
///      "message": "…", "notes": [{"path": "…", "line": 1, "column": 1, "message": "…"}]}
///
/// `line` and `column` are 0 for a problem of a whole folder (the output, the content
/// folder); a note without a place has no `path`, `line` or `column`. docs/content-format.md
/// documents it.
extension Diagnostic {
    public var json: JSONTree { json(in: .en) }

    /// The JSON of the diagnostic with its message (and notes') worded in `language`.
    public func json(in language: MessageLanguage) -> JSONTree {
        .object([
            ("code", .string(code.description)),
            ("severity", .string(severity.rawValue)),
            ("path", .string(location.path)),
            ("line", .int(location.line)),
            ("column", .int(location.column)),
            ("message", .string(message(in: language))),
            ("notes", .array(notes.map { $0.json(in: language) })),
        ])
    }

    /// The JSON text of `diagnostics`, in the order given, ending with a newline.
    public static func json(_ diagnostics: [Diagnostic], language: MessageLanguage = .en) -> String {
        JSONTree.array(diagnostics.map { $0.json(in: language) }).text
    }
}

extension DiagnosticNote {
    public var json: JSONTree { json(in: .en) }

    public func json(in language: MessageLanguage) -> JSONTree {
        var pairs: [(String, JSONTree)] = []
        if let location {
            pairs += [("path", .string(location.path)), ("line", .int(location.line)), ("column", .int(location.column))]
        }
        pairs.append(("message", .string(message(in: language))))
        return .object(pairs)
    }
}
