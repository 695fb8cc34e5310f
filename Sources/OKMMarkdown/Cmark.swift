// The only file in okm that touches cmark's C API. It parses a body into Swift values
// (OKMModel.Block / Inline) and frees every node it made before returning.
import CCmark
import OKMModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem found while turning cmark's tree into values (too deep nesting).
public struct MarkdownProblem: Sendable, Hashable {
    /// 1-based line within the body text.
    public var line: Int
    public var message: String
}

public struct ParsedMarkdown: Sendable {
    public var body: Body
    /// The file lines of each `confidential` block, opening and closing fences included, for
    /// the privacy guard; the blocks themselves are read only by the internal print edition.
    public var confidentialLines: [ClosedRange<Int>] = []
    public var problems: [MarkdownProblem]
}

public enum Cmark {
    /// Deeper nesting than this is not converted: nobody writes it, and recursive
    /// renderers should never meet it.
    public static let maxDepth = 64

    /// Parses CommonMark with cmark. `lineOffset` is the number of file lines before the body,
    /// so block lines come out as true file lines.
    public static func parse(_ text: String, lineOffset: Int = 0) -> ParsedMarkdown {
        if text.isEmpty { return ParsedMarkdown(body: .empty, problems: []) }
        var text = text
        return text.withUTF8 { buffer -> ParsedMarkdown in
            let raw = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            guard let document = cmark_parse_document(raw, buffer.count, CMARK_OPT_DEFAULT) else {
                return ParsedMarkdown(body: .empty, problems: [])
            }
            defer { cmark_node_free(document) }
            var converter = Converter(lineOffset: lineOffset)
            return converter.convert(document)
        }
    }

