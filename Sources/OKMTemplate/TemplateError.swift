/// A template that cannot be compiled: where (line and column in its file, from 1) and why.
public struct TemplateError: Error, Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}
