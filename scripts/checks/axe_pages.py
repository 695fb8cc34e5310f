#!/usr/bin/env python3
"""axe-core in headless Chromium over a built site: 0 violations of WCAG 2.0/2.1 A and AA.

    axe_pages.py SITE_DIR [--all] [--phone] [--allow-missing] [--verbose]

Checks one page of every kind (below; a kind with no page is an error) or, with --all,
every HTML page of the site except Pagefind's. --phone checks each page a second time at
390 px. Prints each violation with its rule, impact, help and the elements; exits 1 if any.
"""
import argparse
import fnmatch
import os
import sys
import time
from importlib import metadata

import browser

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# (kind, pattern relative to the site): the first page (sorted) that matches is checked.
KINDS = [
    ("home", "index.html"),
    ("list: protocols", "protocols/index.html"),
    ("list: protocols of a year", "protocols/[0-9][0-9][0-9][0-9]/index.html"),
    ("list: news", "news/index.html"),
    ("list: news of a year", "news/[0-9][0-9][0-9][0-9]/index.html"),
    ("list: events", "events/index.html"),
    ("list: events of a year", "events/[0-9][0-9][0-9][0-9]/index.html"),
    ("list: institutions", "institutions/index.html"),
    ("list: services", "services/index.html"),
    ("list: projects", "projects/index.html"),
    ("list: organizations", "organizations/index.html"),
    ("list: people", "people/index.html"),
    ("list: regions", "regions/index.html"),
    ("list: protocols of a region", "regions/*/protocols/index.html"),
    ("list: news of a region", "regions/*/news/index.html"),
    ("list: events of a region", "regions/*/events/index.html"),
    ("protocol", "protocols/[0-9][0-9][0-9][0-9]/*/index.html"),
    ("news", "news/[0-9][0-9][0-9][0-9]/*/index.html"),
    ("event", "events/[0-9][0-9][0-9][0-9]/*/index.html"),
    ("page", "*/index.html"),
    ("institution", "institutions/*/index.html"),
    ("service", "services/*/index.html"),
    ("project", "projects/*/index.html"),
    ("organization", "organizations/*/index.html"),
    ("person", "people/*/index.html"),
    ("region", "regions/*/index.html"),
    ("closures: national", "closures/index.html"),
    ("closures: regional", "regions/*/closures/index.html"),
    ("decisions", "decisions/index.html"),
    ("decisions: by status", "decisions/open/index.html"),
    ("decisions: of a region", "regions/*/decisions/index.html"),
    ("decisions: of an organization", "decisions/organizations/*/index.html"),
    ("print edition: protocol", "protocols/[0-9][0-9][0-9][0-9]/*/print/index.html"),
    ("print edition: volume", "regions/*/protocols/[0-9][0-9][0-9][0-9]/print/index.html"),
    ("search", "search/index.html"),
    ("data", "data/index.html"),
    ("accessibility statement", "accessibility/index.html"),
    ("404", "404.html"),
]
# Checked when the site has them (the demo's lists are too short to have a second page).
OPTIONAL_KINDS = [
    ("list: second page", "protocols/page/2/index.html"),
    ("list: second page of a region", "regions/*/protocols/page/2/index.html"),
]
# The site's own sections: a top-level folder that is none of these is a page (`/<slug>/`).
SECTIONS = {"protocols", "news", "events", "institutions", "services", "projects", "organizations", "people",
            "regions", "pages", "assets", "data", "search", "closures", "decisions", "feeds", "calendar", "en",
            "404", "accessibility", "pagefind"}


def axe_source():
    """axe.min.js as shipped in the axe-playwright-python wheel (only this file is used)."""
    path = metadata.distribution("axe-playwright-python").locate_file("axe_playwright_python/axe.min.js")
    with open(path, encoding="utf-8") as f:
        return f.read()


def html_pages(site):
    pages = []
    for root, dirs, files in os.walk(site):
        dirs[:] = sorted(d for d in dirs if d != "pagefind" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".html"):
                pages.append(os.path.relpath(os.path.join(root, name), site).replace(os.sep, "/"))
    return sorted(pages)


def pick(site):
    pages = html_pages(site)
    chosen, missing = [], []
    def matches(page, kind, pattern):
        if not fnmatch.fnmatchcase(page, pattern) or page.count("/") != pattern.count("/"):
            return False
        return kind != "page" or page.split("/")[0] not in SECTIONS

    for kinds, required in ((KINDS, True), (OPTIONAL_KINDS, False)):
        for kind, pattern in kinds:
            hit = next((p for p in pages if matches(p, kind, pattern)), None)
            if hit is not None:
                chosen.append((kind, hit))
            elif required:
                missing.append("%s (%s)" % (kind, pattern))
    return chosen, missing


RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary, html: n.html}))})),
      version: r.testEngine.version}))
  .catch(e => done({error: String(e)}));
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--phone", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="print the time of every page")
    ap.add_argument("--allow-missing", action="store_true",
                    help="check the kinds the site has (a generated corpus has no accessibility statement)")
    args = ap.parse_args()
    if args.all:
        chosen, missing = [("page", p) for p in html_pages(args.site)], []
    else:
        chosen, missing = pick(args.site)
    for m in missing:
        print("axe: no page of the kind %s%s" % (m, " (not required)" if args.allow_missing else ""))
    if args.allow_missing:
        missing = []
    source = axe_source()
    widths = [1280, 390] if args.phone else [1280]
    total = 0
    version = "?"
    start = time.monotonic()
    driver = browser.chrome()
    try:
        with browser.serve(args.site) as base:
            for kind, page in chosen:
                url = base + "/" + (page[:-len("index.html")] if page.endswith("/index.html") or page == "index.html" else page)
                for width in widths:
                    page_start = time.monotonic()
                    driver.set_window_size(width, 900)
                    driver.get(url)
                    driver.execute_script(source)
                    result = driver.execute_async_script(RUN, TAGS)
                    if "error" in result:
                        print("axe: %s: %s" % (page, result["error"]))
                        total += 1
                        continue
                    version = result["version"]
                    for v in result["violations"]:
                        total += 1
                        print("axe: %s [%s, %d px]: %s (%s): %s" % (page, kind, width, v["id"], v["impact"], v["help"]))
                        for n in v["nodes"][:5]:
                            print("    %s\n      %s\n      %s" % (n["target"], n["html"][:200], (n["summary"] or "").replace("\n", "\n      ")))
                        if len(v["nodes"]) > 5:
                            print("    … and %d more elements" % (len(v["nodes"]) - 5))
                    if args.verbose:
                        print("axe: %s [%s, %d px]: %.1f s" % (page, kind, width, time.monotonic() - page_start))
    finally:
        driver.quit()
    print("axe-core %s (%s): %d page(s) at %s px, %d violation(s), %d kind(s) without a page, %.1f s"
          % (version, ", ".join(TAGS), len(chosen), " and ".join(map(str, widths)), total, len(missing),
             time.monotonic() - start))
    sys.exit(1 if total or missing else 0)


if __name__ == "__main__":
    main()
