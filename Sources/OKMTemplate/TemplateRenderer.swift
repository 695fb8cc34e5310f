extension CompiledTemplate {
    /// The page for `view`, as text.
    public func render(_ view: any TemplateView) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(32 * 1024)
        render(view, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The page for `view`, appended to `out` as UTF-8 (a caller may reuse one buffer).
    public func render(_ view: any TemplateView, into out: inout [UInt8]) {
        var run = TemplateRun(out: out, stack: [.view(view)], textFilter: textFilter)
        out = []
        run.ops(ops, nil)
        out = run.out
    }
}

/// Where a section over a list is: swift-mustache's `first()`, `last()`, `index()`.
struct ListPosition {
    var first: Bool
    var last: Bool
    var index: Int
}

struct TemplateRun {
    var out: [UInt8]
    var stack: [TemplateValue]
    let textFilter: (@Sendable (String) -> String)?

    mutating func ops(_ ops: [TemplateOp], _ position: ListPosition?) {
        for op in ops {
            switch op {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .value(let lookup, let escaped):
                write(value(lookup, position), escaped: escaped)
            case .section(let lookup, let body):
                switch value(lookup, position) {
                case .absent: break
                case .bool(let b): if b { self.ops(body, position) }
                case .list(let list):
                    for i in 0..<list.count {
                        stack.append(list.element(i))
                        self.ops(body, ListPosition(first: i == 0, last: i == list.count - 1, index: i))
                        stack.removeLast()
                    }
                case let other:
                    stack.append(other)
                    self.ops(body, nil)
                    stack.removeLast()
                }
            case .inverted(let lookup, let body):
                switch value(lookup, position) {
                case .absent: self.ops(body, position)
                case .bool(let b): if !b { self.ops(body, position) }
                case .list(let list):
                    if list.count == 0 {
                        stack.append(.list(list))
                        self.ops(body, nil)
                        stack.removeLast()
                    }
                default: break
                }
            case .scope(let body):
                self.ops(body, nil)
            }
        }
    }

    private func child(_ id: Int32, _ key: String, of value: TemplateValue) -> TemplateValue {
        switch value {
        case .view(let view): return view.templateValue(name: id)
        case .strings(let table): return table[key].map(TemplateValue.text) ?? .absent
        default: return .absent
        }
    }

    func value(_ lookup: TemplateLookup, _ position: ListPosition?) -> TemplateValue {
        var v: TemplateValue
        var transforms = lookup.transforms[...]
        switch lookup.root {
        case .current:
            v = stack[stack.count - 1]
        case .sequence:
            guard let position, let first = transforms.popFirst() else { return .absent }
            switch first {
            case .first: v = .bool(position.first)
            case .last: v = .bool(position.last)
            case .index: v = .int(position.index)
            case .even: v = .bool(position.index & 1 == 0)
            case .odd: v = .bool(position.index & 1 == 1)
            default: return .absent
            }
        case .top(let id, let key):
            v = child(id, key, of: stack[stack.count - 1])
        case .stack(let id, let key):
            v = .absent
            var i = stack.count - 1
            while i >= 0 {
                let found = child(id, key, of: stack[i])
                if case .absent = found { i -= 1; continue }
                v = found
                break
            }
        }
        for (id, key) in lookup.rest {
            if case .absent = v { return .absent }
            v = child(id, key, of: v)
        }
        for t in transforms {
            v = Self.apply(t, to: v)
        }
        return v
    }

    static func apply(_ transform: TemplateTransform, to v: TemplateValue) -> TemplateValue {
        switch (transform, v) {
        case (.empty, .list(let l)): return .bool(l.count == 0)
        case (.empty, .text(let s)): return .bool(s.isEmpty)
        case (.empty, .strings(let d)): return .bool(d.isEmpty)
        case (.count, .list(let l)): return .int(l.count)
        case (.count, .strings(let d)): return .int(d.count)
        case (.first, .list(let l)): return l.count > 0 ? l.element(0) : .absent
        case (.last, .list(let l)): return l.count > 0 ? l.element(l.count - 1) : .absent
        case (.even, .int(let n)): return .bool(n & 1 == 0)
        case (.odd, .int(let n)): return .bool(n & 1 == 1)
        default: return .absent
        }
    }

    mutating func write(_ v: TemplateValue, escaped: Bool) {
        switch v {
        case .absent, .list, .strings: break
        case .text(let s): escaped ? Self.escape(textFilter?(s) ?? s, into: &out) : out.append(contentsOf: s.utf8)
        case .int(let n): out.append(contentsOf: String(n).utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .view(let view):
            let s = String(describing: view)
            escaped ? Self.escape(textFilter?(s) ?? s, into: &out) : out.append(contentsOf: s.utf8)
        }
    }

    /// HTML escaping byte by byte: `< > & " '` become entities, as in swift-mustache.
    static func escape(_ s: String, into out: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in
            var start = 0
            for (i, b) in bytes.enumerated() {
                let entity: StaticString
                switch b {
                case 60: entity = "&lt;"
                case 62: entity = "&gt;"
                case 38: entity = "&amp;"
                case 34: entity = "&quot;"
                case 39: entity = "&#39;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
