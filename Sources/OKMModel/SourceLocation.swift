/// A place in a content file: the path as the user typed it (relative to the working
/// directory) and a 1-based line and column counted in Unicode scalars, in the file
/// as it is on disk (front matter included).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// A folder or the whole output (line 0): the path alone, as `output: error: …`.
    public static func whole(_ path: String) -> SourceLocation { SourceLocation(path: path, line: 0, column: 0) }

    public var description: String { line == 0 ? path : "\(path):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}
