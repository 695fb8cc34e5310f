import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import OKMBuild

/// A parsed XML element: what the feed and sitemap tests read back.
final class XMLNode {
    let name: String
    let attributes: [String: String]
    var text = ""
    var children: [XMLNode] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func all(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }
    func first(_ name: String) -> XMLNode? { children.first { $0.name == name } }
    func value(_ name: String) -> String? { first(name)?.text }

    /// Parses with Foundation's XMLParser; throws on any well-formedness error.
    static func parse(_ data: Data) throws -> XMLNode {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw XMLProblem(description: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "no root element")")
        }
        return root
    }

    struct XMLProblem: Error, CustomStringConvertible { var description: String }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLNode] = []
        var root: XMLNode?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let node = XMLNode(name: name, attributes: attributes)
            stack.last?.children.append(node)
            if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}

/// A fixture site built once into a temporary folder, read back file by file.
struct BuiltSite {
    let output: String
    let report: BuildReport

    init(content: String, drafts: Bool = false, configure: (inout BuildOptions) -> Void = { _ in }) {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("okm-publish-\(UUID().uuidString)").path
        var o = BuildOptions()
        o.contentDirectory = BuildTestSupport.repositoryRoot + "/" + content
        o.templatesDirectory = BuildTestSupport.templatesDirectory
        o.outputDirectory = output
        o.includeDrafts = drafts
        configure(&o)
        report = Pipeline.build(o)
    }

    func remove() { try? FileManager.default.removeItem(atPath: output) }

    func data(_ path: String) -> Data? { FileManager.default.contents(atPath: output + "/" + path) }

    func text(_ path: String) -> String { data(path).map { String(decoding: $0, as: UTF8.self) } ?? "" }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: output + "/" + path) }

    /// Every file, relative to the output folder.
    var files: [String] { BuildTestSupport.regularFilesRecursively(in: output) }

    /// The value of a JSON file.
    func json(_ path: String) throws -> Any { try JSONSerialization.jsonObject(with: data(path) ?? Data()) }

    /// An iCalendar file unfolded into its logical lines.
    func calendarLines(_ path: String) -> [String] {
        text(path).replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }
}

enum CSVReader {
    /// RFC 4180: fields separated by commas, quoted fields with doubled quotes, CRLF rows.
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        chars.append("\r\n")
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r\n" || c == "\n" {
                row.append(field); field = ""
                if row != [""] { rows.append(row) }
                row = []
            } else { field.append(c) }
            i += 1
        }
        return rows
    }
}
