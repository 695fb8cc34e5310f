#!/usr/bin/env python3
"""axe-core in headless Chromium over the editor of `okm serve` (issue 17, item 11).

    axe_editor.py OKM CONTENT TEMPLATES ARTIFACTS

Copies CONTENT into a temporary folder (serve writes .okm/serve/ beside it and the editor
may write content/), starts `okm serve` on a free port of 127.0.0.1, reads the line
`okm: editor: URL` for the address with its secret, and runs axe-core (wcag2a, wcag2aa,
wcag21a, wcag21aa) at 390 and 1280 px on the editor's start page and on the form of the
first protocol it lists: as it opens, with a reference field's type-ahead list open, and with
a new record's fields open. Writes ARTIFACTS/editor-390.png and editor-1280.png (the form).
Prints each violation; exits 1 if any, or if the editor cannot be reached.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

import browser
from axe_pages import RUN, TAGS, axe_source


def start_serve(okm, content, templates):
    port = browser.free_port()
    proc = subprocess.Popen([okm, "serve", "--content", content, "--templates", templates, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    found = {}
    ready = threading.Event()

    def read():
        for line in proc.stderr:
            if line.startswith("okm: editor: ") and "url" not in found:
                found["url"] = line[len("okm: editor: "):].strip()
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    ready.wait(120)
    return proc, found.get("url")


def main():
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    okm, content, templates, artifacts = sys.argv[1:]
    okm, templates = os.path.abspath(okm), os.path.abspath(templates)
    os.makedirs(artifacts, exist_ok=True)
    start = time.monotonic()
    work = tempfile.mkdtemp(prefix="okm-axe-editor-")
    proc = None
    driver = None
    total = 0
    checked = 0
    version = "?"
    try:
        shutil.copytree(content, os.path.join(work, "content"))
        proc, url = start_serve(okm, os.path.join(work, "content"), templates)
        if not url:
            print("axe editor: okm serve printed no 'okm: editor: ' line")
            sys.exit(1)
        base = url.split("/__okm/")[0]
        source = axe_source()
        driver = browser.chrome()
        driver.get(url)   # the secret sets the editor's cookie and leads to the start page
        html = driver.page_source
        m = re.search(r'href="(/__okm/edit/record\?path=protocols/[^"]+)"', html)
        if not m:
            print("axe editor: the start page lists no protocol")
            sys.exit(1)
        pages = [("start page", base + "/__okm/edit/"), ("protocol form", base + m.group(1).replace("&amp;", "&"))]
        # The protocol's form again as a person uses it with scripts on: the type-ahead list of a
        # reference field open ("р" typed into the first one), and the fields of a new record open
        # (its button pressed: the form comes back from the server with them).
        pages += [("form, type-ahead open", pages[1][1]), ("form, new record open", pages[1][1])]
        for name, page in pages:
            for width in (1280, 390):
                driver.set_window_size(width, 900)
                driver.get(page)
                if "/__okm/edit" not in driver.current_url or "<form" not in driver.page_source:
                    print("axe editor: %s did not open (%s)" % (name, driver.current_url))
                    total += 1
                    continue
                if name == "form, type-ahead open":
                    field = driver.find_element("css selector", "input[role=combobox]")
                    field.clear()
                    field.send_keys("р")
                    if driver.execute_script("return document.querySelector('ul.picker:not([hidden]) li') === null"):
                        print("axe editor: typing in a reference field opened no list")
                        total += 1
                if name == "form, new record open":
                    driver.find_element("css selector", "button[name=create]").click()
                    # The button submits the form: wait for the page that comes back (a loaded
                    # machine took longer than the first look, and CI failed on it once).
                    for _ in range(100):
                        if "<fieldset class=\"new\"" in driver.page_source:
                            break
                        time.sleep(0.1)
                    if "<fieldset class=\"new\"" not in driver.page_source:
                        print("axe editor: the first new record button opened no fields")
                        total += 1
                driver.execute_script(source)
                result = driver.execute_async_script(RUN, TAGS)
                checked += 1
                if "error" in result:
                    print("axe editor: %s: %s" % (name, result["error"]))
                    total += 1
                    continue
                version = result["version"]
                for v in result["violations"]:
                    total += 1
                    print("axe editor: %s [%d px]: %s (%s): %s" % (name, width, v["id"], v["impact"], v["help"]))
                    for n in v["nodes"][:5]:
                        print("    %s\n      %s\n      %s" % (n["target"], n["html"][:200], (n["summary"] or "").replace("\n", "\n      ")))
                if name == "protocol form":
                    driver.save_screenshot(os.path.join(artifacts, "editor-%d.png" % width))
    finally:
        if driver is not None:
            driver.quit()
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(work, ignore_errors=True)
    print("axe-core %s (%s): editor, %d page view(s) at 1280 and 390 px, %d violation(s), %.1f s"
          % (version, ", ".join(TAGS), checked, total, time.monotonic() - start))
    sys.exit(1 if total or checked < 8 else 0)


if __name__ == "__main__":
    main()
