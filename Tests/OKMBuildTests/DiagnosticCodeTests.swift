import Foundation
import Testing
import OKMModel

/// Every diagnostic okm makes has its stable code (issue 16 item 8), written where it is made
/// and listed in docs/content-format.md.
@Suite struct DiagnosticCodeTests {
    static let sources = BuildTestSupport.repositoryRoot + "/Sources"

    /// Each line of Sources that makes a diagnostic (`.error(`, `.warning(`, `sink.error(`…),
    /// with the code written first, or nil when it has none: (file:line, code).
    static func callSites() throws -> [(place: String, code: Int?)] {
        let call = try Regex(#"\b(?:error|warning)\((?!s\))\s*(code\b|\d*)"#).wordBoundaryKind(.simple)
        var out: [(String, Int?)] = []
        for file in BuildTestSupport.regularFilesRecursively(in: sources) where file.hasSuffix(".swift") {
            // The template engine's own parse errors are not diagnostics; Diagnostic.swift and
            // the sink define the calls.
            if file.hasPrefix("OKMTemplate/") || file.hasSuffix("/Diagnostic.swift") || file.hasSuffix("/Diagnostics.swift") { continue }
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") || code.contains("func error(") || code.contains("func warning(") { continue }
                for m in line.matches(of: call) {
                    // A helper that passes on its caller's `code` counts as coded (its callers are scanned).
                    let digits = m.output[1].substring.map(String.init) ?? ""
                    out.append(("\(file):\(n + 1)", digits == "code" ? -1 : Int(digits)))
                }
            }
        }
        return out
    }

    @Test func everyDiagnosticIsMadeWithItsCode() throws {
        let sites = try Self.callSites()
        #expect(sites.count > 100, "only \(sites.count) call sites found: the scan is broken")
        for site in sites where site.code == nil || site.code == 0 {
            Issue.record("Sources/\(site.place): a diagnostic without its code (OKMnnnn)")
        }
    }

    @Test func everyCodeIsInTheStageItsThousandsName() throws {
        for site in try Self.callSites() {
            guard let code = site.code, code != -1 else { continue }
            #expect((1000..<6000).contains(code), "Sources/\(site.place): OKM\(code) is outside 1000–5999")
        }
    }

    @Test func theMessageTableListsEveryCode() throws {
        let doc = try String(contentsOfFile: BuildTestSupport.repositoryRoot + "/docs/content-format.md", encoding: .utf8)
        for code in Set(try Self.callSites().compactMap(\.code)).subtracting([-1]).sorted() {
            #expect(doc.contains("`OKM\(code)`"), "docs/content-format.md does not list OKM\(code)")
        }
    }

    @Test func theTextLineEndsWithTheCodeAndAFolderHasNoLine() {
        let d = Diagnostic.error(3001, SourceLocation(path: "content/a.md", line: 3, column: 7), "unknown person 'x'")
        #expect(d.line == "content/a.md:3:7: error: unknown person 'x' [OKM3001]")
        #expect(Diagnostic.warning(59, .whole("output"), "m").line == "output: warning: m [OKM0059]")
    }

    @Test func theJSONShapeHasEveryFieldAndTheNotes() throws {
        let d = Diagnostic.error(3010, SourceLocation(path: "content/b.md", line: 1, column: 1), "duplicate \"slug\"",
                                 notes: [DiagnosticNote(SourceLocation(path: "content/a.md", line: 1, column: 1), "the other"), DiagnosticNote("hint")])
        let data = Data(Diagnostic.json([d]).utf8)
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(array.count == 1)
        let o = array[0]
        #expect(o["code"] as? String == "OKM3010")
        #expect(o["severity"] as? String == "error")
        #expect(o["path"] as? String == "content/b.md")
        #expect(o["line"] as? Int == 1 && o["column"] as? Int == 1)
        #expect(o["message"] as? String == "duplicate \"slug\"")
        let notes = try #require(o["notes"] as? [[String: Any]])
        #expect(notes.count == 2)
        #expect(notes[0]["path"] as? String == "content/a.md" && notes[0]["message"] as? String == "the other")
        #expect(notes[1]["path"] == nil && notes[1]["message"] as? String == "hint")
    }

    // MARK: every message from the catalog (issue 20 item 1)

    /// True for a line that writes words in code rather than taking them from the catalog:
    /// a command printing a literal, a note or `Message.verbatim` of a literal, an error or a
    /// problem made of words (a literal with a space: `ToolFailure("Pagefind failed")`,
    /// `Refusal(description: "…")`, `throw .message("…")`, `problems.append("…")`,
    /// `failure: "…"`), or a `description` returning English words.
    static func isWordsInCode(_ line: String) -> Bool {
        line.contains(printed) || line.contains(madeAsText) || line.contains(describedInCode)
    }
    nonisolated(unsafe) static let printed = try! Regex(#"\b(?:print|err|out|log|verbatim|DiagnosticNote)\(\s*(?:[A-Za-z0-9_.]+:\s*)?"|standardError\.write\(Data\(\s*""#).wordBoundaryKind(.simple)
    nonisolated(unsafe) static let madeAsText = try! Regex(#"(?:\b[A-Za-z]*(?:Failure|Error|Refusal|Busy)\(\s*(?:description:\s*)?|\bthrow\s+\.message\(\s*|\bfail\(\s*[a-z]+,\s*|\b(?:problems|notices)\.append\(\s*|\bfailure:\s*)"[^"]*\s"#).wordBoundaryKind(.simple)
    nonisolated(unsafe) static let describedInCode = try! Regex(#"\bvar description: String\s*\{\s*"[^"]*[A-Za-z]{2,} [A-Za-z]{2,}"#).wordBoundaryKind(.simple)

    /// Places in Sources that write a message in code instead of taking it from the catalog
    /// (Sources/OKMModel/Messages): a diagnostic made with a string literal for its message
    /// (`.error(code, at, "…")`), a note or `Message.verbatim` with a literal, and a command
    /// that prints a literal (`print("…")`, `Output.err("…")`, `FileHandle.standardError.write`
    /// of a literal), and the other forms of `isWordsInCode`. Returns "file:line".
    static func wordsOutsideTheCatalog() throws -> [String] {
        let call = try Regex(#"\b(?:error|warning)\(\s*(?:code\b|\d+)\s*,"#).wordBoundaryKind(.simple)
        var out: [String] = []
        for file in BuildTestSupport.regularFilesRecursively(in: sources) where file.hasSuffix(".swift") {
            if file.hasPrefix("OKMModel/Messages/") || file.hasSuffix("/Diagnostic.swift") { continue }
            let lines = try String(contentsOfFile: sources + "/" + file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (n, line) in lines.enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") || code.hasPrefix("///") { continue }
                var hit = Self.isWordsInCode(String(line))
                if let m = line.firstMatch(of: call) {
                    // The call's arguments after the code, over the next lines of a long call.
                    let text = ([String(line[m.range.upperBound...])] + lines[(n + 1)..<min(n + 4, lines.count)].map(String.init)).joined(separator: "\n")
                    if Self.arguments(text).contains(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("\"") }) { hit = true }
                }
                if hit { out.append("\(file):\(n + 1)") }
            }
        }
        return out
    }

    @Test func noMessageIsWrittenOutsideTheCatalog() throws {
        for place in try Self.wordsOutsideTheCatalog() {
            Issue.record("Sources/\(place): a message written in code: put it in Sources/OKMModel/Messages (en and bg) and pass its arguments")
        }
    }

    /// Every id a source file names whole (`Message("import.exists"`, `.phrase("didYouMean"`,
    /// `Messages.say("cli.built"`, `.say("new.exists"`) and every generated page's name
    /// (`.generated("list page")`, worded as `generated.list page` in OKM5021) is in the
    /// catalog: a misspelt id would print the id itself.
    @Test func everyIdNamedInSourcesIsInTheCatalog() throws {
        let named = try Regex(#"(?:\bMessage|\.phrase|\bMessages\.say|\.say)\(\s*"([A-Za-z0-9_.']+)"(?!\s*\+)"#).wordBoundaryKind(.simple)
        let generated = try Regex(#"\.generated\(\s*"([^"]+)"\s*\)"#)
        let en = Messages.table(.en), bg = Messages.table(.bg)
        var seen = 0
        for file in BuildTestSupport.regularFilesRecursively(in: Self.sources) where file.hasSuffix(".swift") {
            if file.hasPrefix("OKMModel/Messages/") { continue }
            let text = try String(contentsOfFile: Self.sources + "/" + file, encoding: .utf8)
            for m in text.matches(of: named) {
                guard let id = m.output[1].substring.map(String.init), !id.isEmpty else { continue }
                seen += 1
                #expect(en[id] != nil, "Sources/\(file): '\(id)' is not in Messages+en.swift")
                #expect(bg[id] != nil || id.hasSuffix(".many"), "Sources/\(file): '\(id)' is not in Messages+bg.swift")
            }
            for m in text.matches(of: generated) {
                guard let name = m.output[1].substring.map(String.init) else { continue }
                seen += 1
                #expect(en["generated." + name] != nil && bg["generated." + name] != nil,
                        "Sources/\(file): the generated '\(name)' has no 'generated.\(name)' in the catalog (OKM5021 names it)")
            }
        }
        #expect(seen > 100, "only \(seen) ids found: the scan is broken")
    }

    /// The top-level arguments of a call whose text starts after its `(` (or after an argument
    /// and its comma), up to its closing `)`: string literals, their interpolations and nested
    /// brackets are skipped over.
    static func arguments(_ text: String) -> [String] {
        var args: [String] = [], current = ""
        var stack: [Character] = []  // ( [ { of code, " of a string, i of an interpolation
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if stack.last == "\"" {
                if c == "\\", i + 1 < chars.count {
                    if chars[i + 1] == "(" { stack.append("i") }
                    current.append(c); current.append(chars[i + 1]); i += 2; continue
                }
                if c == "\"" { stack.removeLast() }
                current.append(c); i += 1; continue
            }
            switch c {
            case "\"": stack.append("\"")
            case "(", "[", "{": stack.append(c)
            case ")", "]", "}":
                if stack.isEmpty { args.append(current); return args }
                stack.removeLast()
            case "," where stack.isEmpty:
                args.append(current); current = ""; i += 1; continue
            default: break
            }
            current.append(c); i += 1
        }
        args.append(current)
        return args
    }

    @Test func theScanFindsTextMadeAsErrorsAndProblems() throws {
        // The lines the scan must catch, written as code in Sources would write them.
        let dir = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-scan")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for line in [#"throw ToolFailure("Pagefind failed")"#, #"throw Refusal(description: "--output is empty")"#,
                     #"throw .message("unknown kind")"#, #"report.problems.append("could not write \(path)")"#,
                     #"public var description: String { "another okm build is running" }"#,
                     #"return ImportReport(source: path, failure: "the file does not exist")"#,
                     #"fail(line, "a tag needs a name")"#] {
            #expect(Self.isWordsInCode(line), "\(line)")
        }
        for line in [#"throw ToolFailure("tool.failed", ["tool": "Pagefind"])"#, #"public var description: String { message.worded(.en) }"#,
                     #"report.problems.append(Message("import.exists", ["path": "\(path)"]))"#,
                     #"fail(line, Message("template.noName"))"#] {
            #expect(!Self.isWordsInCode(line), "\(line)")
        }
    }

    @Test func theScanFindsALiteralMessageAndLetsArgumentsPass() {
        // The scanner's own check: what it must catch, and what it must let pass.
        let literal = Self.arguments(#" at, "the file is empty: \(name, x)")"#)
        #expect(literal.count == 2 && literal[1].hasPrefix(#" "the file"#))
        let dictionary = Self.arguments(#" at, ["values": "\(names.joined(separator: ", "))", "found": n.kindName]) + rest"#)
        #expect(dictionary.count == 2 && dictionary[1].hasPrefix(" ["))
        let multiLine = Self.arguments(" SourceLocation(path: p, line: 1, column: 1),\n   \"a personal number\")")
        #expect(multiLine.count == 2 && multiLine[1].trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("\""))
    }
}
