#!/usr/bin/env python3
"""Truth data for the end-to-end corpus conformance test (test/conformance/corpus.test.ts).

For every dependency file under the corpus (pyproject.toml, *requirements*.txt, uv.lock, pylock.toml /
pylock.<name>.toml, poetry.lock) this records what Python's own tools read in it (`*requirements*.txt`, and the other names pin-audit's
discovery reads as requirements files: constraints*.txt, requirements/*.txt, pip-compile .in inputs):

- `requirements`: one entry per declared requirement, with the PEP 503 name
  (packaging.utils.canonicalize_name), the specifier as a SORTED list of `str(Specifier)` clauses, the
  extras (PEP 685 normalized with canonicalize_name, sorted), the marker as `str(Marker)`, the direct URL,
  the report's group name and the 1-based line where the requirement physically starts; for
  requirements files also the number of --hash values and whether the line is editable (-e);
- `locked`: one entry per locked package, with its name, version (null when the lock records none) and
  the 1-based line of the package's `name` key.

Where the values come from:
- PEP 508 strings (pyproject `[project] dependencies`, `[project.optional-dependencies]`,
  `[dependency-groups]`, `[build-system] requires`, `[tool.uv] dev-/constraint-/override-dependencies`):
  packaging 26.2's `Requirement`. `[dependency-groups]` is read with packaging's own
  `DependencyGroupResolver` (`lookup` gives each group's items in order, `include-group` included);
  includes are expanded here (the included requirements keep their own line and take the including
  group's name, as pin-audit reports them) and the result is checked against `resolver.resolve()`.
- requirements files: pip 23.2.1's own parser (`RequirementsFileParser`, which joins continuation lines,
  strips comments, reads options and follows -r/-c exactly as `pip install -r` does), then
  `handle_requirement_line` and `install_req_from_parsed_requirement` for each requirement line. pip
  vendors an older `packaging`, so a PEP 508 line is re-read with packaging 26.2 (its name is checked
  against pip's). An entry of an included file carries that file's own path and line.
- TOML values: tomllib. Locks: `[[package]]` (uv.lock, poetry.lock) and `[[packages]]` (pylock.toml).

What Python's tools do NOT give, and how it is derived here instead (say so when changing it):
- Lines of TOML values. tomllib keeps no positions, so each array element is located by scanning the raw
  text from its key's line for the element's string literal (basic or literal quoting), in order,
  skipping comments. Lock packages: the line of the `name = ` key inside each `[[package]]` block.
  This is a text scan, deliberately independent of pin-audit's TOML locator.
- Group names are pin-audit's (see src/model/types.ts): `project`, `optional:<extra>`, `group:<name>`
  (names PEP 503/685 normalized), `dev`, `constraint`, `override`, `build`, `poetry`,
  `poetry-group:<name>`, `requirements`, `constraints-file` (read through -c, or a file whose name starts
  with `constraints`).
- Poetry dependencies (`[tool.poetry.dependencies]`, `dev-dependencies`, `group.<g>.dependencies`): no
  Poetry here, so `^`/`~`/exact/wildcard/comparison constraints are translated by the small independent
  port of poetry-core's rules below (`poetry_to_pep440`). Anything outside those forms (unions `||`,
  pre-releases in `^`/`~`, `python`/`platform` restrictions, git/path/url dependencies) makes this script
  stop with an error instead of guessing.
- `${VAR}` in requirements files: pip expands from os.environ; this script clears every variable of that
  shape first (pin-audit's test audits with an empty environment).
- uv.lock `[package.metadata]` (the lock's copy of the manifest) is not part of the report's
  `requirements`, so it is not recorded. `[tool.uv] build-constraint-dependencies` and the
  `[tool.hatch.metadata.hooks.*] dependencies` of dynamic projects are not among the tables pin-audit
  reports either; they are skipped.

Usage: python3 scripts/gen-corpus-expected.py [corpus-dir [output]]
  corpus-dir defaults to ../shared/corpus from the repo root, output to test/data/corpus/expected.json.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from packaging.dependency_groups import DependencyGroupInclude, DependencyGroupResolver
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.specifiers import Specifier
from packaging.utils import canonicalize_name
from packaging.version import Version
from pip._internal.network.session import PipSession
from pip._internal.req.constructors import install_req_from_parsed_requirement
from pip._internal.req.req_file import RequirementsFileParser, get_line_parser, handle_requirement_line

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "test" / "data" / "corpus" / "expected.json"


class NotDerivable(Exception):
    """Something this script cannot read with Python's tools; it stops rather than guess."""


