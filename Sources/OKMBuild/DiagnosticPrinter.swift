import Foundation
import OKMModel

/// `path:line:col: error: message`, and under it the source line with a caret, as
/// compilers print them.
public enum DiagnosticPrinter {
    public static func format(_ d: Diagnostic, withSource: Bool = true) -> String {
        var out = d.description
        if withSource, let line = sourceLine(d.location) {
            let caretColumn = max(1, d.location.column)
            let prefix = String(line.unicodeScalars.prefix(caretColumn - 1).map { $0 == "\t" ? "\t" : " " }.map(Character.init))
            out += "\n    " + line + "\n    " + prefix + "^"
        }
        return out
    }

    static func sourceLine(_ at: SourceLocation) -> String? {
        guard at.line >= 1, let data = FileManager.default.contents(atPath: at.path), data.count < 50_000_000,
              let text = String(data: data, encoding: .utf8) else { return nil }
        var n = 1
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if n == at.line {
                let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
                let clean = trimmed.hasPrefix("\u{FEFF}") ? trimmed.dropFirst() : trimmed
                return clean.count > 300 ? nil : String(clean)
            }
            n += 1
        }
        return nil
    }
}
