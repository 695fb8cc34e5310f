#!/usr/bin/env python3
"""A secretary's session in the editor of `okm serve`, in headless Chromium (issue 17).

    editor_e2e.py OKM CONTENT TEMPLATES ARTIFACTS

Copies CONTENT into a temporary folder, starts `okm serve` on it (axe_editor.start_serve:
the `okm: editor: URL` line), and does what a person does, through the pages only:

1. with scripts on: a new protocol for Ruse from the start page; two agenda items (the second
   row by "add row"); a reporter picked by typing "Личева" into the type-ahead; a decision
   whose responsible body is a new organization created from the picker, with a due date;
   saved as a draft without the decision's text, the error shown beside it; the text written,
   saved again, published; then the protocol's page, its print edition and its line in the
   region's protocols, on the site serve rebuilt from the saved file;
2. with scripts off: a news item for Ruse, a picture uploaded from the form (a real PNG, a
   screenshot, sent as "Снимка от деня.PNG"), published; then its page, with the picture.

Writes ARTIFACTS/editor-e2e-{protocol,news}.png. Prints each step; exits 1 at the first that fails.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import browser
from axe_editor import start_serve

AGENDA = ["Напредък по плана за деинституционализация в областта", "Разни"]
ORGANIZATION = "Сдружение Подкрепа за детето Русе"
DECISION = "Общините да представят график за закриване на домовете"
NEWS = "Ден на отворените врати в Център за настаняване Русе"


class Failed(Exception):
    pass


def check(ok, what):
    if not ok:
        raise Failed(what)
    print("editor e2e: ok: " + what)


def wait(what, test, seconds=60):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = test()
        if value:
            return value
        time.sleep(0.3)
    raise Failed("waited %d s: %s" % (seconds, what))


def by_name(driver, name):
    return driver.find_element(By.NAME, name)


def type_into(driver, name, text):
    field = by_name(driver, name)
    field.clear()
    field.send_keys(text)
    return field


def press(driver, css):
    """Clicks a submit button and waits for the page it brings."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, css).click()
    wait("the page after " + css, lambda: _stale(old))


def _stale(element):
    try:
        element.tag_name
        return False
    except Exception:
        return True


def message(driver):
    found = driver.find_elements(By.CSS_SELECTOR, "main [role=status], main [role=alert], main .message")
    return " | ".join(e.text for e in found)


def new_record(driver, base, kind, region, title=""):
    driver.get(base + "/__okm/edit/")
    Select(by_name(driver, "kind")).select_by_value(kind)
    Select(by_name(driver, "region")).select_by_value(region)
    type_into(driver, "title", title)
    press(driver, "form[action='/__okm/edit/new'] button[type=submit]")
    m = re.search(r"path=([^&]+)", driver.current_url)
    check(m is not None and "<form" in driver.page_source, "a new %s draft's form opened (%s)" % (kind, driver.current_url))
    return urllib.request.unquote(m.group(1))


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.read().decode("utf-8", "replace")


def site_page(base, path, needle, seconds=90):
    """The page at path once serve's rebuild shows `needle` in it."""
    def get():
        try:
            text = fetch(base + path)
        except Exception:
            return None
        return text if needle in text else None
    return wait("%s shows %r" % (path, needle), get, seconds)


def protocol(driver, base, artifacts):
    rel = new_record(driver, base, "protocols", "ruse")
    type_into(driver, "f.agenda.0.title", AGENDA[0])
    press(driver, "button[name=row][value='add f.agenda']")
    check(by_name(driver, "f.agenda.0.title").get_attribute("value") == AGENDA[0], "'add row' kept the first agenda item")
    type_into(driver, "f.agenda.1.title", AGENDA[1])
    # The reporter by typing a name: the type-ahead lists the person, a click fills in the slug.
    type_into(driver, "f.agenda.0.reporters.0", "Личева")
    option = wait("the type-ahead lists Личева", lambda: [li for li in driver.find_elements(By.CSS_SELECTOR, "ul.picker:not([hidden]) li")
                                                         if "Личева" in li.text])
    option[0].click()
    check(by_name(driver, "f.agenda.0.reporters.0").get_attribute("value") == "mariela-licheva", "the reporter picked by typing 'Личева'")
    # The responsible body does not exist yet: created from the picker, as a draft.
    press(driver, "button[name=create][value='organizations f.decisions.0.responsible.0']")
    type_into(driver, "new.name", ORGANIZATION)
    for select in driver.find_elements(By.CSS_SELECTOR, "fieldset.new select"):
        s = Select(select)
        if not s.first_selected_option.get_attribute("value"):
            values = [o.get_attribute("value") for o in s.options if o.get_attribute("value")]
            s.select_by_value("ruse" if "ruse" in values else values[0])
    press(driver, "button[name=newrecord][value=write]")
    slug = by_name(driver, "f.decisions.0.responsible.0").get_attribute("value")
    check(slug.startswith("sdruzhenie-podkrepa"), "a new organization created from the picker (%s)" % slug)
    check(by_name(driver, "f.agenda.1.title").get_attribute("value") == AGENDA[1], "creating it kept what was typed")
    due = by_name(driver, "f.decisions.0.due")
    driver.execute_script("arguments[0].value = '2027-03-31'", due)
    by_name(driver, "f.decisions.0.agenda_item").send_keys("1")
    # Saved without the decision's text: a draft may be saved with an error, shown where it is.
    press(driver, "form[action^='/__okm/edit/record'] button[type=submit]:not([formaction])")
    summary = driver.find_elements(By.CSS_SELECTOR, "#problems")
    problems = driver.find_elements(By.CSS_SELECTOR, "ul.problems li")
    check(summary and problems, "saved as a draft; the error is shown (%s)" % "; ".join(p.text for p in problems))
    driver.save_screenshot(os.path.join(artifacts, "editor-e2e-protocol.png"))
    type_into(driver, "f.decisions.0.text", DECISION)
    press(driver, "form[action^='/__okm/edit/record'] button[type=submit]:not([formaction])")
    errors = [p.text for p in driver.find_elements(By.CSS_SELECTOR, "ul.problems li") if ": error:" in p.text]
    check(not errors, "the error fixed (%s)" % "; ".join(errors))
    press(driver, "form[action^='/__okm/edit/publish'] button[type=submit]")
    text = open(os.path.join(CONTENT, rel), encoding="utf-8").read()
    check("draft:" not in text and DECISION in text and AGENDA[1] in text, "published: %s has no draft line" % rel)
    # The site, rebuilt by serve's watcher from the saved file.
    slug = os.path.splitext(os.path.basename(rel))[0]
    year = rel.split("/")[1]
    page_path = "/protocols/%s/%s/" % (year, slug)
    listing = site_page(base, "/regions/ruse/protocols/", page_path)
    check(page_path in listing, "its entry in the region's protocols")
    page = site_page(base, page_path, DECISION)
    check(AGENDA[0] in page and "Личева" in page, "its page, with the agenda, the reporter and the decision")
    print_page = site_page(base, page_path + "print/", AGENDA[1])
    check(DECISION in print_page, "its print edition")


