import OKMModel
/// One template file as a tree, with the whitespace rules of swift-mustache (whose output the
/// compiled templates must match byte for byte): a standalone tag — alone on its line but for
/// spaces and tabs — takes its line with it. The logic follows swift-mustache's
/// Template+Parser.swift step by step; only the tags okm's templates use are kept.
indirect enum TemplateNode {
    case text(String)
    case variable(name: String, transforms: [String], escaped: Bool, at: Int)
    case section(name: String, transforms: [String], inverted: Bool, body: [TemplateNode], at: Int)
    /// `{{$name}}…{{/name}}` inside `{{<parent}}`: what replaces the parent's block.
    case blockDefinition(name: String, body: [TemplateNode])
    /// `{{$name}}default{{/name}}` anywhere else: the block a child may replace.
    case blockExpansion(name: String, body: [TemplateNode], indentation: String, at: Int)
    /// `{{> name}}` (inherits nil) or `{{<name}}…{{/name}}`.
    case partial(name: String, indentation: String?, inherits: [String: [TemplateNode]]?, at: Int)
}

struct TemplateParser {
    private let chars: [Character]
    private var i = 0

    init(_ text: String) { chars = Array(text) }

    /// The template's nodes, or the first problem at its line and column.
    static func parse(_ text: String) throws(TemplateError) -> [TemplateNode] {
        var parser = TemplateParser(text)
        do {
            return try parser.parse(State())
        } catch {
            throw parser.error(at: error.at ?? parser.i, error.reason)
        }
    }

    struct Failure: Error {
        var reason: Message
        var at: Int? = nil

        init(_ reason: Message, at: Int? = nil) {
            self.reason = reason
            self.at = at
        }
    }

    struct State {
        var sectionName: String? = nil
        var sectionTransforms: [String] = []
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var start: [Character] = ["{", "{"]
        var end: [Character] = ["}", "}"]
        var partialDefinitionIndent: Int? = nil

        func section(_ name: String, newLine: Bool, transforms: [String] = []) -> State {
            var s = self
            s.sectionName = name
            s.sectionTransforms = transforms
            s.isPartialDefinitionTopLevel = false
            if !newLine { s.newLine = false }
            return s
        }

        func inheritancePartial(_ name: String) -> State {
            var s = self
            s.sectionName = name
            s.sectionTransforms = []
            s.newLine = true
            s.isPartialDefinition = true
            s.isPartialDefinitionTopLevel = true
            return s
        }
    }

    func error(at index: Int, _ reason: Message) -> TemplateError {
        let (line, column) = position(of: index)
        return TemplateError(line: line, column: column, reason: reason)
    }