# --- which files --------------------------------------------------------------------------------


def kind_of(path: Path) -> str | None:
    name = path.name
    if name == "pyproject.toml":
        return "pyproject"
    if name == "uv.lock":
        return "uv-lock"
    if name == "poetry.lock":
        return "poetry-lock"
    # PEP 751: pylock.toml or pylock.<name>.toml
    if re.fullmatch(r"pylock\.([^.]+\.)?toml", name):
        return "pylock"
    # pin-audit's discovery rule (src/discover/classify-file.ts), not Python's: pip reads any file it is given.
    lower = name.lower()
    if lower.endswith(".txt") or lower.endswith(".in"):
        if lower == "manifest.in":
            return None
        if "requirements" in lower or lower.startswith("constraints") or path.parent.name == "requirements":
            return "requirements"
        # pip-compile turns x.in into x.txt: an x.in next to an x.txt is an input file.
        if lower.endswith(".in") and path.with_name(name[:-3] + ".txt").is_file():
            return "requirements"
    return None


# --- records ------------------------------------------------------------------------------------


def requirement_record(req: Requirement, group: str, line: int, url: str | None = None) -> dict[str, Any]:
    return {
        "name": canonicalize_name(req.name),
        "specifier": sorted(str(s) for s in req.specifier),
        "extras": sorted({canonicalize_name(e) for e in req.extras}),
        "marker": str(req.marker) if req.marker is not None else None,
        "url": req.url if url is None else url,
        "group": group,
        "line": line,
    }


# --- locating TOML values in the raw text ---------------------------------------------------------

HEADER = re.compile(r"^\s*\[\[?\s*([^\[\]]+?)\s*\]\]?\s*(#.*)?$")
STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'')


def header_name(line: str) -> str | None:
    m = HEADER.match(line)
    if not m:
        return None
    return ".".join(part.strip().strip('"').strip("'") for part in m.group(1).split("."))


def is_comment_position(line: str, col: int) -> bool:
    """Whether column `col` of `line` lies inside a comment (a `#` outside any string before it)."""
    before = STRING.sub(lambda m: "x" * len(m.group(0)), line[:col])
    return "#" in before


def key_line(lines: list[str], table: str, key: str) -> int:
    """0-based index of the line holding `key = ` directly inside `[table]`."""
    inside = table == ""
    key_re = re.compile(r"^\s*(?:" + re.escape(key) + r'|"' + re.escape(key) + r'"|\'' + re.escape(key) + r"')\s*=")
    for index, line in enumerate(lines):
        name = header_name(line)
        if name is not None:
            inside = name == table
            continue
        if inside and key_re.match(line):
            return index
    raise NotDerivable(f"could not find `{key} =` in [{table}] by scanning the text")


def toml_literals(value: str) -> list[str]:
    """The ways a TOML string with this value is usually written."""
    forms = ['"' + json.dumps(value, ensure_ascii=False)[1:-1] + '"']
    if "'" not in value and "\n" not in value:
        forms.append("'" + value + "'")
    return forms


class Cursor:
    """A position in the raw text, moved forward past each located literal."""

    def __init__(self, lines: list[str], line: int) -> None:
        self.lines = lines
        self.line = line
        self.col = lines[line].index("=") + 1

    def find(self, literal_forms: list[str], what: str) -> int:
        """1-based line of the next occurrence of one of `literal_forms` outside comments."""
        line, col = self.line, self.col
        while line < len(self.lines):
            text = self.lines[line]
            best: int | None = None
            best_len = 0
            for form in literal_forms:
                start = col
                while True:
                    at = text.find(form, start)
                    if at < 0 or not is_comment_position(text, at):
                        break
                    start = at + 1
                if at >= 0 and (best is None or at < best):
                    best, best_len = at, len(form)
            if best is not None:
                self.line, self.col = line, best + best_len
                return line + 1
            line, col = line + 1, 0
        raise NotDerivable(f"could not find {what} in the text after line {self.line + 1}")


