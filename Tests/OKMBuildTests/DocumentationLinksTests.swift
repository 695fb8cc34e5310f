import Foundation
import Testing

/// The README and docs/ link to each other, to scripts and to the guide's pictures by relative
/// paths: each must name a file of the repository (a moved doc or a picture never taken breaks
/// the guide a secretary reads first).
@Suite struct DocumentationLinksTests {
    static let documents = ["README.md", "CHANGELOG.md", "docs/bg/README.md"]
        + ((try? FileManager.default.contentsOfDirectory(atPath: BuildTestSupport.repositoryRoot + "/docs")) ?? [])
            .filter { $0.hasSuffix(".md") }.map { "docs/" + $0 }

    /// The targets of `[text](target)` and `![alt](target)` in Markdown text, outside code.
    static func targets(_ text: String) -> [String] {
        var out: [String] = []
        var inFence = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if inFence { continue }
            // Inline code spans hold examples, not links.
            let parts = line.split(separator: "`", omittingEmptySubsequences: false)
            let prose = parts.enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
            var rest = Substring(prose)
            while let open = rest.range(of: "](") {
                let after = rest[open.upperBound...]
                guard let close = after.firstIndex(of: ")") else { break }
                out.append(String(after[..<close]))
                rest = after[close...]
            }
        }
        return out
    }

    @Test func linkedFilesAndPicturesExist() throws {
        let root = BuildTestSupport.repositoryRoot
        var missing: [String] = []
        for doc in Self.documents {
            let text = try String(contentsOfFile: root + "/" + doc, encoding: .utf8)
            let folder = (doc as NSString).deletingLastPathComponent
            for target in Self.targets(text) {
                let path = String(target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                    .split(separator: " ").first.map(String.init) ?? ""
                if path.isEmpty || path.contains("://") || path.hasPrefix("mailto:") { continue }
                let full = ((root + "/" + (folder.isEmpty ? "" : folder + "/") + path) as NSString).standardizingPath
                if !FileManager.default.fileExists(atPath: full) { missing.append("\(doc): \(target)") }
            }
        }
        #expect(missing.isEmpty, "links to files that do not exist:\n\(missing.joined(separator: "\n"))")
    }

    @Test func theGuideShowsPictures() throws {
        let text = try String(contentsOfFile: BuildTestSupport.repositoryRoot + "/docs/bg/README.md", encoding: .utf8)
        #expect(text.components(separatedBy: "](images/").count - 1 >= 4)
    }

    @Test func targetsAreReadOutsideCode() {
        #expect(Self.targets("a [b](c.md) `[x](y)` ![p](images/p.png)\n```\n[z](w)\n```") == ["c.md", "images/p.png"])
    }
}
