// Runs Pagefind's own search (the pagefind.js and WebAssembly that a build writes to
// output/pagefind/) in Node, reading the index files from disk instead of over HTTP.
// Usage: node pagefind-query.mjs <output>/pagefind <query>...
// A query "--all" lists every indexed page (Pagefind's search with no terms).
// Prints one JSON line per query: {"query", "results": [{"url", "title", "excerpt", "filters", "meta", "content"}]}.
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";

const [bundle, ...queries] = process.argv.slice(2);
const base = pathToFileURL(bundle.endsWith("/") ? bundle : bundle + "/");
globalThis.fetch = async (input) => {
  const url = new URL(typeof input === "string" ? input : input.url, base);
  const data = await readFile(fileURLToPath(url.href.split("?")[0]));
  return new Response(data, { status: 200 });
};
const pagefind = await import(new URL("pagefind.js", base).href);
// The ranking the site's search page gives Pagefind's UI (`ranking` in its options), so that
// results come in the order a reader sees them.
let ranking = {};
try {
  const page = await readFile(fileURLToPath(new URL("../search/index.html", base)), "utf8");
  const options = page.match(/var options = (\{.*\});/);
  if (options) ranking = JSON.parse(options[1]).ranking ?? {};
} catch {}
await pagefind.options({ basePath: base.href, baseUrl: "/", ranking });
await pagefind.init();
for (const query of queries) {
  const search = await pagefind.search(query === "--all" ? null : query);
  const data = await Promise.all(search.results.map((r) => r.data()));
  const results = data.map((d) => ({ url: d.url, title: d.meta.title, excerpt: d.excerpt, filters: d.filters, meta: d.meta, content: d.content }));
  console.log(JSON.stringify({ query, results }));
}
