import OKMModel

// The tests compare checked addresses (`SafeURL`) with the text they expect; SafeURL has no
// string literal of its own (that would make one without a check), so the comparison is here.
func == (a: SafeURL?, b: String?) -> Bool { a?.string == b }
func == (a: [SafeURL], b: [String]) -> Bool { a.map(\.string) == b }
func == (a: [SafeURL?], b: [String?]) -> Bool { a.map { $0?.string } == b }
