import Foundation
import OKMModel
import Yams

/// A record's file as lines of text, exactly as written (line ends kept), with its front
/// matter's top-level fields found by Yams' node marks: what the editor rewrites is the
/// lines of one field, and every other byte stays as the author left it.
struct RecordFile {
    /// The file's lines, each with its own line end ("\n", "\r\n" or none at the end).
    var lines: [String]
    /// Index in `lines` of the opening and closing `---`; nil when the file has no front matter.
    var fences: (open: Int, close: Int)?
    /// Each top-level field: its key and the lines it spans (`start..<end`, indexes in `lines`).
    var fields: [(key: String, lines: Range<Int>, node: Node)] = []
    /// The front matter is a block mapping whose fields the editor can rewrite one by one.
    var editable = true
    /// The line end the file uses.
    var newline: String

    init(text: String) {
        lines = RecordFile.split(text)
        newline = text.contains("\r\n") ? "\r\n" : "\n"
        func isFence(_ i: Int) -> Bool {
            let l = lines[i].trimmingCharacters(in: .whitespacesAndNewlines)
            return l == "---" || (i > 0 && l == "...")
        }
        var first = 0
        if let l = lines.first, l.hasPrefix("\u{FEFF}") { first = 0 }
        guard !lines.isEmpty, lines[first].replacingOccurrences(of: "\u{FEFF}", with: "").trimmingCharacters(in: .whitespacesAndNewlines) == "---",
              let close = lines.indices.dropFirst().first(where: isFence) else { return }
        fences = (0, close)
        let yaml = lines[1..<close].joined().replacingOccurrences(of: "\r\n", with: "\n")
        guard let root = try? Yams.compose(yaml: yaml) else { editable = false; return }
        guard case .mapping(let map) = root, map.style != .flow else { editable = false; return }
        var starts: [(String, Int, Node)] = []
        for (k, v) in map {
            guard case .scalar(let key) = k, let mark = k.mark, key.style == .plain else { editable = false; return }
            starts.append((key.string, mark.line, v))   // mark.line is 1-based in the YAML: file line index = mark.line
        }
        for (n, (key, line, node)) in starts.enumerated() {
            var end = n + 1 < starts.count ? starts[n + 1].1 : close
            // Comments and blank lines before the next field belong to it, not to this one.
            while end > line + 1, RecordFile.isBlankOrComment(lines[end - 1]) { end -= 1 }
            fields.append((key, line..<end, node))
        }
    }

    static func split(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            current.append(ch)
            if ch == "\n" || ch == "\r\n" { out.append(current); current = "" }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func isBlankOrComment(_ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty || t.hasPrefix("#")
    }

    /// The node of a top-level field.
    func node(_ key: String) -> Node? { fields.first { $0.key == key }?.node }

    /// The body: every line after the closing `---` (the whole file without front matter).
    var body: String {
        guard let f = fences else { return lines.joined() }
        return lines[(f.close + 1)...].joined()
    }

    /// The lines of a top-level `draft: true` (a draft the publish button can publish), or nil.
    var draftLines: Range<Int>? {
        guard editable, let f = fields.first(where: { $0.key == "draft" }), f.node.bool == true else { return nil }
        return f.lines
    }

    /// The field whose lines hold a file line (1-based), for linking a diagnostic to its input.
    func field(atLine line: Int) -> String? {
        fields.first { $0.lines.contains(line - 1) }?.key
    }
}