def locate_array(lines: list[str], table: str, key: str, values: list[Any]) -> list[int | None]:
    """Lines of the string elements of the array `table.key` (None for non-string elements)."""
    cursor = Cursor(lines, key_line(lines, table, key))
    out: list[int | None] = []
    for value in values:
        if isinstance(value, str):
            out.append(cursor.find(toml_literals(value), repr(value)))
        elif isinstance(value, dict) and set(value) == {"include-group"}:
            # Move past the include table so a later equal string is not matched inside it.
            cursor.find(["include-group"], "include-group")
            cursor.find(toml_literals(value["include-group"]), repr(value["include-group"]))
            out.append(None)
        else:
            raise NotDerivable(f"[{table}] {key}: an element that is neither a string nor an include: {value!r}")
    return out


def get(doc: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if not isinstance(doc, dict) or key not in doc:
            return None
        doc = doc[key]
    return doc


# --- pyproject.toml -------------------------------------------------------------------------------


def read_pyproject(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    doc = tomllib.loads(text)
    out: list[dict[str, Any]] = []

    def pep508_array(table: str, key: str, group: str) -> None:
        values = get(doc, *table.split("."), key)
        if values is None:
            return
        for value, line in zip(values, locate_array(lines, table, key, values), strict=True):
            assert line is not None
            out.append(requirement_record(Requirement(value), group, line))

    pep508_array("project", "dependencies", "project")
    for extra in get(doc, "project", "optional-dependencies") or {}:
        pep508_array("project.optional-dependencies", extra, f"optional:{canonicalize_name(extra)}")

    groups = get(doc, "dependency-groups")
    if groups is not None:
        out.extend(read_dependency_groups(lines, groups))

    pep508_array("build-system", "requires", "build")
    pep508_array("tool.uv", "dev-dependencies", "dev")
    pep508_array("tool.uv", "constraint-dependencies", "constraint")
    pep508_array("tool.uv", "override-dependencies", "override")

    poetry = get(doc, "tool", "poetry")
    if poetry is not None:
        out.extend(read_poetry_table(lines, doc, "tool.poetry.dependencies", "poetry"))
        out.extend(read_poetry_table(lines, doc, "tool.poetry.dev-dependencies", "poetry-group:dev"))
        for name in get(doc, "tool", "poetry", "group") or {}:
            table = f"tool.poetry.group.{name}.dependencies"
            out.extend(read_poetry_table(lines, doc, table, f"poetry-group:{name}"))
    return out


def read_dependency_groups(lines: list[str], groups: dict[str, Any]) -> list[dict[str, Any]]:
    resolver = DependencyGroupResolver(groups)
    raw_name = {canonicalize_name(key): key for key in groups}
    own: dict[str, list[tuple[Requirement | DependencyGroupInclude, int | None]]] = {}
    for normalized, key in raw_name.items():
        items = resolver.lookup(normalized)
        item_lines = locate_array(lines, "dependency-groups", key, groups[key])
        own[normalized] = list(zip(items, item_lines, strict=True))

    def expand(name: str) -> list[tuple[Requirement, int]]:
        result: list[tuple[Requirement, int]] = []
        for item, line in own[name]:
            if isinstance(item, DependencyGroupInclude):
                result.extend(expand(canonicalize_name(item.include_group)))
            else:
                assert line is not None
                result.append((item, line))
        return result

    out: list[dict[str, Any]] = []
    for name in raw_name:
        expanded = expand(name)
        # packaging's own resolution must list the same requirements in the same order.
        resolved = [str(r) for r in resolver.resolve(name)]
        if [str(r) for r, _ in expanded] != resolved:
            raise NotDerivable(f"[dependency-groups] {name}: expansion {expanded} differs from packaging's {resolved}")
        out.extend(requirement_record(req, f"group:{name}", line) for req, line in expanded)
    return out


# A small independent port of poetry-core's constraint rules (poetry/core/constraints/version/parser.py):
# `^` allows changes that do not modify the left-most non-zero release part, `~X.Y` allows patch changes
# (`~X` minor ones); upper bounds keep the precision of the version written (`^1.2.3` -> `<2.0.0`).
POETRY_PLAIN_VERSION = re.compile(r"^v?(\d+(?:\.\d+)*)$")


def poetry_release(text: str, constraint: str) -> list[int]:
    m = POETRY_PLAIN_VERSION.match(text)
    if not m:
        raise NotDerivable(f"Poetry constraint {constraint!r}: only plain release versions are translated here")
    return [int(part) for part in m.group(1).split(".")]


def bump(release: list[int], index: int) -> str:
    """`release` with part `index` incremented and every later part zeroed, same precision."""
    bumped = release[:index] + [release[index] + 1] + [0] * (len(release) - index - 1)
    return ".".join(str(part) for part in bumped)


def poetry_to_pep440(constraint: str) -> list[str]:
    text = constraint.strip()
    if "||" in text or "|" in text:
        raise NotDerivable(f"Poetry constraint {constraint!r}: unions are not translated here")
    if text in ("", "*"):
        return []
    clauses: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        if part.startswith("^"):
            release = poetry_release(part[1:].strip(), constraint)
            # poetry-core Version.next_breaking: next major unless major is 0 (or alone), then next minor
            # unless minor is 0 (or last), then next patch.
            if release[0] > 0 or len(release) == 1:
                index = 0
            elif release[1] > 0 or len(release) == 2:
                index = 1
            else:
                index = 2
            clauses += [f">={Version(part[1:].strip())}", f"<{bump(release, index)}"]
        elif part.startswith("~") and not part.startswith("~="):
            release = poetry_release(part[1:].strip(), constraint)
            index = 0 if len(release) == 1 else 1
            clauses += [f">={Version(part[1:].strip())}", f"<{bump(release, index)}"]
        elif re.fullmatch(r"(==|!=|>=|<=|>|<|~=)\s*\S+", part):
            clauses.append(str(Specifier(part)))
        elif re.fullmatch(r"\d+(\.\d+)*\.\*", part):
            clauses.append(f"=={part}")
        else:
            poetry_release(part, constraint)
            clauses.append(f"=={Version(part)}")
    return sorted(str(Specifier(c)) for c in clauses)


def read_poetry_table(lines: list[str], doc: dict[str, Any], table: str, group: str) -> list[dict[str, Any]]:
    deps = get(doc, *table.split("."))
    out: list[dict[str, Any]] = []
    for key, value in (deps or {}).items():
        if group == "poetry" and key == "python":
            continue  # the project's Python range, not a requirement
        extras: list[str] = []
        marker: str | None = None
        if isinstance(value, str):
            version = value
        elif isinstance(value, dict) and set(value) <= {"version", "extras", "markers", "optional"}:
            version = value.get("version", "*")
            extras = value.get("extras", [])
            if "markers" in value:
                marker = str(Marker(value["markers"]))
        else:
            raise NotDerivable(f"[{table}] {key}: only version strings and {{version, extras, markers}} are translated")
        out.append(
            {
                "name": canonicalize_name(key),
                "specifier": poetry_to_pep440(version),
                "extras": sorted({canonicalize_name(e) for e in extras}),
                "marker": marker,
                "url": None,
                "group": group,
                "line": key_line(lines, table, key) + 1,
            }
        )
    return out


# --- requirements files ---------------------------------------------------------------------------


def read_requirements(path: Path, corpus: Path) -> dict[str, list[dict[str, Any]]]:
    """Requirements pip reads through `path`, keyed by the corpus-relative file each one is in."""
    session = PipSession()
    parser = RequirementsFileParser(session, get_line_parser(None))
    constraints_by_name = path.name.lower().startswith("constraints")
    out: dict[str, list[dict[str, Any]]] = {}
    for parsed_line in parser.parse(str(path), constraints_by_name):
        if not parsed_line.is_requirement:
            continue
        parsed = handle_requirement_line(parsed_line)
        install_req = install_req_from_parsed_requirement(parsed)
        file = Path(parsed_line.filename).resolve().relative_to(corpus).as_posix()
        group = "constraints-file" if parsed_line.constraint else "requirements"
        if install_req.req is not None and not parsed.is_editable and install_req.link is None:
            req = Requirement(parsed.requirement)
            if canonicalize_name(req.name) != canonicalize_name(install_req.req.name):
                raise NotDerivable(f"{file}:{parsed_line.lineno}: pip and packaging read different names")
            record = requirement_record(req, group, parsed_line.lineno)
        elif install_req.name is not None and install_req.link is not None:
            # A URL, path or editable line: pip derives the name (#egg=, wheel file name, `name @`).
            record = {
                "name": canonicalize_name(install_req.name),
                "specifier": sorted(str(s) for s in install_req.specifier),
                "extras": sorted({canonicalize_name(e) for e in install_req.extras}),
                "marker": str(Marker(str(install_req.markers))) if install_req.markers is not None else None,
                "url": install_req.link.url,
                "group": group,
                "line": parsed_line.lineno,
            }
        else:
            raise NotDerivable(f"{file}:{parsed_line.lineno}: pip could not name the requirement {parsed.requirement!r}")
        # pip keeps --hash values as {algorithm: [digest, ...]}; the report counts them.
        record["hashes"] = sum(len(v) for v in ((parsed.options or {}).get("hashes") or {}).values())
        record["editable"] = parsed.is_editable
        out.setdefault(file, []).append(record)
    return out


# --- locks ----------------------------------------------------------------------------------------


def read_lock(path: Path, kind: str) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    doc = tomllib.loads(text)
    array = "packages" if kind == "pylock" else "package"
    packages = doc.get(array, [])
    lines = name_lines(text.splitlines(), f"[[{array}]]")
    if len(lines) != len(packages):
        raise NotDerivable(f"{path}: {len(packages)} [[{array}]] tables but {len(lines)} headers in the text")
    out = []
    for package, line in zip(packages, lines, strict=True):
        if line is None:
            raise NotDerivable(f"{path}: a [[{array}]] block without a `name =` line")
        version = package.get("version")
        out.append({"name": canonicalize_name(package["name"]), "version": version, "line": line})
    return out


def name_lines(lines: list[str], header: str) -> list[int | None]:
    """1-based line of the `name =` key of each `header` block, in order."""
    out: list[int | None] = []
    inside = False
    for index, line in enumerate(lines):
        if header_name(line) is not None:
            inside = line.strip() == header
            if inside:
                out.append(None)
            continue
        if inside and out[-1] is None and re.match(r"^\s*name\s*=", line):
            out[-1] = index + 1
    return out


# --- main -----------------------------------------------------------------------------------------


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "corpus"
    corpus = corpus.resolve()
    out_path = Path(sys.argv[2]).resolve() if len(sys.argv) > 2 else OUT
    # pip expands ${VAR} from the environment; the test audits with none.
    for name in list(os.environ):
        if re.fullmatch(r"[A-Z0-9_]+", name):
            del os.environ[name]

    files: dict[str, dict[str, Any]] = {}
    requirement_keys: dict[str, set[tuple[Any, ...]]] = {}

    def entry(rel: str, kind: str) -> dict[str, Any]:
        # `discovered`: whether pin-audit finds the file by its name; a file only reached through -r/-c
        # (`-r common.txt`) is read, but is not a dependency file of its own.
        discovered = kind_of(corpus / rel) is not None
        return files.setdefault(rel, {"kind": kind, "discovered": discovered, "requirements": [], "locked": []})

    def add_requirement(rel: str, kind: str, record: dict[str, Any]) -> None:
        # A file reached twice (-r from two files) declares its requirements once.
        key = (record["line"], record["name"], record["group"])
        seen = requirement_keys.setdefault(rel, set())
        if key not in seen:
            seen.add(key)
            entry(rel, kind)["requirements"].append(record)

    skipped = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".nox"}
    paths = sorted(
        p for p in corpus.rglob("*") if p.is_file() and kind_of(p) and not skipped & set(p.relative_to(corpus).parts)
    )
    for path in paths:
        rel = path.relative_to(corpus).as_posix()
        kind = kind_of(path)
        assert kind is not None
        entry(rel, kind)
        try:
            if kind == "pyproject":
                for record in read_pyproject(path):
                    add_requirement(rel, kind, record)
            elif kind == "requirements":
                for file, records in read_requirements(path, corpus).items():
                    for record in records:
                        add_requirement(file, "requirements", record)
            else:
                entry(rel, kind)["locked"] = read_lock(path, kind)
        except NotDerivable as error:
            sys.exit(f"{rel}: {error}")

    for value in files.values():
        value["requirements"].sort(key=lambda r: (r["line"], r["name"], r["group"]))
    out_path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "generator": "scripts/gen-corpus-expected.py",
        "tools": {"packaging": __import__("packaging").__version__, "pip": __import__("pip").__version__},
        "files": dict(sorted(files.items())),
    }
    out_path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    total_req = sum(len(v["requirements"]) for v in files.values())
    total_locked = sum(len(v["locked"]) for v in files.values())
    print(f"wrote {out_path}: {len(files)} files, {total_req} requirements, {total_locked} locked")


if __name__ == "__main__":
    main()
