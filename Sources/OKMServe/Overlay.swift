import OKMModel

/// What the browser shows in `okm serve` while the content has errors, and the script
/// that reloads a tab after every rebuild.
enum Overlay {
    static let script = """
    <script>(function(){var s=new EventSource("/__okm/events");s.addEventListener("reload",function(){location.reload();});})();</script>
    """

    static func withReloadScript(_ html: String) -> String {
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: end, with: script + "\n</body>")
    }

    static func page(_ errors: [Diagnostic]) -> String {
        let items = errors.map { d in
            "<li><code>\(escape(d.location.description))</code><br>\(escape(d.message(in: .bg)))</li>"
        }.joined(separator: "\n")
        return """
        <!DOCTYPE html>
        <html lang="bg">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>okm: грешки в съдържанието</title>
        <style>body{font-family:system-ui,sans-serif;margin:0;background:#fff;color:#1b1f24}
        main{max-width:60rem;margin:2rem auto;padding:0 1rem}h1{color:#8a1c1c}
        li{margin:0 0 1rem;padding:0.75rem;border-left:4px solid #8a1c1c;background:#fbeeee;list-style:none}
        ul{padding:0}code{font-size:1rem}</style></head>
        <body><main id="okm-errors" role="alert">
        <h1>Съдържанието има \(errors.count) \(errors.count == 1 ? "грешка" : "грешки")</h1>
        <p>Поправете файла и запазете: страницата ще се обнови сама.</p>
        <ul>
        \(items)
        </ul>
        </main></body></html>
        """
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
