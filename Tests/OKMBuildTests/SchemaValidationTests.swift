import Foundation
import Testing
import OKMModel

/// `okm schema`'s JSON Schema read by a real validator (Python's jsonschema, draft 2020-12, via
/// Tests/Tools/validate-front-matter.py; scripts/install-deps installs it): every record of the
/// demo content and its site.yml pass, and every invalid fixture whose problem a schema of one
/// file's front matter can express fails it, at the file named.
@Suite struct SchemaValidationTests {
    static let root = BuildTestSupport.repositoryRoot
    static let script = root + "/Tests/Tools/validate-front-matter.py"
    static let invalid = BuildTestSupport.fixturesDirectory + "/invalid"

    /// Fixtures a schema can express, with the file that must fail and why.
    static let expressible: [String: (file: String, why: String)] = [
        "bad-date-format": ("news/2015/sreshta.md", "date: the pattern YYYY-MM-DD"),
        "impossible-date": ("news/2015/sreshta.md", "date: format date, asserted"),
        "edtf-bad-dates": ("news/2016/novina-1.md", "date: the archive date pattern (month 13)"),
        "empty-front-matter": ("news/2015/sreshta.md", "required title and date"),
        "entity-missing-name": ("organizations/dsp-ruse.md", "required name"),
        "event-missing-region": ("events/2015/seminar.md", "required region"),
        "news-missing-title": ("news/2015/sreshta.md", "required title"),
        "protocol-missing-date": ("protocols/2014/ruse-2014-11-25.md", "required date"),
        "protocol-missing-date-two-protocols": ("protocols/2014/ruse-2014-11-25.md", "required date"),
        "protocol-missing-date-and-region": ("protocols/2014/ruse-2014-11-25.md", "required date and region"),
        "front-matter-is-a-list": ("news/2015/sreshta.md", "type object"),
        "image-without-alt": ("news/2015/sreshta.md", "an image's required alt"),
        "reference-with-year-folder": ("institutions/ddlrg-ruse.md", "kind/slug pattern"),
        "unknown-references": ("protocols/2015/ruse-2015-02-17.md", "closed_by names no kind (protocol/…), a kind/slug pattern"),
        "several-broken-files": ("events/2015/seminar.md", "format: enum"),
        "timeline-children-negative": ("institutions/dmsgd-ruse.md", "children: minimum 0"),
        "type-disagrees-with-folder": ("news/2015/sreshta.md", "type: the kind's own words"),
        "unknown-enum-kind": ("institutions/ddlrg-ruse.md", "kind: enum"),
        "unknown-enum-status": ("protocols/2014/ruse-2014-11-25.md", "a decision's status: enum"),
        "unknown-key-titel": ("news/2015/sreshta.md", "additionalProperties: false"),
        "wrong-type-list-for-text": ("news/2015/sreshta.md", "a list where text is"),
        "wrong-type-text-for-number": ("events/2015/seminar.md", "participants: a whole number"),
        "attendance-line-two-forms": ("protocols/2014/ruse-2014-11-25.md", "an attendance line and a reporter: oneOf the forms"),
        "attendance-count-not-positive": ("protocols/2014/ruse-2014-11-25.md", "count: minimum 1, a whole number"),
        "source-without-title": ("news/2015/sreshta.md", "an outside source's required title"),
        "source-bad-url": ("news/2015/sreshta.md", "an outside source's url: the refused schemes' pattern"),
        "source-bad-accessed-date": ("news/2015/sreshta.md", "accessed: the pattern YYYY-MM-DD"),
    ]

