#!/usr/bin/env python3
"""Truth data for src/parse/toml.ts (test/parse/toml.test.ts).

Python's tomllib (TOML 1.0) is the reference for what a TOML file means. This script records:
- `cases`: small tricky documents (TOML 1.1 additions, BOM, bare CR, impossible dates, ...) with
  tomllib's verdict and, when it accepts them, the value;
- `files`: tomllib's value for every .toml under test/fixtures/pyproject (key `fixtures/<path>`), and
  for every .toml/.lock in the corpus (key `corpus/<path>`) the SHA-256 of its canonical JSON (keys
  sorted, no spaces, UTF-8), which keeps multi-megabyte locks out of the repository;
- `projectDependencyLines`: for each pyproject.toml, the 1-based line of every `[project] dependencies`
  element, found by scanning the raw text for the quoted string (independently of any TOML parser).

Values are JSON with tags where JSON has no equivalent: numbers as {"$num": "<JavaScript text>"}
(so big integers survive and nan/inf have a spelling), dates and times as {"$datetime": true}.

Usage: python3 scripts/gen-toml-expected.py [corpus-dir]   (default: ../shared/corpus from the repo root)
Writes test/data/toml/expected.json.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import math
import re
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "test" / "data" / "toml" / "expected.json"
FIXTURES = REPO / "test" / "fixtures" / "pyproject"

# Each case shows one place where TOML readers disagree; tomllib's answer is the expectation.
CASES: list[tuple[str, str]] = [
    ("byte order mark", "\ufeffa = 1\n"),
    ("bare CR line ending", "a = 1\rb = 2\n"),
    ("CRLF line endings", "a = 1\r\nb = 2\r\n"),
    ("CR inside a string", 'a = "x\ry"\n'),
    ("\\e escape (TOML 1.1)", 'a = "\\e"\n'),
    ("\\x escape (TOML 1.1)", 'a = "\\x41"\n'),
    ("\\e in a multi-line string", 'a = """x\\ey"""\n'),
    ("escaped backslash before e", 'a = "\\\\e"\n'),
    ("inline table trailing comma (TOML 1.1)", "a = { b = 1, }\n"),
    ("inline table across lines (TOML 1.1)", "a = {\n b = 1 }\n"),
    ("time without seconds (TOML 1.1)", "a = 07:32\n"),
    ("datetime without seconds (TOML 1.1)", "a = 1979-05-27 07:32\n"),
    ("offset datetime without seconds", "a = 1979-05-27T07:32Z\n"),
    ("February 30", "a = 2024-02-30\n"),
    ("February 29 in a common year", "a = 2023-02-29\n"),
    ("February 29 in a leap year", "a = 2024-02-29\n"),
    ("datetime with space separator", "a = 1979-05-27 07:32:00\n"),
    ("control character in a comment", "a = 1 # c \u0001\n"),
    ("DEL in a string", 'a = "\u007f"\n'),
    ("unicode bare key (TOML 1.1)", "\u00e9 = 1\n"),
    ("dotted key redefines a table", "a.b = 1\n[a]\nc = 2\n"),
    ("super table after sub table", "[a.b]\nc = 1\n[a]\nd = 2\n"),
    ("array of tables then a static table", "[[a]]\n[a]\n"),
    ("duplicate key", "a = 1\na = 2\n"),
    ("quoted keys with dots", "\"a.b\" = 1\n'c'.\"d\" = 2\n"),
    ("multi-line string ending in quotes", 'a = """x"""""\n'),
    ("literal multi-line ending in quotes", "a = '''\n'''''\n"),
    ("line-ending backslash", 'k = """\\\n  x"""\n'),
    ("big integer", "a = 99999999999999999999\n"),
    ("hex, octal, binary", "a = 0xDEADbeef\nb = 0o777\nc = 0b101\n"),
    ("special floats", "a = inf\nb = -inf\nc = nan\n"),
    ("array trailing comma and comments", "a = [\n  1, # one\n  2,\n]\n"),
    ("empty quoted key", '"" = 1\n'),
    ("unicode escape to a surrogate", 'a = "\\ud800"\n'),
    ("missing value", "a =\n"),
    ("unterminated string", 'a = "x\n'),
]


def tag(value: object) -> object:
    if isinstance(value, dict):
        return {k: tag(v) for k, v in value.items()}
    if isinstance(value, list):
        return [tag(v) for v in value]
    if isinstance(value, bool) or isinstance(value, str):
        return value
    # JavaScript has one number type, so integers and floats share a tag, written as JavaScript would.
    if isinstance(value, int):
        return {"$num": str(value)}
    if isinstance(value, float):
        if math.isnan(value):
            return {"$num": "nan"}
        if math.isinf(value):
            return {"$num": "inf" if value > 0 else "-inf"}
        if value.is_integer() and abs(value) < 1e21:
            return {"$num": str(int(value))}
        return {"$num": repr(value)}
    # smol-toml and tomllib keep different sub-second precision; only the kind of value is compared.
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return {"$datetime": True}
    raise TypeError(f"unexpected TOML value {value!r}")


def error_line(error: tomllib.TOMLDecodeError) -> int | None:
    match = re.search(r"at line (\d+)", str(error))
    return int(match.group(1)) if match else None


def project_dependency_lines(text: str) -> list[dict[str, object]]:
    """Lines of `[project] dependencies` elements, by scanning the raw text."""
    deps = tomllib.loads(text).get("project", {}).get("dependencies")
    if not isinstance(deps, list):
        return []
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip() == "[project]")
    key = next(i for i in range(start + 1, len(lines)) if re.match(r"\s*dependencies\s*=", lines[i]))
    out = []
    row = key
    for dep in deps:
        quoted = (json.dumps(dep), f"'{dep}'")
        while not any(q in lines[row] for q in quoted):
            row += 1
        out.append({"index": len(out), "requirement": dep, "line": row + 1})
    return out


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "corpus"
    cases = []
    for name, text in CASES:
        try:
            cases.append({"name": name, "text": text, "ok": True, "value": tag(tomllib.loads(text))})
        except tomllib.TOMLDecodeError as error:
            cases.append({"name": name, "text": text, "ok": False, "line": error_line(error), "error": str(error)})

    files: dict[str, object] = {}
    dependency_lines: dict[str, object] = {}
    sources = [("fixtures", FIXTURES, sorted(FIXTURES.rglob("*.toml")))]
    sources.append(("corpus", corpus, sorted(p for p in corpus.rglob("*") if p.suffix in (".toml", ".lock"))))
    for prefix, root, paths in sources:
        for path in paths:
            key = f"{prefix}/{path.relative_to(root).as_posix()}"
            text = path.read_bytes().decode("utf-8")
            try:
                value = tag(tomllib.loads(text))
                if prefix == "corpus":
                    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
                    files[key] = {"$sha256": hashlib.sha256(canonical.encode("utf-8")).hexdigest()}
                else:
                    files[key] = value
            except tomllib.TOMLDecodeError as error:
                files[key] = {"$error": str(error), "line": error_line(error)}
                continue
            if path.name == "pyproject.toml":
                dependency_lines[key] = project_dependency_lines(text)

    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = {"cases": cases, "files": files, "projectDependencyLines": dependency_lines}
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
