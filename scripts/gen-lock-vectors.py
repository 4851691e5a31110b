#!/usr/bin/env python3
"""Truth data for the lock parsers (test/parse/*-lock.test.ts, pylock.test.ts).

Reads every uv.lock, pylock.toml (and pylock.<name>.toml) and poetry.lock under the corpus with
Python's own TOML reader (tomllib) and records, per locked package: its PEP 503 normalized name,
version, source kind, source URL, the 1-based line of its `name` key (found by scanning the raw
text, independently of any TOML parser) and, for pylock.toml, the latest upload time of its files.

The same is recorded for the well-formed fixtures under test/fixtures/locks, so the hand-written
expectations of the unit tests are checked against tomllib as well.

Usage: python3 scripts/gen-lock-vectors.py [corpus-dir]   (default: ../shared/corpus from the repo root)
Writes test/data/locks/expected.json.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "test" / "data" / "locks" / "expected.json"

UV_SOURCE_KEYS = ("registry", "git", "url", "path", "directory", "editable", "virtual")
POETRY_SOURCE_TYPES = {
    "git": "git",
    "url": "url",
    "file": "path",
    "directory": "directory",
    "legacy": "registry",
}


def normalize(name: str) -> str:
    # PEP 503
    return re.sub(r"[-_.]+", "-", name).lower()


def kind_of(path: Path) -> str | None:
    if path.name == "uv.lock":
        return "uv-lock"
    if path.name == "poetry.lock":
        return "poetry-lock"
    # PEP 751: pylock.toml or pylock.<name>.toml
    if re.fullmatch(r"pylock\.([^.]+\.)?toml", path.name):
        return "pylock"
    return None


def name_lines(text: str, header: str) -> list[int]:
    """Line of each `header` block's `name` key (or of the header when it has none), in order."""
    lines = text.splitlines()
    result: list[int] = []
    index = 0
    while index < len(lines):
        if lines[index].strip() == header:
            header_line = index + 1
            found = header_line
            index += 1
            while index < len(lines) and not lines[index].lstrip().startswith("["):
                if re.match(r"\s*name\s*=", lines[index]):
                    found = index + 1
                    break
                index += 1
            result.append(found)
        else:
            index += 1
    return result


def uv_source(package: dict) -> tuple[str, str | None]:
    source = package.get("source")
    if isinstance(source, dict):
        for key in UV_SOURCE_KEYS:
            if key in source:
                return key, source[key]
    return "unknown", None


def poetry_source(package: dict) -> tuple[str, str | None]:
    source = package.get("source")
    if not isinstance(source, dict):
        return "registry", None
    kind = POETRY_SOURCE_TYPES.get(source.get("type"), "unknown")
    if kind == "directory" and package.get("develop") is True:
        kind = "editable"
    return kind, source.get("url")


def pylock_source(package: dict) -> tuple[str, str | None]:
    if isinstance(package.get("vcs"), dict):
        vcs = package["vcs"]
        return "git", vcs.get("url", vcs.get("path"))
    if isinstance(package.get("directory"), dict):
        directory = package["directory"]
        return ("editable" if directory.get("editable") is True else "directory"), directory.get("path")
    if isinstance(package.get("archive"), dict):
        archive = package["archive"]
        if "url" in archive:
            return "url", archive["url"]
        return "path", archive.get("path")
    if "sdist" in package or "wheels" in package:
        return "registry", package.get("index")
    return "unknown", None


def iso_utc(value: datetime.datetime) -> str:
    # Same shape as JavaScript's Date.prototype.toISOString(): UTC, milliseconds, "Z".
    if value.tzinfo is not None:
        value = value.astimezone(datetime.timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def pylock_upload_time(package: dict) -> str | None:
    files = list(package.get("wheels", []))
    for key in ("sdist", "archive"):
        if isinstance(package.get(key), dict):
            files.append(package[key])
    times = [f["upload-time"] for f in files if isinstance(f.get("upload-time"), datetime.datetime)]
    if not times:
        return None
    latest = max(times, key=lambda t: t.replace(tzinfo=t.tzinfo or datetime.timezone.utc))
    return iso_utc(latest)


def vectors_for(path: Path, kind: str) -> dict:
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    key, header, source_of = {
        "uv-lock": ("package", "[[package]]", uv_source),
        "poetry-lock": ("package", "[[package]]", poetry_source),
        "pylock": ("packages", "[[packages]]", pylock_source),
    }[kind]
    packages = data.get(key, [])
    lines = name_lines(text, header)
    assert len(lines) == len(packages), f"{path}: {len(lines)} headers for {len(packages)} packages"
    result = []
    for package, line in zip(packages, lines):
        source, source_url = source_of(package)
        entry = {
            "name": normalize(package["name"]),
            "version": package.get("version"),
            "source": source,
            "sourceUrl": source_url,
            "line": line,
        }
        if kind == "pylock":
            entry["uploadTime"] = pylock_upload_time(package)
        result.append(entry)
    return {"kind": kind, "packages": result}


def vectors_under(directory: Path, skip: str | None = None) -> dict:
    files = {}
    for path in sorted(directory.rglob("*")):
        kind = kind_of(path)
        relative = path.relative_to(directory).as_posix()
        if kind is not None and path.is_file() and (skip is None or skip not in relative):
            files[relative] = vectors_for(path, kind)
    return files


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "corpus"
    files = vectors_under(corpus.resolve())
    # The unit-test fixtures too, except those that are deliberately broken.
    fixtures = vectors_under(REPO / "test" / "fixtures" / "locks", skip="bad-entries")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    document = {"files": files, "fixtures": fixtures}
    OUT.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    total = sum(len(v["packages"]) for v in files.values())
    print(f"wrote {OUT.relative_to(REPO)}: {len(files)} corpus locks ({total} packages), {len(fixtures)} fixtures")


if __name__ == "__main__":
    main()
