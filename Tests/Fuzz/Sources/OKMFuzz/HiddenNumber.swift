// The second check of the fuzz target: the input chooses how to hide a valid personal number
// (what stands in each gap between its digits, where the sentence stands, the words around
// it), and the loader must stop the file. Every hiding here is one the guard promises to read
// (docs/quality.md): references, escapes, markup, invisible characters, spaces and hyphens.
import OKMLoad
import OKMModel

enum HiddenNumber {
    static let numbers = ["6101047500", "8523150017", "0552311238", "9945123454", "4406121233"]
    static let gaps = ["", "", "", "", "**", "`", "<!-- -->", "<!---->", "&shy;", "\u{200B}", "\u{2060}", "\u{00AD}", " ", "-",
                       " - ", "&nbsp;", "&#160;", "&ndash;", "\u{2011}", "\u{2013}", "<em></em>", "<span></span>", "~"]
    static let places = ["%", "- %", "1. Точка:\n\n   %", "> %", "## %", "*%*", "[%](/news/)", "Текст\n%", "> - %", "| %"]
    static let words = ["Дете ", "ЕГН ", "казус ", "номер: ", "(", "„", "« ", "Child "]

    static func run(_ input: [UInt8]) {
        guard input.count >= 12 else { return }
        let number = Array(numbers[Int(input[0]) % numbers.count])
        var sentence = words[Int(input[1]) % words.count]
        for (k, digit) in number.enumerated() {
            if k > 0 { sentence += gaps[Int(input[2 + k - 1]) % gaps.count] }
            // Now and then a digit written as a character reference.
            sentence += input[11] & (1 << (k % 8)) != 0 && k % 3 == 0 ? "&#\(digit.asciiValue!);" : String(digit)
        }
        sentence += "."
        let body = places[Int(input[10]) % places.count].replacingOccurrences(of: "%", with: sentence)
        let file = "---\ntitle: Т\ndate: 2015-01-01\nregion: ruse\n---\nНовина.\n\n\(body)\n"
        let loaded = Loader.load(files: [ContentFileBytes(relativePath: "news/a.md", bytes: Array(file.utf8))])
        guard loaded.diagnostics.contains(where: { $0.message.hasPrefix("a personal number") }) else {
            fatalError("a hidden personal number was not stopped:\n\(body)")
        }
    }
}
