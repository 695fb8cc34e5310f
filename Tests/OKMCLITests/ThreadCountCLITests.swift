import Foundation
import Testing

/// `--jobs N` and `OKM_THREADS=N` (issue 21 item 3): a count that is not a whole number from 1 to
/// 256 stops the command before it reads anything, in the user's language; the option wins over
/// the variable; the site is the same with either.
@Suite struct ThreadCountCLITests {
    static let basic = CLI.repo + "/Tests/Fixtures/sites/basic/content"

    @Test func jobsZeroIsRefusedInEnglishAndInBulgarian() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let en = try CLI.run(["build", "--jobs", "0"], in: dir, locale: ["LC_ALL": "C"])
        #expect(en.status != 0)
        #expect(en.stderr.contains("--jobs '0' is not a number of threads: give a whole number from 1 to 256"), "\(en.stderr)")
        let bg = try CLI.run(["check", "--jobs", "много"], in: dir, locale: ["LANG": "bg_BG.UTF-8"])
        #expect(bg.status != 0)
        #expect(bg.stderr.contains("--jobs „много“ не е брой нишки: дайте цяло число от 1 до 256"), "\(bg.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/output"))
    }

    @Test func aWrongVariableIsRefusedUnlessTheOptionIsGiven() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let refused = try CLI.run(["build"], in: dir, locale: ["LC_ALL": "C", "OKM_THREADS": "-3"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("OKM_THREADS='-3' is not a number of threads"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/output"))
        let given = try CLI.run(["build", "--jobs", "2"], in: dir, locale: ["LC_ALL": "C", "OKM_THREADS": "-3"])
        #expect(given.status == 0, "\(given.stderr)")
    }

    @Test func oneThreadAndSixteenMakeTheSameSite() throws {
        let dir = try CLI.project(content: Self.basic)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let one = try CLI.run(["build", "--no-search", "--jobs", "1", "--output", "one"], in: dir, locale: ["LC_ALL": "C"])
        #expect(one.status == 0, "\(one.stderr)")
        let sixteen = try CLI.run(["build", "--no-search", "--output", "sixteen"], in: dir, locale: ["LC_ALL": "C", "OKM_THREADS": "16"])
        #expect(sixteen.status == 0, "\(sixteen.stderr)")
        let a = CLI.files(under: dir + "/one"), b = CLI.files(under: dir + "/sixteen")
        #expect(a.count > 10)
        #expect(a == b)
    }
}
