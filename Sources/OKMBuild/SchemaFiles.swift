import OKMModel
import OKMRender

/// `output/schema/<kind>.json` and `site.json`: the JSON Schema of each kind's front matter,
/// the same as `okm schema` prints, for editors to point at (docs/content-format.md §9).
/// Data files: not in the sitemap (it lists pages), read by the publish gate like every file.
enum SchemaFiles {
    static func outputFiles() -> [OutputFile] {
        // Output paths are relative to the site's root: the route's address without its first "/".
        JSONSchema.all().map { OutputFile(path: String(Route.schemaFile($0.name).path.dropFirst()), contents: .text($0.tree.text)) }
    }
}
