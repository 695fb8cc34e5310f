#!/usr/bin/env python3
"""Validates front matter against okm's JSON Schema (`okm schema` output, one JSON object
keyed by file name) with the jsonschema library, draft 2020-12, formats asserted.

    validate-front-matter.py SCHEMA.json FILE...

Each FILE is content/<kind>/….md (its front matter, between the first two '---' lines) or
site.yml. Values are read as okm reads them, as the text written (yaml.BaseLoader: every
scalar a string). Prints one line per file: "ok PATH", "invalid PATH: message" (the schema
refuses it), or "unreadable PATH: …" (not YAML, or no kind folder); exit 0.
"""
import json
import sys

import jsonschema
import yaml


def front_matter(text):
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or lines[0].rstrip(" \t") != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].rstrip(" \t") == "---":
            return "\n".join(lines[1:i])
    return None


def schema_name(path):
    parts = path.replace("\\", "/").split("/")
    if parts[-1] == "site.yml":
        return "site.json"
    i = len(parts) - 1 - parts[::-1].index("content")
    return parts[i + 1] + ".json"


def main():
    schemas = json.load(open(sys.argv[1], encoding="utf-8"))
    for path in sys.argv[2:]:
        try:
            check(schemas, path)
        except (Exception, RecursionError) as e:
            print(f"unreadable {path}: {type(e).__name__}")


def check(schemas, path):
    text = open(path, encoding="utf-8", errors="replace").read()
    source = text if path.endswith("site.yml") else front_matter(text)
    try:
        data = yaml.load(source or "", Loader=yaml.BaseLoader) if source is not None else None
    except yaml.YAMLError as e:
        print(f"unreadable {path}: YAML: {str(e).splitlines()[0]}")
        return
    if data is None:
        data = {}
    validator = jsonschema.Draft202012Validator(schemas[schema_name(path)], format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        where = "/".join(str(p) for p in e.absolute_path) or "(top)"
        print(f"invalid {path}: {where}: {e.message}")
    else:
        print(f"ok {path}")


if __name__ == "__main__":
    main()
