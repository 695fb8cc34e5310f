import Testing
@testable import OKMModel

/// The message catalog (issue 20 item 1): both languages name the same messages with the
/// same arguments, the language follows the locale as Unix tools read it, and a message is
/// worded only when asked in a language.
@Suite struct MessagesTests {
    @Test(arguments: [
        ([:], MessageLanguage.en),
        (["LANG": "bg_BG.UTF-8"], .bg),
        (["LANG": "bg"], .bg),
        (["LANG": "BG_bg.utf8"], .bg),
        (["LANG": "en_US.UTF-8"], .en),
        (["LANG": "de_DE.UTF-8"], .en),
        (["LANG": "C"], .en),
        (["LANG": "POSIX"], .en),
        (["LC_ALL": "C", "LANG": "bg_BG.UTF-8"], .en),
        (["LC_ALL": "", "LANG": "bg_BG.UTF-8"], .bg),
        (["LC_MESSAGES": "bg_BG.UTF-8", "LANG": "en_US.UTF-8"], .bg),
        (["LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "bg_BG.UTF-8"], .en),
        (["LC_ALL": "bg_BG.UTF-8", "LC_MESSAGES": "C", "LANG": "C"], .bg),
    ] as [([String: String], MessageLanguage)])
    func theLocaleDecidesAsUnixToolsRead(environment: [String: String], expected: MessageLanguage) {
        #expect(MessageLanguage.fromEnvironment(environment) == expected, "\(environment)")
    }

    @Test func theOptionOverridesTheLocaleAndRefusesOtherLanguages() {
        #expect(MessageLanguage.choose("en", environment: ["LANG": "bg_BG.UTF-8"]) == .en)
        #expect(MessageLanguage.choose("bg", environment: ["LC_ALL": "C"]) == .bg)
        #expect(MessageLanguage.choose(nil, environment: ["LANG": "bg_BG.UTF-8"]) == .bg)
        #expect(MessageLanguage.choose("de", environment: [:]) == nil)
    }

    /// `{name}`s of a template.
    static func names(_ template: String) -> Set<String> {
        var out: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            if !name.isEmpty, !name.contains(" ") { out.insert(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    @Test func bothLanguagesHaveTheSameMessagesWithTheSameArguments() {
        let en = Messages.table(.en), bg = Messages.table(.bg)
        #expect(en.count > 150, "only \(en.count) English messages")
        // A plural of English only ("decisions") need not be in Bulgarian, which says it otherwise.
        for key in en.keys.sorted() where !key.hasSuffix(".many") {
            guard let b = bg[key] else { Issue.record("\(key) has no Bulgarian text"); continue }
            #expect(Self.names(b).isSubset(of: Self.names(en[key]!)), "\(key): the Bulgarian text names an argument the English does not")
        }
        for key in bg.keys.sorted() where en[key] == nil { Issue.record("\(key) is in Bulgarian only") }
    }

    @Test func aDiagnosticIsWordedInTheLanguageAskedAndKeepsItsCode() {
        let d = Diagnostic.error(2050, SourceLocation(path: "content/a.md", line: 2, column: 1),
                                 ["key": "titel", "what": .phrase("what.frontMatter"), "didYouMean": .phrase("didYouMean", ["suggestion": "title"])])
        #expect(d.line == "content/a.md:2:1: error: unknown field 'titel' in front matter (did you mean 'title'?) [OKM2050]")
        #expect(d.line(in: .bg) == "content/a.md:2:1: error: непознато поле „titel“ в началото на файла (може би „title“?) [OKM2050]")
        #expect(d.code == 2050)
    }

    @Test func aDecimalIsWrittenWithTheLanguagesMark() {
        #expect(Messages.say("cli.built", ["pages": "3", "files": "5", "output": "out", "seconds": .decimal(0.4678, places: 2)], in: .bg)
                == "okm: 3 страници, 5 файла записани в out/ за 0,47 с")
        #expect(Messages.say("cli.built", ["pages": "3", "files": "5", "output": "out", "seconds": .decimal(0.4678, places: 2)], in: .en)
                == "okm: 3 pages, 5 files written to out/ in 0.47 s")
        #expect(MessageArgument.decimal(12.34, places: 1, width: 8).worded(.bg) == "    12,3")
    }

    @Test func anArgumentWithBracesIsNotReadAsAName() {
        let m = Message("OKM2021", ["key": "count", "found": "{weird}"])
        #expect(m.worded(.en) == "'count' must be a whole number, found '{weird}'")
        #expect(Message.verbatim("as {is}").worded(.bg) == "as {is}")
    }
}
