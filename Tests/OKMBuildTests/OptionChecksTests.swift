import Foundation
import OKMBuild
import OKMModel
import Testing

/// Issue 15: `--base-url` and `--language` are checked in the library, so build, check,
/// serve's session and print refuse them alike, before anything is read or written.
@Suite struct OptionChecksTests {
    static func options(baseURL: String? = nil, language: String? = nil, output: String) -> BuildOptions {
        var o = BuildOptions()
        o.contentDirectory = BuildTestSupport.fixturesDirectory + "/sites/basic/content"
        o.templatesDirectory = BuildTestSupport.templatesDirectory
        o.outputDirectory = output
        o.baseURL = baseURL
        o.language = language
        return o
    }

    @Test func baseURLOptionThatIsNotAWebAddressIsRefusedByEveryEntryPoint() throws {
        let work = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-options")
        defer { try? FileManager.default.removeItem(atPath: work) }
        let o = Self.options(baseURL: "javascript:alert(1)//", output: work + "/output")
        let expected = ["--base-url 'javascript:alert(1)//' is a javascript: address, which okm never publishes (it could run a script in a reader's browser): give the site's address, e.g. https://okm.example.bg/"]
        #expect(o.problems.map { $0.worded(.en) } == expected)
        for report in [Pipeline.build(o), Pipeline.check(o), BuildSession(options: o).rebuild()] {
            #expect(report.problems.map { $0.worded(.en) } == expected)
            #expect(!report.succeeded)
        }
        #expect(!FileManager.default.fileExists(atPath: work + "/output"))
    }

    @Test func languageOptionIsCheckedLikeSiteYml() {
        let xx = Self.options(language: "xx", output: "/nonexistent").problems
        #expect(xx.map { $0.worded(.en) } == ["--language must be bg or en, found 'xx'"])
        #expect(xx.map { $0.worded(.bg) } == ["--language трябва да е bg или en, а е „xx“"])
        #expect(Self.options(baseURL: "https://okm.example.org/a", language: "en", output: "/nonexistent").problems == [])
    }

    @Test func aPasswordInTheBaseURLIsNotRepeated() {
        let problems = Self.options(baseURL: "https://ana:p4ss@okm.example.bg/", output: "/nonexistent").problems.map { $0.worded(.en) }
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("--base-url 'https://…@okm.example.bg/' holds a user name or password") == true)
        #expect(problems.first?.contains("p4ss") == false)
    }
}