    /// cmark's own HTML rendering in safe mode; the reference the Swift renderer is tested against.
    public static func referenceHTML(_ markdown: String) -> String {
        if markdown.isEmpty { return "" }
        var markdown = markdown
        return markdown.withUTF8 { buffer -> String in
            let raw = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            guard let html = cmark_markdown_to_html(raw, buffer.count, CMARK_OPT_DEFAULT) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    public static var version: String { String(cString: cmark_version_string()) }
}

private struct Frame {
    var node: OpaquePointer
    var blocks: [Block] = []
    var inlines: [Inline] = []
    var items: [[Block]] = []
    var discard = false
}

private struct Converter {
    let lineOffset: Int
    var stack: [Frame] = []
    var confidential: [ConfidentialBlock] = []
    /// The file lines of each confidential block, fences included, as far as cmark says.
    var confidentialSpans: [ClosedRange<Int>] = []
    /// The file lines of every public leaf block. cmark's end position of a fence that a list
    /// or a quote closes early runs over the lines after it (which cmark then publishes as a
    /// paragraph), so a line that a public block covers is never counted as confidential.
    var publicLines = Set<Int>()
    var problems: [MarkdownProblem] = []
    var reportedDepth = false

    init(lineOffset: Int) { self.lineOffset = lineOffset }

    mutating func convert(_ document: OpaquePointer) -> ParsedMarkdown {
        let iter = cmark_iter_new(document)
        defer { cmark_iter_free(iter) }
        var result: [Block] = []
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let type = cmark_node_get_type(node)
            if Self.isLeaf(type) {
                if event == CMARK_EVENT_ENTER { leaf(node, type) }
            } else if event == CMARK_EVENT_ENTER {
                let discard = (stack.last?.discard ?? false) || stack.count > Cmark.maxDepth
                if discard && !reportedDepth {
                    reportedDepth = true
                    problems.append(MarkdownProblem(
                        line: Int(cmark_node_get_start_line(node)),
                        message: "Markdown is nested more than \(Cmark.maxDepth) levels deep; the deeper part is left out"))
                }
                stack.append(Frame(node: node, discard: discard))
            } else if event == CMARK_EVENT_EXIT {
                guard let frame = stack.popLast() else { continue }
                if type == CMARK_NODE_DOCUMENT { result = frame.blocks; continue }
                if frame.discard { continue }
                close(frame, type)
            }
        }
        var hidden: [ClosedRange<Int>] = []
        for span in confidentialSpans {
            for line in span where !publicLines.contains(line) {
                if let last = hidden.last, last.upperBound == line - 1 { hidden[hidden.count - 1] = last.lowerBound...line }
                else { hidden.append(line...line) }
            }
        }
        return ParsedMarkdown(body: Body(blocks: result, confidential: confidential), confidentialLines: hidden, problems: problems)
    }

    static func isLeaf(_ t: cmark_node_type) -> Bool {
        switch t {
        case CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE,
             CMARK_NODE_HTML_INLINE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK,
             CMARK_NODE_CUSTOM_INLINE, CMARK_NODE_CUSTOM_BLOCK:
            return true
        default:
            return false
        }
    }

    func line(_ node: OpaquePointer) -> Int { Int(cmark_node_get_start_line(node)) + lineOffset }

    func endLine(_ node: OpaquePointer) -> Int { max(line(node), Int(cmark_node_get_end_line(node)) + lineOffset) }

    mutating func markPublic(_ node: OpaquePointer) {
        for l in line(node)...endLine(node) { publicLines.insert(l) }
    }

    static func string(_ p: UnsafePointer<CChar>?) -> String { p.map { String(cString: $0) } ?? "" }

    mutating func leaf(_ node: OpaquePointer, _ type: cmark_node_type) {
        guard let top = stack.indices.last, !stack[top].discard else { return }
        let literal = Self.string(cmark_node_get_literal(node))
        switch type {
        case CMARK_NODE_TEXT: stack[top].inlines.append(.text(literal))
        case CMARK_NODE_SOFTBREAK: stack[top].inlines.append(.softBreak)
        case CMARK_NODE_LINEBREAK: stack[top].inlines.append(.lineBreak)
        case CMARK_NODE_CODE: stack[top].inlines.append(.code(literal))
        case CMARK_NODE_HTML_INLINE: stack[top].inlines.append(.html(literal))
        case CMARK_NODE_CODE_BLOCK:
            let info = Self.string(cmark_node_get_fence_info(node))
            let word = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            if word.lowercased() == "confidential" {
                confidential.append(ConfidentialBlock(text: literal, line: line(node)))
                let end = max(line(node) + literal.utf8.filter { $0 == 10 }.count + 1, endLine(node))
                confidentialSpans.append(line(node)...end)
            } else {
                markPublic(node)
                stack[top].blocks.append(.codeBlock(info: info, literal: literal, line: line(node)))
            }
        case CMARK_NODE_HTML_BLOCK:
            markPublic(node)
            stack[top].blocks.append(.htmlBlock(literal, line: line(node)))
        case CMARK_NODE_THEMATIC_BREAK:
            markPublic(node)
            stack[top].blocks.append(.thematicBreak)
        default: break
        }
    }

    mutating func close(_ frame: Frame, _ type: cmark_node_type) {
        guard let top = stack.indices.last else { return }
        let node = frame.node
        switch type {
        case CMARK_NODE_PARAGRAPH:
            markPublic(node)
            stack[top].blocks.append(.paragraph(frame.inlines, line: line(node)))
        case CMARK_NODE_HEADING:
            markPublic(node)
            stack[top].blocks.append(.heading(level: Int(cmark_node_get_heading_level(node)), frame.inlines, line: line(node)))
        case CMARK_NODE_BLOCK_QUOTE:
            stack[top].blocks.append(.blockQuote(frame.blocks))
        case CMARK_NODE_LIST:
            stack[top].blocks.append(.list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0,
                items: frame.items))
        case CMARK_NODE_ITEM:
            stack[top].items.append(frame.blocks)
        case CMARK_NODE_EMPH:
            stack[top].inlines.append(.emphasis(frame.inlines))
        case CMARK_NODE_STRONG:
            stack[top].inlines.append(.strong(frame.inlines))
        case CMARK_NODE_LINK:
            stack[top].inlines.append(.link(url: Self.string(cmark_node_get_url(node)),
                                            title: Self.string(cmark_node_get_title(node)), frame.inlines))
        case CMARK_NODE_IMAGE:
            stack[top].inlines.append(.image(url: Self.string(cmark_node_get_url(node)),
                                             title: Self.string(cmark_node_get_title(node)), alt: frame.inlines))
        default:
            stack[top].blocks.append(contentsOf: frame.blocks)
            stack[top].inlines.append(contentsOf: frame.inlines)
        }
    }
}
