import OKMModel

/// The words of the progress line, in Bulgarian and English: the first of the tool's messages
/// to be kept apart from the code (the message catalog of issue 20 will take them in).
/// The language follows the locale as Unix tools do: the first of `LC_ALL`, `LC_MESSAGES`,
/// `LANG` that is set decides, and `bg…` (bg_BG.UTF-8) means Bulgarian, anything else English.
public struct ProgressWords: Sendable {
    public var language: String
    var stages: [ProgressStage: String]
    /// "остават ~%@", with %@ the time, e.g. "6 с".
    var left: String
    var seconds: String
    var minutes: String
    /// Between groups of three digits: 10 000 in Bulgarian, 10,000 in English.
    var thousands: String

    public static let bg = ProgressWords(
        language: "bg",
        stages: [.load: "Четене", .link: "Свързване", .photos: "Снимки", .render: "Изобразяване",
                 .pdf: "PDF", .search: "Индекс за търсене", .gate: "Последна проверка", .importing: "Внасяне"],
        left: "остават ~%@", seconds: "с", minutes: "мин", thousands: " ")

    public static let en = ProgressWords(
        language: "en",
        stages: [.load: "Reading", .link: "Linking", .photos: "Photos", .render: "Rendering",
                 .pdf: "PDF", .search: "Search index", .gate: "Last check", .importing: "Importing"],
        left: "about %@ left", seconds: "s", minutes: "min", thousands: ",")

    /// The words for the locale of `environment` (MessageLanguage.fromEnvironment's rule).
    public static func forLocale(_ environment: [String: String]) -> ProgressWords {
        of(MessageLanguage.fromEnvironment(environment))
    }

    /// The words in okm's messages' language (`--messages`, else the locale).
    public static func of(_ language: MessageLanguage) -> ProgressWords {
        language == .bg ? .bg : .en
    }

    func name(_ stage: ProgressStage) -> String { stages[stage] ?? stage.rawValue }

    /// 4210 as "4 210" (bg) or "4,210" (en).
    func count(_ n: Int) -> String {
        var digits = Array(String(n))
        var out = ""
        while digits.count > 3 {
            out = thousands + String(digits.suffix(3)) + out
            digits.removeLast(3)
        }
        return String(digits) + out
    }

    /// "остават ~6 с", "остават ~2 мин" (whole seconds up to a minute, then whole minutes, rounded up).
    func timeLeft(_ seconds: Double) -> String {
        let s = max(1, Int(seconds.rounded(.up)))
        let amount = s < 60 ? "\(s) \(self.seconds)" : "\((s + 59) / 60) \(minutes)"
        return left.replacingOccurrences(of: "%@", with: amount)
    }
}
