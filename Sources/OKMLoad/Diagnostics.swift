import OKMModel

/// Collects the problems of one file while it is decoded; one per file, never shared
/// between threads.
final class DiagnosticSink {
    private(set) var items: [Diagnostic] = []

    func error(_ at: SourceLocation, _ message: String) { items.append(.error(at, message)) }
    func warning(_ at: SourceLocation, _ message: String) { items.append(.warning(at, message)) }
    func append(_ d: Diagnostic) { items.append(d) }
}