    /// Fixtures no schema of one file's front matter can express, and why.
    static let notExpressible: [String: String] = [
        // Whether a reference names a record, and what other records say: the whole site.
        "unknown-region-reference": "a reference to a record that does not exist",
        "reference-to-draft": "a reference to a draft",
        "timeline-source-unknown": "a reference to a record that does not exist",
        "attendance-unknown-person": "a reference to a record that does not exist",
        "source-unknown-record": "a reference to a record that does not exist",
        "decision-agenda-item-out-of-range": "compares two fields (agenda_item with the agenda's length)",
        "decision-closed-by-earlier-record": "compares with another record's date",
        "decision-duplicate-id": "two records",
        "protocol-number-taken-twice": "two records",
        "duplicate-slug-across-year-folders": "two records", "duplicate-slug-cyrillic": "two records",
        "page-named-like-generated-list": "where the file is, against what okm generates",
        "timeline-date-not-forward": "compares items of a list", "timeline-same-date": "compares items of a list",
        "timeline-status-steps-back": "compares items of a list",
        "agenda-10000-items": "references and the body", "agenda-heading-out-of-range": "the body's headings",
        // YAML itself, before any schema: the validator never sees a value.
        "duplicate-yaml-key": "YAML", "duplicate-yaml-key-flow": "YAML", "duplicate-yaml-key-in-decision": "YAML",
        "yaml-alias-reference": "YAML", "yaml-anchor-alias-bomb": "YAML", "yaml-nesting-1000-levels": "YAML",
        "yaml-nesting-beyond-limit": "YAML", "yaml-syntax-error": "YAML", "yaml-unclosed-list": "YAML",
        "site-yml-error-at-end-without-newline": "YAML",
        // The file, not its fields.
        "binary-png-renamed-md": "not text", "empty-file": "no front matter", "no-front-matter": "no front matter",
        "only-dashes": "no front matter", "front-matter-unclosed": "no front matter", "utf16-text": "not UTF-8",
        "non-utf8": "not UTF-8", "non-utf8-crlf-bom": "not UTF-8", "nul-byte": "a NUL byte", "crlf-bom-line-7": "a reference, at its line",
        "markdown-in-content-root": "where the file is", "unknown-folder": "where the file is",
        "symlink-dangling": "a link", "symlink-out-of-content": "a link", "paths-with-dotdot": "a path out of content/",
        "markdown-nesting-beyond-limit": "the body",
        // Personal numbers: read as a reader reads them, in any text.
        "egn-hidden-in-markup": "privacy", "egn-in-body": "privacy", "egn-in-file-name": "privacy",
        "egn-in-front-matter": "privacy", "egn-in-front-matter-escapes": "privacy", "egn-in-site-description": "privacy",
        "confidential-fence-in-block-quote": "privacy", "confidential-fence-in-list-item": "privacy",
        "body-5mb-egn-last-line": "privacy",
    ]

    /// Runs the validator over `files`: path → "ok", "invalid: …" or "unreadable: …".
    static func validate(_ files: [String]) throws -> [String: String] {
        let dir = try BuildTestSupport.makeTemporaryDirectory(prefix: "okm-schema")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let schemas = JSONTree.object(JSONSchema.all().map { ($0.name, $0.tree) })
        try schemas.text.write(toFile: dir + "/schemas.json", atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", script, dir + "/schemas.json"] + files
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0, "the validator failed (scripts/install-deps installs jsonschema): \(String(decoding: e, as: UTF8.self))")
        var results: [String: String] = [:]
        for line in String(decoding: o, as: UTF8.self).split(separator: "\n") {
            let (word, rest) = (line.prefix { $0 != " " }, line.drop { $0 != " " }.dropFirst())
            let path = rest.components(separatedBy: ": ").first ?? String(rest)
            results[path] = word + (rest.count > path.count ? ": " + rest.dropFirst(path.count + 2) : "")
        }
        return results
    }

    @Test func everyDemoRecordPasses() throws {
        let content = Self.root + "/content"
        let files = (FileManager.default.subpaths(atPath: content) ?? []).filter { $0.hasSuffix(".md") }.map { content + "/" + $0 }
        try #require(files.count > 20, "the demo content has \(files.count) records")
        let results = try Self.validate(files + [content + "/site.yml"])
        #expect(results.count == files.count + 1)
        let failed = results.filter { $0.value != "ok" }
        #expect(failed.isEmpty, "\(failed.map { "\($0.key): \($0.value)" }.sorted().joined(separator: "\n"))")
    }

    @Test func everyFixtureIsClassified() {
        let all = Set(InvalidFixtureTests.invalidCaseNames)
        let classified = Set(Self.expressible.keys).union(Self.notExpressible.keys)
        #expect(all == classified, "not classified: \(all.subtracting(classified).sorted()); gone: \(classified.subtracting(all).sorted())")
        #expect(Set(Self.expressible.keys).isDisjoint(with: Self.notExpressible.keys))
    }

    @Test func everyExpressibleFixtureFails() throws {
        let cases = Self.expressible.sorted { $0.key < $1.key }
        let files = cases.map { Self.invalid + "/\($0.key)/content/\($0.value.file)" }
        let results = try Self.validate(files)
        for ((name, entry), file) in zip(cases, files) {
            let result = results[file] ?? "not reported"
            #expect(result.hasPrefix("invalid"), "\(name) (\(entry.why)): \(file) is \(result)")
        }
    }
}
