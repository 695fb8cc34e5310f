#!/usr/bin/env python3
"""No page scrolls sideways on a phone: one page of every kind at 360 and 390 px in headless
Chromium, failing when `document.documentElement.scrollWidth > window.innerWidth`.

    overflow.py SITE_DIR [--allow-missing] [--widths 360,390]

The kinds are axe_pages.py's (a kind with no page is an error unless --allow-missing). A
table or chart wider than the phone must scroll inside its own box (`.table-scroll`,
`.chart-scroll`) or shrink; for each page that overflows, the elements that reach past the
window's right edge are printed (the outermost few).
"""
import argparse
import sys
import time

import axe_pages
import browser

# The elements whose right edge is past the window, outermost first; not those inside a box
# that scrolls on its own (they do not widen the page).
WIDEST = """
const w = window.innerWidth, out = [];
function scrolls(el) {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX;
    if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
  }
  return false;
}
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  if (r.right > w + 0.5 && !scrolls(el)) {
    if (!out.some(o => o.contains(el))) out.push(el);
  }
  if (out.length >= 5) break;
}
return out.map(el => {
  const r = el.getBoundingClientRect();
  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
    ' (right ' + Math.round(r.right) + ' px)';
});
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--allow-missing", action="store_true", help="check the kinds the site has")
    ap.add_argument("--widths", default="360,390")
    args = ap.parse_args()
    widths = [int(w) for w in args.widths.split(",")]
    chosen, missing = axe_pages.pick(args.site)
    for m in missing:
        print("overflow: no page of the kind %s%s" % (m, " (not required)" if args.allow_missing else ""))
    if args.allow_missing:
        missing = []
    failures = 0
    start = time.monotonic()
    driver = browser.chrome()
    try:
        with browser.serve(args.site) as base:
            for width in widths:
                driver.set_window_size(width, 800)
                for kind, page in chosen:
                    url = base + "/" + (page[:-len("index.html")] if page.endswith("index.html") else page)
                    driver.get(url)
                    # The layout viewport, as a phone has it (the window's outer size includes no chrome headless).
                    inner, scroll = driver.execute_script(
                        "return [window.innerWidth, document.documentElement.scrollWidth];")
                    if scroll > inner:
                        failures += 1
                        print("overflow: %s [%s, %d px]: the page is %d px wide in a %d px window" % (page, kind, width, scroll, inner))
                        for el in driver.execute_script(WIDEST):
                            print("    " + el)
    finally:
        driver.quit()
    print("overflow: %d page(s) at %s px, %d scroll sideways, %d kind(s) without a page, %.1f s"
          % (len(chosen), " and ".join(map(str, widths)), failures, len(missing), time.monotonic() - start))
    sys.exit(1 if failures or missing else 0)


if __name__ == "__main__":
    main()
