/// What a template reads from a view model: one field's value, by kind. A template decides
/// whether text is escaped (`{{x}}`) or raw (`{{{x}}}`), so text is one case.
public enum TemplateValue {
    /// No such field, or nil: a section over it is skipped and a lookup climbs to the enclosing view.
    case absent
    case text(String)
    case bool(Bool)
    case int(Int)
    case view(any TemplateView)
    case list(TemplateList)
    /// UI strings (`t.key`): a dictionary read by key.
    case strings([String: String])

    @inlinable public static func of(_ value: String) -> TemplateValue { .text(value) }
    @inlinable public static func of(_ value: String?) -> TemplateValue { value.map(TemplateValue.text) ?? .absent }
    @inlinable public static func of(_ value: Int) -> TemplateValue { .int(value) }
    @inlinable public static func of(_ value: Int?) -> TemplateValue { value.map(TemplateValue.int) ?? .absent }
    @inlinable public static func of(_ value: Bool) -> TemplateValue { .bool(value) }
    @inlinable public static func of<V: TemplateView>(_ value: V) -> TemplateValue { .view(value) }
    @inlinable public static func of<V: TemplateView>(_ value: V?) -> TemplateValue { value.map { .view($0) } ?? .absent }
    @inlinable public static func of<V: TemplateView>(_ value: [V]) -> TemplateValue {
        .list(TemplateList(count: value.count) { .view(value[$0]) })
    }
    @inlinable public static func of(_ value: [String]) -> TemplateValue {
        .list(TemplateList(count: value.count) { .text(value[$0]) })
    }
    @inlinable public static func of(_ value: [String: String]) -> TemplateValue { .strings(value) }
}

/// A list a section iterates: its length and each element, made on demand.
public struct TemplateList {
    public let count: Int
    public let element: (Int) -> TemplateValue

    @inlinable public init(count: Int, element: @escaping (Int) -> TemplateValue) {
        self.count = count
        self.element = element
    }
}

/// A view model a template can be handed: its fields, by name, in a table written beside it.
/// A type without one cannot be rendered (a compile error, not an empty page).
public protocol TemplateView: Sendable {
    static var templateFields: TemplateFields<Self> { get }
}

extension TemplateView {
    /// The field a compiled template resolved to `name` (an id from `TemplateNames`).
    @inlinable func templateValue(name: Int32) -> TemplateValue {
        Self.templateFields.value(of: self, name: name)
    }

    /// The field called `key` (the slow way, by string: for swift-mustache and tests).
    public func templateValue(named key: String) -> TemplateValue {
        Self.templateFields.value(of: self, named: key)
    }

    /// The names of the table, in order (tests compare them with the stored properties).
    public static var templateFieldNames: [String] { templateFields.names }
}
