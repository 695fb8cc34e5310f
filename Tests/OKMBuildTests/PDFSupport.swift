import Foundation
import Testing
@testable import OKMBuild

/// WeasyPrint (PDFs) and poppler-utils (pdftotext, pdfinfo: reading them back), installed
/// by scripts/install-deps. Where they are missing the PDF tests are skipped, except in CI
/// (CI=true), where they run and fail: CI installs them, so a missing tool is a bug.
enum PDFTools {
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
    static var available: Bool { PDFStep.locate() != nil && PDFStep.locate("pdftotext") != nil && PDFStep.locate("pdfinfo") != nil }
    static var shouldRun: Bool { available || isCI }

    /// Fails the test (rather than skipping it) when the tools are missing.
    static func require() throws {
        try #require(available, "weasyprint, pdftotext and pdfinfo must be installed (scripts/install-deps installs them)")
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(PDFStep.locate(tool), "\(tool) is not installed"))
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(tool) \(arguments) exited with \(p.terminationStatus)")
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of a PDF (or of one page), whitespace runs made single spaces so words a line
    /// break split are found too.
    static func text(_ pdf: String, page: Int? = nil) throws -> String {
        let range = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        return try run("pdftotext", range + [pdf, "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func pageCount(_ pdf: String) throws -> Int? {
        let info = try run("pdfinfo", [pdf])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return line.flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }

    static func build(content: String, pdf: Bool, weasyprint: String? = nil) -> (output: String, report: BuildReport) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("okm-pdf-test-\(UUID().uuidString)").path
        var o = BuildOptions()
        o.contentDirectory = content
        o.templatesDirectory = BuildTestSupport.templatesDirectory
        o.outputDirectory = output
        o.pdf = pdf
        o.weasyprint = weasyprint
        return (output, Pipeline.build(o))
    }
}
