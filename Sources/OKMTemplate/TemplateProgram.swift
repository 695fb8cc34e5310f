/// A template compiled for rendering: partials and inheritance put in place, every name turned
/// into an id (`TemplateNames`) a view's field table resolves by indexing an array, text as bytes.
public struct CompiledTemplate: Sendable {
    let ops: [TemplateOp]
    /// Applied to every escaped text before it is escaped (okm's Bulgarian typography), as
    /// swift-mustache's content type applies it; raw `{{{x}}}` text is left as it is.
    let textFilter: (@Sendable (String) -> String)?

    /// Whether `other` renders every view as this one does: the same program, partials and
    /// inherited blocks put in place (so a changed partial changes every template that includes
    /// it). `okm serve` re-renders after a template edit only the pages whose template changed so.
    public func sameProgram(as other: CompiledTemplate) -> Bool { ops == other.ops }
}

enum TemplateOp: @unchecked Sendable {
    case text([UInt8])
    case value(TemplateLookup, escaped: Bool)
    case section(TemplateLookup, body: [TemplateOp])
    case inverted(TemplateLookup, body: [TemplateOp])
    /// A partial or a block: it starts without the list position of the section around it
    /// (`{{index()}}` in a partial is empty, as in swift-mustache).
    case scope([TemplateOp])
}

/// Where a name's value comes from: the first part found up the stack of enclosing views
/// (`name`), the innermost view only (`.name`), the innermost value (`.`), or the position in
/// the list being iterated (`last()`); then the other parts, then the transforms.
struct TemplateLookup {
    enum Root {
        case current
        case sequence
        case stack(id: Int32, key: String)
        case top(id: Int32, key: String)
    }
    var root: Root
    var rest: [(id: Int32, key: String)]
    /// In the order they apply: `empty(x)` is [.empty].
    var transforms: [TemplateTransform]
}

/// The transforms of swift-mustache the engine knows; another is an error where it is written.
enum TemplateTransform: String {
    case empty, first, last, index, even, odd, count
}

extension TemplateOp: Equatable {}
extension TemplateLookup.Root: Equatable {}
extension TemplateLookup: Equatable {
    static func == (a: TemplateLookup, b: TemplateLookup) -> Bool {
        a.root == b.root && a.transforms == b.transforms && a.rest.count == b.rest.count
            && zip(a.rest, b.rest).allSatisfy { $0.id == $1.id && $0.key == $1.key }
    }
}
