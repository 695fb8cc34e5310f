import OKMModel

/// Stops a build that would publish a personal number. Everything public is scanned as it
/// is written in the file — front matter (comments too) and the body outside
/// `confidential` blocks — so nothing the renderer derives from it can carry one.
enum PrivacyGuard {
    static func check(frontMatter: String, frontMatterLineOffset: Int, body: String, bodyLineOffset: Int,
                      confidentialLines hidden: [ClosedRange<Int>], path: String, sink: DiagnosticSink) {
        for m in PersonalNumber.find(in: frontMatter) {
            report(m, line: m.line + 1 + frontMatterLineOffset, path: path, sink: sink)
        }
        guard !body.isEmpty else { return }
        for m in PersonalNumber.find(in: body) {
            let line = m.line + 1 + bodyLineOffset
            if hidden.contains(where: { $0.contains(line) }) { continue }
            report(m, line: line, path: path, sink: sink)
        }
    }

    static func report(_ m: PersonalNumberMatch, line: Int, path: String, sink: DiagnosticSink) {
        sink.error(SourceLocation(path: path, line: line, column: m.column),
                   "a personal number (\(m.kind.rawValue)) must not be published: remove it, or move the case details into a ```confidential block")
    }
}
