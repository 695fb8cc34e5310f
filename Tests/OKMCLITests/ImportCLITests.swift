import Foundation
import Testing

/// `okm import` as a person runs it: a folder of documents, a report per document and a summary
/// table, nothing written with --dry-run, exit 1 when a document could not be read.
@Suite struct ImportCLITests {
    @Test func aFolderIsReportedDocumentByDocumentWithASummary() throws {
        let dir = try CLI.project(content: CLI.repo + "/content")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let inbox = dir + "/inbox"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        for name in ["reshi.txt", "news.txt"] {
            try FileManager.default.copyItem(atPath: CLI.repo + "/Tests/Fixtures/import/" + name, toPath: inbox + "/" + name)
        }
        let r = try CLI.run(["import", "--dry-run", "inbox"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("inbox/reshi.txt → content/protocols/2016/kardzhali-2016-03-12.md (protocol, draft)"), "\(r.stdout)")
        #expect(r.stdout.contains("  number: 5\n      line 1: ПРОТОКОЛ № 5/12.03.2016г."), "\(r.stdout)")
        #expect(r.stdout.contains("okm import: 2 documents"))
        #expect(r.stdout.contains("okm import: a dry run; nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/content/protocols/2016/kardzhali-2016-03-12.md"))

        // A broken Word 97–2003 file (its signature, then nothing readable): AbiWord refuses it.
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array("garbage".utf8)).write(to: URL(fileURLWithPath: inbox + "/old.doc"))
        let failed = try CLI.run(["import", "inbox"], in: dir)
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("save it as .docx"))
        #expect(FileManager.default.fileExists(atPath: dir + "/content/protocols/2016/kardzhali-2016-03-12.md"), "the readable ones are written")
    }
}
