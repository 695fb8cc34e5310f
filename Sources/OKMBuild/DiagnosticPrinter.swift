import Foundation
import OKMModel

/// `path:line:col: error: message [OKM1203]`, under it the source line with a caret, and
/// the notes as `path:line:col: note: message`, as compilers print them.
public enum DiagnosticPrinter {
    /// The diagnostic, with its source line when the file is one of okm's own: a regular file
    /// (not a link) whose real place is inside one of `roots` (content/ and templates/). A link
    /// out of content/ is refused by name only, so its target (/etc/passwd, a secrets file) is
    /// never read to show a line of it.
    public static func format(_ d: Diagnostic, sourcesIn roots: [String], language: MessageLanguage = .en) -> String {
        var out = d.line(in: language)
        if isShowable(d.location.path, roots: roots), let line = sourceLine(d.location) {
            let caretColumn = max(1, d.location.column)
            let prefix = String(line.unicodeScalars.prefix(caretColumn - 1).map { $0 == "\t" ? "\t" : " " }.map(Character.init))
            out += "\n    " + line + "\n    " + prefix + "^"
        }
        for note in d.notes {
            out += "\n" + (note.location.map { "\($0): " } ?? "") + "note: " + note.message(in: language)
        }
        return out
    }

    /// A file whose lines may be shown: not a link itself, and really inside one of `roots`
    /// (no folder on its way is a link that leads out).
    static func isShowable(_ path: String, roots: [String]) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),  // lstat: a link is a link
              attributes[.type] as? FileAttributeType == .typeRegular,
              let real = realPath(path) else { return false }
        return roots.compactMap(realPath).contains { root in real.hasPrefix(root.hasSuffix("/") ? root : root + "/") }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func sourceLine(_ at: SourceLocation) -> String? {
        guard at.line >= 1, let data = FileManager.default.contents(atPath: at.path), data.count < 50_000_000,
              var text = String(data: data, encoding: .utf8),
              let line = text.withUTF8({ line(at.line, of: $0) }) else { return nil }
        let trimmed = line.hasSuffix("\r") ? line.dropLast() : Substring(line)
        let clean = trimmed.hasPrefix("\u{FEFF}") ? trimmed.dropFirst() : trimmed
        return clean.count > 300 ? nil : String(clean)
    }

    /// Line `n` (from 1) of UTF-8 text, the lines parted where `Character.isNewline` parts them
    /// (LF, VT, FF, CR, CR LF, NEL, LS, PS), found by bytes: splitting the whole file into
    /// `Character`s for every diagnostic made `okm check` of 100 000 records spend a seventh of
    /// its time here (110 000 warnings).
    static func line(_ n: Int, of b: UnsafeBufferPointer<UInt8>) -> String? {
        var current = 1, start = 0, i = 0
        while i < b.count {
            let length: Int
            switch b[i] {
            case 0x0A, 0x0B, 0x0C: length = 1
            case 0x0D: length = i + 1 < b.count && b[i + 1] == 0x0A ? 2 : 1
            case 0xC2 where i + 1 < b.count && b[i + 1] == 0x85: length = 2
            case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9): length = 3
            default:
                i += 1
                continue
            }
            if current == n { return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self) }
            current += 1
            i += length
            start = i
        }
        return current == n ? String(decoding: UnsafeBufferPointer(rebasing: b[start...]), as: UTF8.self) : nil
    }
}
