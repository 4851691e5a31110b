"""The audit a user would write themselves, as the benchmark's baseline: same discovery, same parsing,
the same lock-vs-manifest check, with Python's own tools (os.walk, tomllib, packaging, pip's
requirements parser). Prints a JSON summary on stdout.

Usage: python3 bench/baseline.py <fleet-dir>
"""

import json
import os
import re
import sys
import tomllib

from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version
from pip._internal.req.req_file import parse_requirements

# The directories pin-audit never enters (src/discover/discover-files.ts).
SKIPPED_DIRS = {".git", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".nox"}
PYLOCK = re.compile(r"^pylock\.[^.]+\.toml$")


def classify(dirpath: str, base: str, siblings: set) -> str | None:
    """The same file kinds as src/discover/classify-file.ts."""
    lower = base.lower()
    parent = os.path.basename(dirpath)
    if base == "pyproject.toml":
        return "pyproject"
    if base == "uv.lock":
        return "uv-lock"
    if base == "poetry.lock":
        return "poetry-lock"
    if base == "pylock.toml" or PYLOCK.match(base):
        return "pylock"
    if lower.endswith(".txt") or lower.endswith(".in"):
        if lower == "manifest.in":
            return None
        if "requirements" in lower or lower.startswith("constraints") or parent == "requirements":
            return "requirements"
        if lower.endswith(".in") and f"{base[:-3]}.txt" in siblings:
            return "requirements"
    return None


def discover(root: str) -> dict:
    projects: dict = {}
    for dirpath, dirnames, filenames in os.walk(root):
        if "pyvenv.cfg" in filenames:
            dirnames[:] = []
            continue
        dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS)
        siblings = set(filenames)
        for base in sorted(filenames):
            kind = classify(dirpath, base, siblings)
            if kind is not None:
                projects.setdefault(dirpath, []).append((kind, os.path.join(dirpath, base)))
    return projects


def declared_from_pyproject(path: str) -> list:
    with open(path, "rb") as f:
        data = tomllib.load(f)
    project = data.get("project", {})
    texts = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        texts.extend(extra)
    for group in data.get("dependency-groups", {}).values():
        texts.extend(t for t in group if isinstance(t, str))
    texts.extend(data.get("tool", {}).get("uv", {}).get("dev-dependencies", []))
    return [(Requirement(text), path) for text in texts]


def declared_from_requirements(path: str) -> list:
    out = []
    # Local files only: pip reads them without a network session.
    for parsed in parse_requirements(path, session=None):
        if parsed.is_editable:
            continue
        try:
            out.append((Requirement(parsed.requirement), path))
        except InvalidRequirement:
            pass  # a URL or path line: nothing to compare with the lock
    return out


def locked_from_uv_lock(path: str) -> dict:
    with open(path, "rb") as f:
        data = tomllib.load(f)
    locked = {}
    for package in data.get("package", []):
        version = package.get("version")
        if version is not None:
            locked.setdefault(canonicalize_name(package["name"]), []).append(Version(version))
    return locked


def audit(root: str) -> dict:
    summary = {"projects": 0, "files": 0, "requirements": 0, "locked": 0, "mismatches": 0, "errors": 0}
    specifier_cache: dict = {}
    for files in discover(root).values():
        summary["projects"] += 1
        declared = []
        locked: dict = {}
        for kind, path in files:
            summary["files"] += 1
            try:
                if kind == "pyproject":
                    declared.extend(declared_from_pyproject(path))
                elif kind == "requirements":
                    declared.extend(declared_from_requirements(path))
                elif kind == "uv-lock":
                    locked.update(locked_from_uv_lock(path))
            except Exception:  # a file the tools reject counts as an error, as pin-audit reports one
                summary["errors"] += 1
        summary["requirements"] += len(declared)
        summary["locked"] += sum(len(v) for v in locked.values())
        # The lock-vs-manifest check: every declared requirement's locked version satisfies its specifier.
        for requirement, _path in declared:
            versions = locked.get(canonicalize_name(requirement.name))
            if not versions:
                continue
            text = str(requirement.specifier)
            specifier = specifier_cache.get(text)
            if specifier is None:
                specifier = specifier_cache[text] = SpecifierSet(text)
            if not any(specifier.contains(v, prereleases=True) for v in versions):
                summary["mismatches"] += 1
    return summary


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 bench/baseline.py <fleet-dir>")
    json.dump(audit(sys.argv[1]), sys.stdout)
    sys.stdout.write("\n")
    # Without /usr/bin/time the benchmark asks the process for its own resource usage.
    usage_file = os.environ.get("PIN_AUDIT_BENCH_USAGE")
    if usage_file:
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        with open(usage_file, "w") as f:
            json.dump({"cpuMs": (usage.ru_utime + usage.ru_stime) * 1000, "maxRssKb": usage.ru_maxrss}, f)
