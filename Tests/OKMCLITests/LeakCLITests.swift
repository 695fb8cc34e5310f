import Foundation
import Testing

/// Issue 15, "nothing lost, nothing leaked", as a person meets it on the command line:
/// addresses and languages given to okm are checked before anything is built, and no message
/// shows a line of a file outside content/ and templates/.
@Suite struct LeakCLITests {
    static let basic = CLI.repo + "/Tests/Fixtures/sites/basic/content"

    @Test(arguments: [
        ("javascript:alert(1)//", "is a javascript: address"),
        ("okm.example.bg", "does not start with https:// or http://"),
        ("https://", "has no host name"),
        ("https://user:secret@okm.example.bg/", "holds a user name or password"),
        ("https://okm.example.bg/?a=1", "has a query (?…) or a fragment (#…)"),
        ("https://okm.example.bg/a b/", "has a space, a backslash or a control character"),
    ])
    func baseURLOptionIsRefusedBeforeAnythingIsBuilt(address: String, reason: String) throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for command in [["build"], ["build", "--pdf"]] {
            let r = try CLI.run(command + ["--base-url", address], in: dir)
            #expect(r.status == 1, "\(command): \(r.stderr)")
            let shown = address.replacingOccurrences(of: "user:secret@", with: "…@")  // a password is not repeated into logs
            #expect(r.stderr.hasPrefix("okm: error: --base-url '\(shown)' \(reason)"), "\(command): \(r.stderr)")
            #expect(!r.stderr.contains("secret"), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/output"))
    }

    @Test func baseURLOptionWithoutSlashIsNormalised() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["build", "--no-search", "--base-url", "https://okm.example.org/ruse"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let home = String(decoding: FileManager.default.contents(atPath: dir + "/output/index.html") ?? Data(), as: UTF8.self)
        #expect(home.contains("https://okm.example.org/ruse/"))
    }

    @Test func languageOptionIsCheckedLikeSiteYml() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for command in [["build"], ["print", "ruse-2015-03-10", "-o", dir + "/edition.html"]] {
            let r = try CLI.run(command + ["--language", "xx"], in: dir)
            #expect(r.status == 1, "\(command): \(r.stderr)")
            #expect(r.stderr == "okm: error: --language must be bg or en, found 'xx'\n", "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/output"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/edition.html"))
    }

    @Test func siteYmlBaseURLIsCheckedAtItsValue() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let site = dir + "/content/site.yml"
        let text = try String(contentsOfFile: site, encoding: .utf8)
        try text.replacingOccurrences(of: "base_url: https://okm.example.bg/", with: "base_url: \"javascript:alert(1)//\"")
            .write(toFile: site, atomically: true, encoding: .utf8)
        let r = try CLI.run(["build"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("content/site.yml:3:11: error: 'base_url' is a javascript: address"), "\(r.stderr)")
        try text.replacingOccurrences(of: "base_url: https://okm.example.bg/", with: "base_url: okm.example.bg")
            .write(toFile: site, atomically: true, encoding: .utf8)
        let r2 = try CLI.run(["check"], in: dir)
        #expect(r2.status == 1)
        #expect(r2.stderr.contains("content/site.yml:3:11: error: 'base_url' does not start with https:// or http://"), "\(r2.stderr)")
    }

    /// A link in content/ to a file outside it (/etc/passwd, a secrets file) is refused by
    /// name; the printer used to show the target's first line under the error.
    @Test func aLinkOutOfContentNeverShowsItsTarget() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let secret = dir + "/secrets.txt"
        try "SECRET-PASSWORD-4711 is the first line\n".write(toFile: secret, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/content/news/leak.md", withDestinationPath: secret)
        try FileManager.default.createSymbolicLink(atPath: dir + "/content/pages/passwd.md", withDestinationPath: "/etc/passwd")
        for command in [["build"], ["check"], ["check", "--format", "json"]] {
            let r = try CLI.run(command, in: dir)
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr.contains("leak.md") || r.stdout.contains("leak.md"), "\(command): \(r.stderr)")
            for output in [r.stderr, r.stdout] {
                #expect(!output.contains("SECRET-PASSWORD"), "\(command): \(output)")
                #expect(!output.contains("root:"), "\(command): \(output)")
            }
        }
    }

    /// A diagnostic in a file reached through a linked folder inside content/ whose real place is
    /// elsewhere shows no line of it either.
    @Test func aFileBehindALinkedFolderShowsNoLine() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/elsewhere", withIntermediateDirectories: true)
        try "---\ntitle: SECRET-TITLE-0815\nweight: едно\n---\n".write(toFile: dir + "/elsewhere/x.md", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/content/pages/more", withDestinationPath: dir + "/elsewhere")
        let r = try CLI.run(["check"], in: dir)
        #expect(r.status == 1)
        #expect(!r.stderr.contains("SECRET-TITLE"), "\(r.stderr)")
    }
}
