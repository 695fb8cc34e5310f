import OKMModel
import Yams

/// Where a YAML node sits in the content file.
struct YAMLPlace {
    let path: String
    /// File lines before the YAML text's first line.
    let lineOffset: Int
    /// What the YAML is, for messages: "front matter", "site.yml".
    var what: MessageArgument = .phrase("what.frontMatter")

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: lineOffset + 1, column: 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    func location(_ node: Node) -> SourceLocation { location(node.mark) }
}

extension Node {
    /// What a reader calls this node in an error message.
    var kindName: MessageArgument {
        switch self {
        case .scalar: .phrase("node.scalar")
        case .mapping: .phrase("node.mapping")
        case .sequence: .phrase("node.sequence")
        case .alias: .phrase("node.alias")
        }
    }

    /// A plain `~`, `null` or empty scalar: the field is written but has no value.
    var isNull: Bool {
        guard case .scalar(let s) = self, s.style == .plain || s.style == .any else { return false }
        return s.string.isEmpty || s.string == "~" || s.string == "null" || s.string == "Null" || s.string == "NULL"
    }
}

enum YAMLDocument {
    /// Composes the front matter with Yams. A syntax error becomes a diagnostic at its true file line.
    static func compose(_ yaml: String, place: YAMLPlace) -> Result<Node?, Diagnostic> {
        if let refused = YAMLAnchors.diagnostic(in: yaml, place: place) { return .failure(refused) }
        do {
            // okm reads every value from its text (FieldReader), never from a resolved tag, so
            // Yams need not run its regular expressions over every scalar to guess one (that
            // was a tenth of loading).
            return .success(try Yams.compose(yaml: yaml, .basic))
        } catch let error as YamlError {
            return .failure(withinText(diagnostic(error, place: place), yaml, place: place))
        } catch {
            return .failure(.error(1040, place.location(nil), ["what": place.what, "problem": "\(error)"]))
        }
    }

    /// libyaml ends an unterminated last line itself, so a problem at the end of a text without
    /// a final newline (a site.yml) is marked one line past its end: put it after the last character.
    static func withinText(_ d: Diagnostic, _ yaml: String, place: YAMLPlace) -> Diagnostic {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard d.location.line - place.lineOffset > lines.count, let last = lines.last else { return d }
        var d = d
        d.location.line = lines.count + place.lineOffset
        d.location.column = last.unicodeScalars.count + 1
        return d
    }

    /// Yams marks the first of two equal keys; the mistake is the second one, written later
    /// at the same indentation.
    static func repeated(key: String, after first: Mark, in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        // A flow mapping ({ src: a, src: b }): the repeat is on the same line, further right.
        // The key as it may be written: plain, "quoted" or 'quoted' (either time).
        let spellings = [key, "\"" + key + "\"", "'" + key + "'"]
        let firstLine = Array(lines[first.line - 1].unicodeScalars)
        var k = first.column
        while k < firstLine.count {
            if k > 0, [" ", "{", ","].contains(firstLine[k - 1]) {
                for spelling in spellings {
                    let keyScalars = Array(spelling.unicodeScalars)
                    guard k + keyScalars.count <= firstLine.count, Array(firstLine[k..<(k + keyScalars.count)]) == keyScalars else { continue }
                    let after = firstLine[(k + keyScalars.count)...].drop { $0 == " " }
                    if after.first == ":" { return (first.line, k + 1) }
                }
            }
            k += 1
        }
        for n in first.line..<lines.count {
            let line = lines[n].unicodeScalars
            guard line.count >= first.column else { continue }
            let indent = line.prefix(first.column - 1)
            guard indent.allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            let rest = String(String.UnicodeScalarView(line.dropFirst(first.column - 1)))
            for spelling in spellings where rest.hasPrefix(spelling) {
                let after = rest.dropFirst(spelling.count).drop { $0 == " " }
                if after.first == ":" { return (n + 1, first.column) }
            }
        }
        return nil
    }

    static func diagnostic(_ error: YamlError, place: YAMLPlace) -> Diagnostic {
        // libyaml's own words (`problem`, `context`) stay as it writes them, in English.
        func message(_ problem: String, _ context: YamlError.Context?, at: SourceLocation) -> Diagnostic {
            // libyaml stops at 1000 levels and names its own API; say it in the reader's terms.
            if problem.hasPrefix("Maximum nesting level reached") {
                return .error(1041, at, variant: "nesting", ["what": place.what])
            }
            if let context {
                return .error(1041, at, variant: "context", ["what": place.what, "problem": "\(problem)", "context": "\(context.text)", "line": "\(context.mark.line + place.lineOffset)"])
            }
            return .error(1041, at, ["what": place.what, "problem": "\(problem)"])
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return message(problem, context, at: place.location(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names: MessageArgument = duplicates.count == 1 ? .phrase("what.field", ["key": "\(duplicates[0])"]) : "\(duplicates.map { "'\($0)'" }.joined(separator: ", "))"
            var at = place.location(context.mark)
            if let second = duplicates.first.flatMap({ repeated(key: $0, after: context.mark, in: context.text) }) {
                at.line = second.line + place.lineOffset
                at.column = second.column
            }
            return .error(1042, at, ["names": names, "what": place.what])
        case .reader(let problem, _, _, _):
            return .error(1043, place.location(nil), ["what": place.what, "problem": "\(problem)"])
        default:
            return .error(1043, place.location(nil), ["what": place.what, "problem": "\(error)"])
        }
    }
}
