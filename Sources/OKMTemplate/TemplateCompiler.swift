import OKMModel
/// Templates in, compiled templates out: each file parsed once, then every template compiled with
/// its partials and its parent's blocks put in place. Problems are `TemplateError`s per file.
public struct TemplateCompiler {
    private var parsed: [String: [TemplateNode]] = [:]
    private var files: [String: String] = [:]
    public private(set) var errors: [(file: String, error: TemplateError)] = []
    /// What every escaped text passes through before it is escaped (nil: nothing).
    let textFilter: (@Sendable (String) -> String)?

    public init(textFilter: (@Sendable (String) -> String)? = nil) { self.textFilter = textFilter }

    /// Adds the template `name` (its file, for messages; its text). A syntax error is recorded.
    public mutating func add(name: String, file: String, text: String) {
        files[name] = file
        do {
            parsed[name] = try TemplateParser.parse(text)
        } catch {
            errors.append((file, error))
        }
    }

    /// Every added template compiled; a template whose compilation fails is left out and its
    /// problem recorded (once, in the file where it is written).
    public mutating func compileAll() -> [String: CompiledTemplate] {
        var out: [String: CompiledTemplate] = [:]
        var seen = Set<String>()
        for name in parsed.keys.sorted() {
            var problems: [(String, TemplateError)] = []
            let ops = compile(parsed[name]!, file: files[name]!, inherited: [:], chain: [name], problems: &problems)
            if problems.isEmpty {
                out[name] = CompiledTemplate(ops: Self.merged(ops), textFilter: textFilter)
            }
            for (file, e) in problems where seen.insert("\(file):\(e.line):\(e.column):\(e.message)").inserted {
                errors.append((file, e))
            }
        }
        return out
    }

    typealias Blocks = [String: (nodes: [TemplateNode], file: String)]

    private func compile(_ nodes: [TemplateNode], file: String, inherited: Blocks, chain: [String],
                         problems: inout [(String, TemplateError)]) -> [TemplateOp] {
        var ops: [TemplateOp] = []
        func fail(_ line: Int, _ reason: Message) { problems.append((file, TemplateError(line: line, column: 1, reason: reason))) }
        for node in nodes {
            switch node {
            case .text(let text):
                ops.append(.text(Array(text.utf8)))
            case .variable(let name, let transforms, let escaped, let line):
                if let lookup = Self.lookup(name, transforms, line: line, fail: fail) {
                    ops.append(.value(lookup, escaped: escaped))
                }
            case .section(let name, let transforms, let inverted, let body, let line):
                let inner = compile(body, file: file, inherited: inherited, chain: chain, problems: &problems)
                if let lookup = Self.lookup(name, transforms, line: line, fail: fail) {
                    ops.append(inverted ? .inverted(lookup, body: inner) : .section(lookup, body: inner))
                }
            case .blockDefinition:
                break  // only inside {{<parent}}, where the parser takes them
            case .blockExpansion(let name, let body, let indentation, let line):
                guard indentation.isEmpty else {
                    fail(line, Message("template.indentedBlock", ["tag": "{{$\(name)}}"]))
                    continue
                }
                let (nodes, from) = inherited[name] ?? (body, file)
                ops.append(.scope(compile(nodes, file: from, inherited: inherited, chain: chain, problems: &problems)))
            case .partial(let name, let indentation, let inherits, let line):
                if let indentation, !indentation.isEmpty {
                    fail(line, Message("template.indentedPartial", ["tag": "{{> \(name)}}"]))
                    continue
                }
                guard let partial = parsed[name], let partialFile = files[name] else {
                    if files[name] == nil { fail(line, Message("template.noTemplate", ["name": "\(name)"])) }
                    continue  // one that does not parse has its own error
                }
                guard !chain.contains(name) else {
                    fail(line, Message("template.includesItself", ["name": "\(name)", "chain": "\((chain + [name]).joined(separator: " → "))"]))
                    continue
                }
                var blocks = inherited
                for (block, nodes) in inherits ?? [:] where blocks[block] == nil { blocks[block] = (nodes, file) }
                ops.append(.scope(compile(partial, file: partialFile, inherited: blocks, chain: chain + [name], problems: &problems)))
            }
        }
        return ops
    }

    private static func lookup(_ name: String, _ transforms: [String], line: Int, fail: (Int, Message) -> Void) -> TemplateLookup? {
        var known: [TemplateTransform] = []
        for t in transforms.reversed() {
            guard let transform = TemplateTransform(rawValue: t) else {
                fail(line, Message("template.transform", ["name": "\(t)", "known": "empty, first, last, index, even, odd, count"]))
                return nil
            }
            known.append(transform)
        }
        if name == "." { return TemplateLookup(root: .current, rest: [], transforms: known) }
        if name.isEmpty {
            guard !known.isEmpty else { fail(line, Message("template.noName")); return nil }
            return TemplateLookup(root: .sequence, rest: [], transforms: known)
        }
        let parts = name.split(separator: ".").map(String.init)
        guard !parts.isEmpty else { fail(line, Message("template.notAName", ["name": "\(name)"])); return nil }
        let ids = parts.map { (id: TemplateNames.id($0), key: $0) }
        let root: TemplateLookup.Root = name.first == "." ? .top(id: ids[0].id, key: ids[0].key) : .stack(id: ids[0].id, key: ids[0].key)
        return TemplateLookup(root: root, rest: Array(ids.dropFirst()), transforms: known)
    }

    /// Adjacent texts joined into one.
    static func merged(_ ops: [TemplateOp]) -> [TemplateOp] {
        var out: [TemplateOp] = []
        for op in ops {
            switch op {
            case .text(let bytes):
                if case .text(let before)? = out.last {
                    out[out.count - 1] = .text(before + bytes)
                } else if !bytes.isEmpty {
                    out.append(op)
                }
            case .section(let l, let body): out.append(.section(l, body: merged(body)))
            case .inverted(let l, let body): out.append(.inverted(l, body: merged(body)))
            case .scope(let body): out.append(.scope(merged(body)))
            case .value: out.append(op)
            }
        }
        return out
    }
}
