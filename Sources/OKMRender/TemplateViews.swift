import Mustache
import OKMTemplate

/// swift-mustache reads a view model through the same field table as the compiled templates
/// (`TemplateView`): it stays usable as the oracle the compiled output is compared with.
extension MustacheParent where Self: TemplateView {
    func child(named key: String) -> Any? { templateValue(named: key).mustacheValue }
}

extension TemplateValue {
    /// The value as swift-mustache expects it: String, Int, Bool, a view, an array, a dictionary; nil when absent.
    var mustacheValue: Any? {
        switch self {
        case .absent: return nil
        case .text(let s): return s
        case .bool(let b): return b
        case .int(let n): return n
        case .view(let v): return v
        case .strings(let d): return d
        case .list(let l): return (0..<l.count).map { l.element($0).mustacheValue as Any }
        }
    }
}
