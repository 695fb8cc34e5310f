#!/usr/bin/env python3
"""Full-page screenshots of a built site in headless Chromium, at phone and desktop widths.

    screenshots.py SITE_DIR OUT_DIR

The home page, a protocol, an institution and the national closure page, each at 390 px
(phone) and 1280 px (desktop): OUT_DIR/<page>-<width>.png. CI keeps OUT_DIR as artefacts.
"""
import base64
import fnmatch
import os
import sys
import time

import browser
from axe_pages import html_pages

PAGES = [
    ("home", "index.html"),
    ("protocol", "protocols/[0-9][0-9][0-9][0-9]/*/index.html"),
    ("institution", "institutions/*/index.html"),
    ("closures", "closures/index.html"),
]
WIDTHS = [390, 1280]


def main():
    site, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    pages = html_pages(site)
    start = time.monotonic()
    written = []
    driver = browser.chrome()
    try:
        with browser.serve(site) as base:
            for name, pattern in PAGES:
                page = next((p for p in pages if fnmatch.fnmatchcase(p, pattern) and p.count("/") == pattern.count("/")), None)
                if page is None:
                    sys.exit("screenshots: the site has no %s page (%s)" % (name, pattern))
                for width in WIDTHS:
                    mobile = width < 600
                    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": mobile})
                    driver.get(base + "/" + page[:-len("index.html")])
                    driver.execute_script("return document.fonts ? document.fonts.ready : null")
                    height = driver.execute_script(
                        "return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight))")
                    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
                        "format": "png", "captureBeyondViewport": True,
                        "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 16000), "scale": 1}})
                    path = os.path.join(out, "%s-%dpx.png" % (name, width))
                    with open(path, "wb") as f:
                        f.write(base64.b64decode(shot["data"]))
                    written.append(path)
                    print("screenshot: %s (/%s, %d x %d px)" % (path, page[:-len("index.html")], width, height))
    finally:
        driver.quit()
    print("screenshots: %d written to %s in %.1f s" % (len(written), out, time.monotonic() - start))


if __name__ == "__main__":
    main()
