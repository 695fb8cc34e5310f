#!/usr/bin/env python3
"""linkchecker (Debian's) over a built site served on 127.0.0.1: 0 broken internal links
and 0 missing anchors.

    linkcheck_site.py SITE_DIR

Every page and file reachable from the home page is fetched (external addresses are not:
`checkextern=0`); the AnchorCheck plugin checks every `#fragment` against the ids of its
page. linkchecker reports a missing anchor as a warning, so both errors and anchor warnings
count. Prints each problem with the page that links to it; exits 1 if any.
"""
import csv
import io
import os
import subprocess
import sys
import tempfile
import time

import browser

CONFIG = """[checking]
threads=8
maxrequestspersecond=1000
[filtering]
checkextern=0
[AnchorCheck]
"""


def main():
    site = sys.argv[1]
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        config = os.path.join(tmp, "linkcheckerrc")
        with open(config, "w") as f:
            f.write(CONFIG)
        os.chmod(tmp, 0o755)
        os.chmod(config, 0o644)  # linkchecker run as root drops to 'nobody'
        with browser.serve(site) as base:
            run = subprocess.run(["linkchecker", "-f", config, "--no-status", "--verbose", "-o", "csv", base + "/"],
                                 capture_output=True, text=True)
    if run.returncode not in (0, 1):
        print(run.stdout[-3000:], run.stderr[-3000:])
        print("linkchecker failed with status %d" % run.returncode)
        sys.exit(1)
    lines = [l for l in run.stdout.splitlines() if l and not l.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"))
    internal = [r for r in rows if r["url"].startswith(base)]
    broken = [r for r in rows if r["valid"] != "True"]
    anchors = [r for r in rows if "Anchor" in r["warningstring"]]
    other = [r for r in rows if r["warningstring"] and r not in anchors]
    for r in broken:
        print("linkchecker: broken: %s (linked from %s, line %s): %s" % (r["url"], r["parentname"], r["line"], r["result"]))
    for r in anchors:
        print("linkchecker: missing anchor: %s (linked from %s, line %s): %s"
              % (r["url"], r["parentname"], r["line"], r["warningstring"].strip()))
    for r in other:
        print("linkchecker: warning (not counted): %s: %s" % (r["url"], r["warningstring"].strip()))
    print("linkchecker: %d URLs checked (%d internal, fetched), %d broken, %d missing anchors, %d other warnings, %.1f s"
          % (len(rows), len(internal), len(broken), len(anchors), len(other), time.monotonic() - start))
    sys.exit(1 if broken or anchors else 0)


if __name__ == "__main__":
    main()
