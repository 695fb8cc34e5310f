import OKMModel

/// A template that cannot be compiled: where (line and column in its file, from 1) and why, as a
/// message of the catalog (`template.*`), worded in the run's language where it is printed.
public struct TemplateError: Error, Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var reason: Message

    public init(line: Int, column: Int, reason: Message) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// The reason in English (tests, and a dump of the error).
    public var message: String { reason.worded(.en) }
}
