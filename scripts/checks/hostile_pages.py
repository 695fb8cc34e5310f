#!/usr/bin/env python3
"""The hostile fixture site (Tests/Fixtures/sites/hostile) in headless Chromium: no injected
script runs, and no injected element or attribute is in a page's DOM.

    hostile_pages.py SITE_DIR

Before any script of a page runs, a hook (CDP Page.addScriptToEvaluateOnNewDocument)
replaces alert/confirm/prompt/print and defines okmXSS, the function every payload of the
fixture calls; each call is recorded. Every HTML page is loaded (with its images, frames and
Pagefind), then the search page is used: a few payload words typed into Pagefind's box, so
its results (titles, excerpts) are rendered too. After each page the hook's record must be
empty, and the DOM must hold no element with an on* attribute or a script that mentions a
payload, no javascript:/vbscript:/data: address in href/src/action/formaction/srcset and no
iframe with srcdoc. Exits 1 on any finding.
"""
import sys
import time

from selenium.common.exceptions import TimeoutException, UnexpectedAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import browser
from axe_pages import html_pages

HOOK = r"""
(() => {
  const ran = [];
  Object.defineProperty(window, '__okmRan', {value: ran, writable: false});
  const record = (what) => (...args) => { ran.push(what + '(' + args.map(String).join(', ') + ') at ' + location.pathname); };
  window.okmXSS = record('okmXSS');
  window.alert = record('alert');
  window.confirm = record('confirm');
  window.prompt = record('prompt');
  window.print = record('print');
})();
"""

INSPECT = r"""
const problems = [];
const payload = /okmXSS|alert\(/;
for (const el of document.querySelectorAll('*')) {
  for (const a of el.attributes) {
    const name = a.name.toLowerCase();
    if (name.startsWith('on') && payload.test(a.value)) problems.push(`<${el.localName} ${name}="${a.value}">`);
    if (['href', 'src', 'action', 'formaction', 'srcset', 'xlink:href', 'data', 'poster'].includes(name)) {
      const v = a.value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
      // Pagefind's own search form has action="javascript:void(0);".
      const pagefindForm = el.localName === 'form' && name === 'action' && /^javascript:void\(0\);?$/.test(v);
      if (/^(javascript|vbscript|data):/.test(v) && !/^data:image\/(png|gif|jpeg|webp)/.test(v) && !pagefindForm)
        problems.push(`<${el.localName} ${name}="${a.value}">`);
    }
  }
  // A script the browser runs (JSON-LD is data, and okm escapes its '<' as \u003c).
  const runs = el.localName === 'script' && /^(|text\/javascript|module|application\/javascript)$/i.test(el.type || '');
  if (runs && payload.test(el.textContent)) problems.push('<script>' + el.textContent.slice(0, 120));
  if (el.localName === 'script' && /<\/script/i.test(el.textContent)) problems.push('</script> inside <script>');
  if (el.localName === 'iframe' && el.hasAttribute('srcdoc')) problems.push('<iframe srcdoc>');
}
return {ran: window.__okmRan ? Array.from(window.__okmRan) : ['(the hook is missing)'], problems};
"""


def check(driver, label, findings):
    try:
        result = driver.execute_script(INSPECT)
    except UnexpectedAlertPresentException as e:
        findings.append("%s: a real alert opened: %s" % (label, e.alert_text))
        return
    for r in result["ran"]:
        findings.append("%s: injected script ran: %s" % (label, r))
    for p in result["problems"]:
        findings.append("%s: injected markup in the DOM: %s" % (label, p))


def main():
    site = sys.argv[1]
    start = time.monotonic()
    pages = html_pages(site)
    findings = []
    driver = browser.chrome()
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})
    searched = 0
    try:
        with browser.serve(site) as base:
            for page in pages:
                path = "/" + (page[:-len("index.html")] if page.endswith("index.html") else page)
                driver.get(base + path)
                time.sleep(0.05)  # onload/onerror of images and frames
                check(driver, path, findings)
            if "search/index.html" in pages:
                for term in ["okmXSS", "script", "svg onload", "Новина", "javascript"]:
                    driver.get(base + "/search/")
                    try:
                        box = WebDriverWait(driver, 20).until(lambda d: d.find_element(By.CSS_SELECTOR, "#search input"))
                    except TimeoutException:
                        findings.append("/search/: Pagefind's search box did not appear")
                        break
                    box.send_keys(term)
                    try:
                        WebDriverWait(driver, 20).until(
                            lambda d: d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result, .pagefind-ui__message"))
                        time.sleep(0.5)
                    except TimeoutException:
                        findings.append("/search/: no results or message for '%s'" % term)
                    results = len(driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result"))
                    searched += 1
                    check(driver, "/search/ '%s' (%d results)" % (term, results), findings)
                    print("hostile: searched '%s': %d results rendered" % (term, results))
    finally:
        driver.quit()
    for f in findings:
        print("hostile: " + f)
    print("hostile: %d pages loaded, %d searches, %d injected scripts ran or injected elements found, %.1f s"
          % (len(pages), searched, len(findings), time.monotonic() - start))
    sys.exit(1 if findings or not pages else 0)


if __name__ == "__main__":
    main()
