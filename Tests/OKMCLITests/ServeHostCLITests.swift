import Foundation
import Testing

/// `okm serve --host`: "every address" is refused before anything starts, in the user's language.
@Suite struct ServeHostCLITests {
    @Test func everyAddressIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okm-serve-host-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/content", withIntermediateDirectories: true)
        let r = try CLI.run(["serve", "--host", "0.0.0.0", "--content", dir + "/content", "--templates", CLI.repo + "/templates"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("--host 0.0.0.0: give one address of this computer"), "\(r.stderr)")
        let bg = try CLI.run(["serve", "--host", "0.0.0.0", "--content", dir + "/content", "--templates", CLI.repo + "/templates"], in: dir,
                             locale: ["LANG": "bg_BG.UTF-8"])
        #expect(bg.stderr.contains("посочете един адрес на този компютър"), "\(bg.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/.okm/serve"))
    }
}
