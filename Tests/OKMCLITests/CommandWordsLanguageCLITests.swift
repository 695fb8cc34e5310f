import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The commands' own words — a refused option, another build holding the output folder,
/// `okm new`'s errors, `okm import`'s report — in Bulgarian (`--messages bg` and
/// LANG=bg_BG.UTF-8) and in English, line for line (issue 20 item 1).
@Suite struct CommandWordsLanguageCLITests {
    func project() throws -> String { try CLI.project(content: CLI.repo + "/content") }

    /// `arguments` run in Bulgarian twice (by the option, by the locale) and once in English.
    func inEachLanguage(_ arguments: [String], in dir: String) throws -> (bgOption: CLIRun, bgLocale: CLIRun, en: CLIRun) {
        (try CLI.run(arguments + ["--messages", "bg"], in: dir, locale: ["LC_ALL": "C"]),
         try CLI.run(arguments, in: dir, locale: ["LANG": "bg_BG.UTF-8"]),
         try CLI.run(arguments, in: dir, locale: [:]))
    }

    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func anOutputThatIsTheContentFolderIsRefusedInEachLanguage() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try inEachLanguage(["build", "--output", "content"], in: dir)
        let bg = [
            "okm: грешка: --output „content“ е папката със съдържанието; okm заменя цялата папка за сайта и ще изтрие записите ви",
            "okm: сайтът не е изграден, грешки: 1; content/ не е променена",
        ]
        #expect(lines(r.bgOption.stderr) == bg)
        #expect(lines(r.bgLocale.stderr) == bg)
        #expect(lines(r.en.stderr) == [
            "okm: error: --output 'content' is the content folder; okm replaces the output folder whole and would delete your records",
            "okm: build failed with 1 error(s); content/ was not changed",
        ])
        #expect(r.bgOption.status == 1 && r.bgLocale.status == 1 && r.en.status == 1)
    }

    @Test func aBadBaseURLOptionIsRefusedInEachLanguage() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try inEachLanguage(["build", "--base-url", "okm.example.bg"], in: dir)
        let bg = ["okm: грешка: --base-url „okm.example.bg“ не започва с https:// или http://: посочете адреса на сайта, например https://okm.example.bg/"]
        #expect(lines(r.bgOption.stderr) == bg)
        #expect(lines(r.bgLocale.stderr) == bg)
        #expect(lines(r.en.stderr) == ["okm: error: --base-url 'okm.example.bg' does not start with https:// or http://: give the site's address, e.g. https://okm.example.bg/"])
    }

    @Test func aSecondBuildWhileTheLockIsHeldStopsInEachLanguage() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // The lock a running build holds: flock on the file beside output/, with its pid.
        let fd = open(dir + "/.output.okm-lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(fd >= 0)
        defer { close(fd) }
        try #require(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let pid = Array("4242\n".utf8)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        let r = try inEachLanguage(["build", "--no-search"], in: dir)
        let bg = [
            "okm: грешка: okm вече изгражда сайта в output/ (процес 4242); изчакайте да свърши",
            "okm: сайтът не е изграден, грешки: 1; output/ не е променена",
        ]
        #expect(lines(r.bgOption.stderr) == bg)
        #expect(lines(r.bgLocale.stderr) == bg)
        #expect(lines(r.en.stderr) == [
            "okm: error: another okm build is running on output/ (pid 4242); wait for it to finish",
            "okm: build failed with 1 error(s); output/ was not changed",
        ])
        #expect(!FileManager.default.fileExists(atPath: dir + "/output"))
    }

    @Test func okmNewsErrorsInEachLanguage() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let kind = try inEachLanguage(["new", "protokol"], in: dir)
        let bgKind = ["okm: няма вид запис „protokol“ (може би „protocol“?): един от protocol, news, event, institution, service, project, organization, person, region, page"]
        #expect(lines(kind.bgOption.stderr) == bgKind)
        #expect(lines(kind.bgLocale.stderr) == bgKind)
        #expect(lines(kind.en.stderr) == ["okm: unknown kind 'protokol' (did you mean 'protocol'?): one of protocol, news, event, institution, service, project, organization, person, region, page"])

        let first = try CLI.run(["new", "page", "За нас"], in: dir)
        #expect(first.status == 0 && first.stdout == "content/pages/za-nas.md\n", "\(first.stderr)")
        let again = try inEachLanguage(["new", "page", "За нас"], in: dir)
        let bgAgain = ["okm: content/pages/za-nas.md вече съществува; okm new никога не записва върху съществуващ запис"]
        #expect(lines(again.bgOption.stderr) == bgAgain)
        #expect(lines(again.bgLocale.stderr) == bgAgain)
        #expect(lines(again.en.stderr) == ["okm: content/pages/za-nas.md exists already; okm new never overwrites a record"])
        #expect(again.bgOption.status == 1 && again.en.status == 1)
    }

    @Test func okmImportsReportInEachLanguage() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: CLI.repo + "/Tests/Fixtures/import/news.txt", toPath: dir + "/news.txt")
        let r = try inEachLanguage(["import", "--dry-run", "news.txt", "missing.docx"], in: dir)
        let bg = [
            "news.txt → content/news/2015/kragla-masa-za-priemnata-grizha.md (новина, чернова)",
            "  title: Кръгла маса за приемната грижа",
            "      ред 1: Кръгла маса за приемната грижа",
            "  date: 2015-09-10",
            "      ред 3: 10.09.2015 г.",
            "missing.docx",
            "  грешка — файлът не съществува",
            "okm import: документи: 2",
            "  новина\tпопълнени 2\tнепопълнени 0\tнепознати 0\tnews.txt",
            "  грешка\tпопълнени 0\tнепопълнени 0\tнепознати 0\tmissing.docx",
            "okm import: проба; нищо не е записано",
        ]
        #expect(lines(r.bgOption.stdout) == bg)
        #expect(lines(r.bgLocale.stdout) == bg)
        #expect(lines(r.en.stdout) == [
            "news.txt → content/news/2015/kragla-masa-za-priemnata-grizha.md (news, draft)",
            "  title: Кръгла маса за приемната грижа",
            "      line 1: Кръгла маса за приемната грижа",
            "  date: 2015-09-10",
            "      line 3: 10.09.2015 г.",
            "missing.docx",
            "  error — the file does not exist",
            "okm import: 2 documents",
            "  news\t2 filled\t0 not filled\t0 unknown\tnews.txt",
            "  error\t0 filled\t0 not filled\t0 unknown\tmissing.docx",
            "okm import: a dry run; nothing was written",
        ])
        #expect(r.bgOption.status == 1 && r.en.status == 1)
    }
}

