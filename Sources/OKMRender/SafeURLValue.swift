import OKMModel
import OKMTemplate

/// A checked address (`SafeURL`) as a template reads it: its text, escaped by `{{…}}` like
/// any other; swift-mustache (the oracle) reads the same text through the field table.
extension TemplateValue {
    static func of(_ value: SafeURL) -> TemplateValue { .text(value.string) }
    static func of(_ value: SafeURL?) -> TemplateValue { value.map { .text($0.string) } ?? .absent }
    static func of(_ value: [SafeURL]) -> TemplateValue {
        .list(TemplateList(count: value.count) { .text(value[$0].string) })
    }
}
