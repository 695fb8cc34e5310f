import OKMModel

/// Collects the problems of one file while it is decoded; one per file, never shared
/// between threads.
final class DiagnosticSink {
    private(set) var items: [Diagnostic] = []
    /// Set by the tests that hold the decoders to the schema: every key read that the schema
    /// lacks, and every field of the schema that no decoder read, go to `schemaGaps`.
    var auditing = false
    var schemaGaps: [String] = []

    func error(_ code: DiagnosticCode, _ at: SourceLocation, _ message: String, notes: [DiagnosticNote] = []) { items.append(.error(code, at, message, notes: notes)) }
    func warning(_ code: DiagnosticCode, _ at: SourceLocation, _ message: String) { items.append(.warning(code, at, message)) }
    func error(_ code: DiagnosticCode, _ at: SourceLocation, variant: String? = nil, _ arguments: [String: MessageArgument], notes: [DiagnosticNote] = []) {
        items.append(.error(code, at, variant: variant, arguments, notes: notes))
    }
    func warning(_ code: DiagnosticCode, _ at: SourceLocation, variant: String? = nil, _ arguments: [String: MessageArgument]) {
        items.append(.warning(code, at, variant: variant, arguments))
    }
    func append(_ d: Diagnostic) { items.append(d) }
}