/// The commands' `--help` in the user's language (issue 20 item 1, "help text where
/// ArgumentParser allows"): the texts from the catalog, ArgumentParser's frame English.
@Suite struct HelpWordsCLITests {
    @Test func helpIsInTheLanguageOfTheLocaleOrOfMessages() throws {
        let dir = try CLI.project(content: CLI.repo + "/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bg = try CLI.run(["build", "--help"], in: dir, locale: ["LANG": "bg_BG.UTF-8"])
        #expect(bg.stdout.contains("OVERVIEW: Прочита, свързва, изобразява и записва сайта."), "\(bg.stdout)")
        #expect(bg.stdout.contains("Папката със съдържанието. (default: content)"))
        let forced = try CLI.run(["serve", "--help", "--messages", "bg"], in: dir, locale: ["LC_ALL": "C"])
        #expect(forced.stdout.contains("Портът, на който да слуша."), "\(forced.stdout)")
        let en = try CLI.run(["build", "--help", "--messages", "en"], in: dir, locale: ["LANG": "bg_BG.UTF-8"])
        #expect(en.stdout.contains("OVERVIEW: Load, link, render and write the site."), "\(en.stdout)")
        #expect(!en.stdout.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(en.stdout)")
    }

    /// Every help text Sources/okm names (`.words("…")`, `HelpWords.text("…")`) is `help.<id>` in both catalogs.
    @Test func everyHelpTextIsInBothCatalogs() throws {
        let folder = CLI.repo + "/Sources/okm"
        let named = try Regex(#"(?:\.words|HelpWords\.text)\("([A-Za-z.]+)""#)
        let en = try String(contentsOfFile: CLI.repo + "/Sources/OKMModel/Messages/Messages+en.swift", encoding: .utf8)
        let bg = try String(contentsOfFile: CLI.repo + "/Sources/OKMModel/Messages/Messages+bg.swift", encoding: .utf8)
        var seen = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for m in text.matches(of: named) {
                let id = String(m.output[1].substring ?? "")
                seen += 1
                #expect(en.contains("\"help.\(id)\":"), "Sources/okm/\(file): no help.\(id) in Messages+en.swift")
                #expect(bg.contains("\"help.\(id)\":"), "Sources/okm/\(file): no help.\(id) in Messages+bg.swift")
            }
        }
        #expect(seen > 30, "only \(seen) help texts found: the scan is broken")
    }
}
