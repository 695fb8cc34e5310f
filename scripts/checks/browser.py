"""Shared by the site checks: a static server for a built site and headless Chromium.

The site is served by Python's http.server on 127.0.0.1 (a site's links are root-relative,
so file:// would not do), and Chromium is Debian's, driven through Debian's chromedriver
(Selenium is told where both are, so Selenium Manager never tries to download anything).
"""
import contextlib
import functools
import http.server
import os
import shutil
import socket
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def end_headers(self):
        # LinkChecker waits 0.1-0.6 s between two requests to one host unless the server
        # sends this header (linkcheck/checker/httpurl.py): this server is ours and local.
        self.send_header("LinkChecker", "no rate limit")
        super().end_headers()


@contextlib.contextmanager
def serve(directory):
    """Serves `directory` on a free port of 127.0.0.1; yields the base URL (no final slash)."""
    handler = functools.partial(_QuietHandler, directory=directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield "http://127.0.0.1:%d" % server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _find(names, extra=()):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    for path in extra:
        if os.access(path, os.X_OK):
            return path
    raise SystemExit("check-site: %s not found (scripts/install-deps --site-checks installs it)" % names[0])


def chrome(width=1280, height=900, scripts=True):
    """Headless Chromium at the given window size; with scripts=False, pages run no script."""
    options = webdriver.ChromeOptions()
    if not scripts:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    # The real binary, not Debian's /usr/bin/chromium wrapper script.
    options.binary_location = _find(["chromium"], ["/usr/lib/chromium/chromium"])
    if os.path.exists("/usr/lib/chromium/chromium"):
        options.binary_location = "/usr/lib/chromium/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=bg",
                "--no-first-run", "--disable-extensions", "--disable-background-networking",
                "--window-size=%d,%d" % (width, height)):
        options.add_argument(arg)
    service = Service(executable_path=_find(["chromedriver"], ["/usr/lib/chromium/chromedriver"]))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver
