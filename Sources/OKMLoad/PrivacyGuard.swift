import OKMMarkdown
import OKMModel
import Yams

/// Stops a build that would publish a personal number, with the place it is written. Everything
/// public is read as a reader would read it (ReaderDigits: references and escapes decoded,
/// markup skipped, digits joined across spaces and hyphens): the front matter as written
/// (comments too) and as YAML decodes it (`"\x36…"`, `\u0036…`, folded lines), and the body
/// outside the `confidential` blocks — exactly the lines cmark put into those blocks, so the
/// guard and the parser never disagree about what is published. This is the early, located
/// check; the build's last gate (OKMBuild's PublishGate) reads the finished site itself.
public enum PrivacyGuard {
    static func check(frontMatter: String, frontMatterLineOffset: Int, body: String, bodyLineOffset: Int,
                      confidentialLines hidden: [ClosedRange<Int>], path: String, sink: DiagnosticSink) {
        var reported = Set<Int>()
        for m in ReaderDigits.find(in: frontMatter, mode: .plain) {
            let line = m.line + 1 + frontMatterLineOffset
            if reported.insert(line).inserted { report(m, line: line, column: m.column, path: path, sink: sink) }
        }
        guard !body.isEmpty else { return }
        for m in ReaderDigits.find(in: publicLines(of: body, bodyLineOffset: bodyLineOffset, hidden: hidden), mode: .markdown) {
            let line = m.line + 1 + bodyLineOffset
            if reported.insert(line).inserted { report(m, line: line, column: m.column, path: path, sink: sink) }
        }
    }

    /// The text with the lines of its confidential blocks emptied (line numbers kept); `hidden`
    /// holds file lines, and the text's first line is file line `bodyLineOffset + 1`.
    static func publicLines(of body: String, bodyLineOffset: Int, hidden: [ClosedRange<Int>]) -> String {
        guard !hidden.isEmpty else { return body }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for (k, _) in lines.enumerated() where hidden.contains(where: { $0.contains(k + 1 + bodyLineOffset) }) { lines[k] = "" }
        return lines.joined(separator: "\n")
    }

    /// A record file's text with the lines of its confidential blocks emptied (line numbers
    /// kept): what the guard reads of it, for the build's last gate to name a number's record.
    public static func publicText(of file: String) -> String {
        guard let text = try? SourceText(path: "", bytes: Array(file.utf8)) else { return file }
        // The blocks' lines are file lines: the whole file is a body that starts at line 1.
        return publicLines(of: file, bodyLineOffset: 0, hidden: Cmark.parse(text.body, lineOffset: text.bodyLineOffset).confidentialLines)
    }

    /// Every value and key of a YAML tree as it decodes, each read on its own, reported at its node.
    static func check(_ node: Node, place: YAMLPlace, sink: DiagnosticSink, skippingLines reported: Set<Int> = []) {
        var reported = reported
        func visit(_ node: Node) {
            switch node {
            case .scalar(let s):
                for m in ReaderDigits.find(in: s.string, mode: .plain) {
                    let location = place.location(node)
                    if reported.insert(location.line).inserted {
                        report(m, line: location.line, column: location.column, path: place.path, sink: sink)
                    }
                }
            case .mapping(let pairs):
                for (key, value) in pairs { visit(key); visit(value) }
            case .sequence(let items):
                for item in items { visit(item) }
            case .alias: break
            }
        }
        visit(node)
    }

    static func report(_ m: PersonalNumberMatch, line: Int, column: Int, path: String, sink: DiagnosticSink) {
        sink.error(4001, SourceLocation(path: path, line: line, column: column), ["kind": "\(m.kind.rawValue)"])
    }

    /// A file or folder name is published as an address: it must not carry a number either.
    static func checkName(_ relativePath: String, path: String) -> Diagnostic? {
        guard let m = ReaderDigits.find(in: relativePath, mode: .plain).first else { return nil }
        return .error(4002, SourceLocation(path: path, line: 1, column: 1), ["kind": "\(m.kind.rawValue)"])
    }
}
