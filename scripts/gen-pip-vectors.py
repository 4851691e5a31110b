#!/usr/bin/env python3
"""Writes test/data/pip/expected.json: what pip 23.2 and packaging make of each requirements file.

Lines, continuations, comments, ${VAR} expansion and options come from pip's own code
(pip._internal.req.req_file: preprocess() and the line parser pip builds per line).
What a requirement line means follows pip's parse_req_from_line / parse_editable, with
packaging's Requirement and Marker (the installed packaging, not pip's vendored copy)
for the PEP 508 parts. Run from the repository root:

    python3 scripts/gen-pip-vectors.py

Inputs: every file under test/fixtures/requirements/, and the requirements files in the
shared corpus (../shared/corpus), recorded by path only.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from pip._internal.models.link import Link
from pip._internal.models.wheel import Wheel
from pip._internal.req.constructors import _get_url_from_path, _strip_extras, parse_editable
from pip._internal.req.req_file import OptionParsingError, get_file_content, get_line_parser, preprocess
from pip._internal.vcs.versioncontrol import is_url

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "test" / "fixtures" / "requirements"
CORPUS = ROOT.parent / "shared" / "corpus"
OUTPUT = ROOT / "test" / "data" / "pip" / "expected.json"

# The environment ${VAR} expansion sees; the TypeScript test passes the same.
ENV = {"INDEX_USER": "ci-bot", "INDEX_TOKEN": "t0ken", "MCP_VERSION": "1.23.3"}


def describe_requirement(text: str) -> dict:
    """parse_req_from_line, with the PEP 508 parts read by packaging."""
    marker = None
    sep = "; " if is_url(text) else ";"
    if sep in text:
        text, marker_text = text.split(sep, 1)
        marker_text = marker_text.strip()
        marker = str(Marker(marker_text)) if marker_text else None
    text = text.strip()
    link = None
    extras: list[str] = []
    if is_url(text):
        link = Link(text)
    else:
        path, extras_text = _strip_extras(os.path.normpath(os.path.abspath(text)))
        url = _get_url_from_path(path, text)
        if url is not None:
            link = Link(url)
            if extras_text:
                extras = sorted(canonicalize_name(e) for e in Requirement("placeholder" + extras_text.lower()).extras)
    if link is not None:
        if link.is_wheel:
            wheel = Wheel(link.filename)
            req = Requirement(f"{wheel.name}=={wheel.version}")
        elif link.egg_fragment:
            req = Requirement(link.egg_fragment)
        else:
            return {"name": None}
        extras = sorted(set(extras) | {canonicalize_name(e) for e in req.extras})
        url_out = text if is_url(text) else _strip_extras(text)[0]
        return {
            "name": canonicalize_name(req.name),
            "specifier": sorted(str(s) for s in req.specifier),
            "extras": extras,
            "marker": marker,
            "url": url_out,
        }
    req = Requirement(text)
    return {
        "name": canonicalize_name(req.name),
        "specifier": sorted(str(s) for s in req.specifier),
        "extras": sorted(canonicalize_name(e) for e in req.extras),
        "marker": marker if marker is not None else (str(req.marker) if req.marker else None),
        "url": req.url,
    }


def describe_editable(text: str) -> dict:
    name, url, extras = parse_editable(text)
    if not name:
        return {"name": None}
    req = Requirement(name)
    return {
        "name": canonicalize_name(req.name),
        "specifier": sorted(str(s) for s in req.specifier),
        "extras": sorted({canonicalize_name(e) for e in extras} | {canonicalize_name(e) for e in req.extras}),
        "marker": None,
        "url": url,
    }


def describe_file(path: Path, display: str) -> dict:
    _, content = get_file_content(str(path), session=None)  # type: ignore[arg-type]
    line_parser = get_line_parser(None)
    result: dict = {"path": display, "requirements": [], "unnamed": [], "errors": [], "includes": []}
    for line_number, line in preprocess(content):
        try:
            args, opts = line_parser(line)
        except OptionParsingError:
            result["errors"].append(line_number)
            continue
        except SystemExit:  # pragma: no cover - optparse exits on some errors
            result["errors"].append(line_number)
            continue
        editable = not args and bool(opts.editables)
        if args or editable:
            try:
                described = describe_editable(opts.editables[0]) if editable else describe_requirement(args)
            except Exception:  # noqa: BLE001 - pip would stop on this line
                result["errors"].append(line_number)
                continue
            if described["name"] is None:
                result["unnamed"].append(line_number)
                continue
            hashes = 0 if editable else sum(len(v) for v in (opts.hashes or {}).values())
            result["requirements"].append(
                {**described, "editable": editable, "hashes": hashes, "line": line_number}
            )
        elif opts.requirements or opts.constraints:
            kind = "requirement" if opts.requirements else "constraint"
            target = (opts.requirements or opts.constraints)[0]
            result["includes"].append({"kind": kind, "target": target, "line": line_number})
    return result


def main() -> int:
    for name in list(os.environ):
        if name.isupper() and name not in ENV and name.startswith(("INDEX_", "MCP_")):
            del os.environ[name]
    os.environ.update(ENV)
    os.environ.pop("UNSET_VAR", None)
    files = []
    # An empty working directory: relative paths in the files must not exist.
    with tempfile.TemporaryDirectory() as empty:
        os.chdir(empty)
        for path in sorted(FIXTURES.rglob("*")):
            if path.is_file():
                files.append(describe_file(path, path.relative_to(ROOT).as_posix()))
        corpus = []
        if CORPUS.is_dir():
            for path in sorted(CORPUS.rglob("*")):
                name = path.name.lower()
                if path.is_file() and name.endswith((".txt", ".in")) and ("requirements" in name or "constraints" in name):
                    corpus.append(describe_file(path, path.relative_to(CORPUS).as_posix()))
        else:
            print(f"warning: {CORPUS} not found; corpus vectors left empty", file=sys.stderr)
    data = {
        "generator": "scripts/gen-pip-vectors.py",
        "pip": __import__("pip").__version__,
        "packaging": __import__("packaging").__version__,
        "env": ENV,
        "fixtures": files,
        "corpus": corpus,
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(files)} fixtures, {len(corpus)} corpus files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