def news(base, url, artifacts, work):
    driver = browser.chrome(scripts=False)
    try:
        driver.get(url)
        check("/__okm/edit/" in driver.current_url, "with scripts off, the editor opens")
        rel = new_record(driver, base, "news", "ruse", NEWS)
        picture = os.path.join(work, "Снимка от деня.PNG")
        driver.save_screenshot(picture)   # a real PNG: the build turns pictures into its sizes
        field = driver.find_element(By.ID, "upload-images-file")
        field.send_keys(picture)
        type_into(driver, "alt", "Родители и деца в двора на центъра")
        press(driver, "form[action*='to=images'] button[type=submit]")
        check("snimka-ot-denya.png" in driver.page_source, "the picture uploaded (%s)" % message(driver))
        stored = os.path.join(CONTENT, os.path.dirname(rel), "snimka-ot-denya.png")
        check(os.path.exists(stored), "stored beside the record as snimka-ot-denya.png")
        errors = [p.text for p in driver.find_elements(By.CSS_SELECTOR, "ul.problems li") if ": error:" in p.text]
        check(not errors, "the news item has no error (%s)" % "; ".join(errors))
        press(driver, "form[action^='/__okm/edit/publish'] button[type=submit]")
        text = open(os.path.join(CONTENT, rel), encoding="utf-8").read()
        check("draft:" not in text and "src: snimka-ot-denya.png" in text, "published with its picture")
        driver.save_screenshot(os.path.join(artifacts, "editor-e2e-news.png"))
        slug = os.path.splitext(os.path.basename(rel))[0]
        page_path = "/news/%s/%s/" % (rel.split("/")[1], slug)
        page = site_page(base, page_path, "Родители и деца")
        img = re.search(r'<img[^>]+src="([^"]+)"[^>]*alt="Родители и деца', page) or re.search(r'<img[^>]+alt="Родители и деца[^>]*src="([^"]+)"', page)
        check(img is not None, "its page shows the picture")
        src = img.group(1).replace("&amp;", "&")
        address = base + src if src.startswith("/") else base + page_path + src

        def loads():
            # The page comes first (the record's own pages at once); its picture with the rest of the rebuild.
            try:
                with urllib.request.urlopen(address, timeout=30) as r:
                    return r.status == 200 and len(r.read()) > 100
            except Exception:
                return False
        check(wait("the picture %s loads" % src, loads, 90), "the picture loads (%s)" % src)
    finally:
        driver.quit()


def main():
    global CONTENT
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    okm, content, templates, artifacts = sys.argv[1:]
    okm, templates, artifacts = os.path.abspath(okm), os.path.abspath(templates), os.path.abspath(artifacts)
    os.makedirs(artifacts, exist_ok=True)
    start = time.monotonic()
    work = tempfile.mkdtemp(prefix="okm-editor-e2e-")
    CONTENT = os.path.join(work, "content")
    proc = driver = None
    failed = None
    try:
        shutil.copytree(content, CONTENT)
        proc, url = start_serve(okm, CONTENT, templates)
        if not url:
            raise Failed("okm serve printed no 'okm: editor: ' line")
        base = url.split("/__okm/")[0]
        driver = browser.chrome()
        driver.get(url)
        protocol(driver, base, artifacts)
        driver.quit()
        driver = None
        news(base, url, artifacts, work)
    except Failed as e:
        failed = str(e)
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
    if failed:
        print("editor e2e: FAILED: " + failed)
        sys.exit(1)
    print("editor e2e: a protocol (scripts on) and a news item with a picture (scripts off), %.1f s" % (time.monotonic() - start))


CONTENT = ""

if __name__ == "__main__":
    main()