    /// The line and column (from 1) of the character at `index`.
    func position(of index: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for c in chars[..<min(index, chars.count)] {
            if c.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    func line(of index: Int) -> Int { position(of: index).line }

    private var atEnd: Bool { i >= chars.count }
    private var current: Character { atEnd ? "\0" : chars[i] }

    @discardableResult private mutating func read(while set: (Character) -> Bool) -> String {
        let start = i
        while !atEnd && set(chars[i]) { i += 1 }
        return String(chars[start..<i])
    }

    private mutating func read(_ s: [Character]) -> Bool {
        guard i + s.count <= chars.count, Array(chars[i..<(i + s.count)]) == s else { return false }
        i += s.count
        return true
    }

    private mutating func parse(_ initial: State) throws(Failure) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        var whiteSpaceBefore = ""
        while !atEnd {
            if state.newLine {
                let whiteSpace = read { $0 == " " || $0 == "\t" }
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent))
                    } else {
                        state.partialDefinitionIndent = whiteSpace.count
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = try readUntilDelimiterOrNewline(state)
            if current.isNewline {
                nodes.append(.text(whiteSpaceBefore + text + String(current)))
                state.newLine = true
                i += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if atEnd { break }
            let tagStart = i - state.start.count
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                i += 1
                let (name, transforms) = try parseName(state)
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let body = try parse(state.section(name, newLine: setNewLine, transforms: transforms))
                nodes.append(.section(name: name, transforms: transforms, inverted: inverted, body: body, at: line(of: tagStart)))
            case "/":
                i += 1
                let position = i
                let (name, transforms) = try parseName(state)
                guard name == state.sectionName, transforms == state.sectionTransforms else {
                    if let open = state.sectionName {
                        throw Failure(Message("template.closesOther", ["name": "\(name)", "open": "\(open)"]), at: position)
                    }
                    throw Failure(Message("template.closesNothing", ["name": "\(name)"]), at: position)
                }
                if !isStandalone(state), !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                }
                return nodes
            case "!":
                i += 1
                while !atEnd && !read(state.end) { i += 1 }
                setNewLine = isStandalone(state)
            case "{":
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                i += 1
                let (name, transforms) = try parseName(state)
                guard current == "}" else { throw Failure(Message("template.tripleEnd")) }
                i += 1
                nodes.append(.variable(name: name, transforms: transforms, escaped: false, at: line(of: tagStart)))
            case "&":
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                i += 1
                let (name, transforms) = try parseName(state)
                nodes.append(.variable(name: name, transforms: transforms, escaped: false, at: line(of: tagStart)))
            case ">":
                i += 1
                read { $0.isWhitespace }
                if current == "*" { throw Failure(Message("template.dynamicPartial", ["tag": "{{>*name}}"]), at: tagStart) }
                let name = try parsePartialName(state)
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                let indentation: String? = isStandalone(state) ? whiteSpaceBefore : nil
                setNewLine = indentation != nil
                nodes.append(.partial(name: name, indentation: indentation, inherits: nil, at: line(of: tagStart)))
                whiteSpaceBefore = ""
            case "<":
                i += 1
                read { $0.isWhitespace }
                let name = try parsePartialName(state)
                if name.first == "*" { throw Failure(Message("template.dynamicPartial", ["tag": "{{<*name}}"]), at: tagStart) }
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(state) { setNewLine = true }
                let body = try parse(state.inheritancePartial(name))
                var inherits: [String: [TemplateNode]] = [:]
                for node in body {
                    switch node {
                    case .blockDefinition(let block, let nodes): inherits[block] = nodes
                    case .text: break
                    default: throw Failure(Message("template.onlyBlocks", ["tag": "{{<\(name)}}"]), at: tagStart)
                    }
                }
                nodes.append(.partial(name: name, indentation: whiteSpaceBefore, inherits: inherits, at: line(of: tagStart)))
                whiteSpaceBefore = ""
            case "$":
                i += 1
                let (name, transforms) = try parseName(state)
                guard transforms.isEmpty else { throw Failure(Message("template.blockTransform"), at: tagStart) }
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.section(name, newLine: setNewLine))
                    nodes.append(.blockDefinition(name: name, body: body))
                } else {
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.section(name, newLine: setNewLine))
                    nodes.append(.blockExpansion(name: name, body: body, indentation: whiteSpaceBefore, at: line(of: tagStart)))
                    whiteSpaceBefore = ""
                }
            case "=":
                i += 1
                read { $0.isWhitespace }
                let start = read { !$0.isWhitespace }
                read { $0.isWhitespace }
                let end = read { $0 != "=" && !$0.isWhitespace }
                read { $0.isWhitespace }
                guard current == "=", !start.isEmpty, !end.isEmpty else { throw Failure(Message("template.delimiters"), at: tagStart) }
                i += 1
                guard read(state.end) else { throw Failure(Message("template.delimiters"), at: tagStart) }
                state.start = Array(start)
                state.end = Array(end)
                state.isPartialDefinitionTopLevel = false
                setNewLine = isStandalone(state)
            case "%":
                throw Failure(Message("template.pragma"), at: tagStart)
            default:
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let (name, transforms) = try parseName(state)
                nodes.append(.variable(name: name, transforms: transforms, escaped: true, at: line(of: tagStart)))
            }
            state.newLine = setNewLine
        }
        if let open = state.sectionName {
            throw Failure(Message("template.neverClosed", ["name": "\(open)", "close": "{{/\(open)}}"]))
        }
        return nodes
    }

    private mutating func readUntilDelimiterOrNewline(_ state: State) throws(Failure) -> String {
        var text = ""
        let first = state.start[0]
        while !atEnd {
            let start = i
            while !atEnd && chars[i] != "\n" && chars[i] != "\r\n" && chars[i] != first { i += 1 }
            text += String(chars[start..<i])
            if current.isNewline {
                break
            } else if !atEnd && current == first {
                if read(state.start) { break }
                guard i + state.start.count <= chars.count else { throw Failure(Message("template.endsInTag")) }
                text.append(first)
                i += 1
            }
        }
        return text
    }

    private static let nameCharsWithoutBrackets = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let nameChars = nameCharsWithoutBrackets.union(["(", ")"])
    private static let partialNameChars = nameChars.union(["/"])

    private mutating func parseName(_ state: State) throws(Failure) -> (String, [String]) {
        let start = i
        read { $0.isWhitespace }
        let text = read { Self.nameChars.contains($0) }
        read { $0.isWhitespace }
        guard read(state.end) else { throw Failure(Message("template.tagEnd", ["end": "\(String(state.end))"]), at: start) }
        guard let open = text.firstIndex(of: "(") else {
            if text.contains(")") { throw Failure(Message("template.notAName", ["name": "\(text)"]), at: start) }
            return (text, [])
        }
        // transform(name) or transform(transform(name)): the innermost is the name.
        var transforms = [String(text[..<open])]
        var rest = text[text.index(after: open)...]
        while let next = rest.firstIndex(where: { $0 == "(" || $0 == ")" }), rest[next] == "(" {
            transforms.append(String(rest[..<next]))
            rest = rest[rest.index(after: next)...]
        }
        guard let close = rest.firstIndex(of: ")") else { throw Failure(Message("template.notAName", ["name": "\(text)"]), at: start) }
        let name = String(rest[..<close])
        let closing = rest[close...]
        guard closing.count == transforms.count, closing.allSatisfy({ $0 == ")" }) else {
            throw Failure(Message("template.notAName", ["name": "\(text)"]), at: start)
        }
        return (name, transforms)
    }

    private mutating func parsePartialName(_ state: State) throws(Failure) -> String {
        let start = i
        read { $0.isWhitespace }
        let text = read { Self.partialNameChars.contains($0) }
        read { $0.isWhitespace }
        guard read(state.end) else { throw Failure(Message("template.tagEnd", ["end": "\(String(state.end))"]), at: start) }
        return text
    }

    /// The tag is alone on its line: then the rest of the line (spaces and its newline) goes with it.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var j = i
        while j < chars.count && (chars[j] == " " || chars[j] == "\t") { j += 1 }
        if j < chars.count && chars[j].isNewline {
            i = j + 1
            return true
        }
        return false
    }
}
