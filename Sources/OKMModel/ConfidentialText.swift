/// The text of a `confidential` block, sealed: case details of children and families.
///
/// Its string is private and it describes itself only by its size ("confidential text
/// (3 lines)"), so `"\(block)"`, `dump`, `String(describing:)` and a `Mirror` walk of anything
/// that holds it never show the words. Only `open(_:)` gives them back, and it asks for an
/// `InternalEditionKey`, whose initialiser is behind `@_spi(InternalEdition) import OKMModel`:
/// a file without that import cannot make a key, by the compiler. The files that may import it
/// are named in a test (ConfidentialTextTests); each says why at its import.
public struct ConfidentialText: Sendable, Hashable {
    private let sealed: String

    /// Anyone may seal a text (the Markdown parser does); only the internal edition opens it.
    public init(_ text: String) {
        sealed = text
    }

    /// The words, for the holder of the key: the internal print edition and the author's own
    /// local editor.
    public func open(_ key: InternalEditionKey) -> String {
        sealed
    }

    /// How many lines the text has; not what they say.
    public var lineCount: Int {
        sealed.reduce(0) { $1 == "\n" ? $0 + 1 : $0 } + (sealed.isEmpty || sealed.hasSuffix("\n") ? 0 : 1)
    }

    public var isEmpty: Bool { sealed.isEmpty }
}

extension ConfidentialText: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "ConfidentialText(lines: \(lineCount))" }
    public var debugDescription: String { description }
    /// No children: a reflecting walk sees nothing inside.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

/// The capability to open a `ConfidentialText`. Its initialiser is SPI: only a file that
/// writes `@_spi(InternalEdition) import OKMModel` can make one.
public struct InternalEditionKey: Sendable {
    @_spi(InternalEdition) public init() {}
}
