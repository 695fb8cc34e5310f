import Testing
@testable import OKMModel

@Suite struct SlugTests {
    static let oblasts: [(String, String)] = [
        ("Благоевград", "blagoevgrad"),
        ("Бургас", "burgas"),
        ("Варна", "varna"),
        ("Велико Търново", "veliko-tarnovo"),
        ("Видин", "vidin"),
        ("Враца", "vratsa"),
        ("Габрово", "gabrovo"),
        ("Добрич", "dobrich"),
        ("Кърджали", "kardzhali"),
        ("Кюстендил", "kyustendil"),
        ("Ловеч", "lovech"),
        ("Монтана", "montana"),
        ("Пазарджик", "pazardzhik"),
        ("Перник", "pernik"),
        ("Плевен", "pleven"),
        ("Пловдив", "plovdiv"),
        ("Разград", "razgrad"),
        ("Русе", "ruse"),
        ("Силистра", "silistra"),
        ("Сливен", "sliven"),
        ("Смолян", "smolyan"),
        ("София-град", "sofia-grad"),
        ("Софийска област", "sofiyska-oblast"),
        ("Стара Загора", "stara-zagora"),
        ("Търговище", "targovishte"),
        ("Хасково", "haskovo"),
        ("Шумен", "shumen"),
        ("Ямбол", "yambol"),
    ]

    @Test func allOblasts() {
        #expect(Self.oblasts.count == 28)
        for (name, slug) in Self.oblasts {
            #expect(Slug.make(name) == slug, "\(name)")
        }
    }

    @Test(arguments: [
        ("Щастливо детство", "shtastlivo-detstvo"),
        ("Юлия", "yulia"),
        ("Георги Жечев", "georgi-zhechev"),
        ("Цветелина Хубавенова", "tsvetelina-hubavenova"),
        ("Фотьо Пейчев", "fotyo-peychev"),
        ("Йордан Йовков", "yordan-yovkov"),
        ("Ябълка и змей", "yabalka-i-zmey"),
        ("Шипка", "shipka"),
        ("Мариянка", "mariyanka"),
        ("Ияна", "iyana"),
        ("Копривщица", "koprivshtitsa"),
        ("България", "bulgaria"),
        ("Република България", "republika-bulgaria"),
        ("български", "balgarski"),
        ("ДМСГД – Русе", "dmsgd-ruse"),
        ("ДДЛРГ „Райна Гатева“", "ddlrg-rayna-gateva"),
        ("„Здравей“, свят!!!", "zdravey-svyat"),
        ("  --Hello,   World 2024--  ", "hello-world-2024"),
        ("ОУ „Христо Ботев“ №3", "ou-hristo-botev-3"),
        ("Дом \"Надежда\" (с. Горна Малина)", "dom-nadezhda-s-gorna-malina"),
        ("„…“", ""),
        ("", ""),
        ("Café 東京 ok", "caf-ok"),
    ])
    func make(_ input: String, _ expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test func everyLetter() {
        #expect(Slug.transliterate("абвгдежзийклмнопрстуфхцчшщъьюя")
            == "abvgdezhziyklmnoprstufhtschshshtayyuya")
        #expect(Slug.transliterate("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ")
            == "ABVGDEZHZIYKLMNOPRSTUFHTSCHSHSHTAYYUYA")
        // Each capital alone is a one-letter word: title case.
        #expect(Slug.transliterate("Ж Ц Ч Ш Щ Ю Я Ъ Ь")
            == "Zh Ts Ch Sh Sht Yu Ya A Y")
    }

    @Test(arguments: [
        ("Щука", "Shtuka"),
        ("ЩУКА", "SHTUKA"),
        ("щука", "shtuka"),
        ("Жечев", "Zhechev"),
        ("ЖЕЧЕВ", "ZHECHEV"),
        ("България", "Bulgaria"),
        ("БЪЛГАРИЯ", "BULGARIA"),
        ("София", "Sofia"),
        ("СОФИЯ", "SOFIA"),
        ("Мариянка", "Mariyanka"),
        ("Ия", "Ia"),
        ("ДДЛРГ „Райна Гатева“", "DDLRG „Rayna Gateva“"),
        ("Юлия, Яна и Цвети.", "Yulia, Yana i Tsveti."),
        ("Хр. Ботев 12", "Hr. Botev 12"),
        ("ЩЕ Ща", "SHTE Shta"),
        ("ЩукА", "ShtukA"),
        ("abc XYZ 09", "abc XYZ 09"),
        ("ёЭы", "ёЭы"),
    ])
    func transliterate(_ input: String, _ expected: String) {
        #expect(Slug.transliterate(input) == expected)
    }

    @Test func decomposedAndAccented() {
        // и + combining breve is й; grave (ѝ) and stress accents are dropped.
        #expect(Slug.transliterate("Сто\u{0438}\u{0306}ко") == "Stoyko")
        #expect(Slug.transliterate("ѝ") == "i")
        #expect(Slug.transliterate("Мари\u{0301}я") == "Maria")
        #expect(Slug.make("ѝ и Ѝ") == "i-i-i")
    }

    @Test func wordBoundaryForIa() {
        #expect(Slug.transliterate("ия") == "ia")
        #expect(Slug.transliterate("ия1") == "ia1")
        #expect(Slug.transliterate("иян") == "iyan")
        #expect(Slug.transliterate("Мария-Антоанета") == "Maria-Antoaneta")
    }
}
