#!/usr/bin/env python3
"""Write test/data/unsatisfiable/declarations.json: requirement declarations and whether any version satisfies
them, according to Python `packaging` (SpecifierSet.is_unsatisfiable, packaging >= 26).

Deterministic (fixed seed). Run from the repository root:
    python3 scripts/gen-unsatisfiable-vectors.py

Each declaration is a PEP 508 string `pkgN<specifier>` with two or three clauses whose versions are drawn
from a small shared pool, so that clauses interact (about half of them admit no version). Layout:
  declarations: [requirement string, specifier as written, is_unsatisfiable, a version packaging admits
                 (prereleases=True) or null]
"""

import json
import random
from pathlib import Path

import packaging
from packaging.requirements import Requirement
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import Version

SEED = 508
COUNT = 300
OUT = Path("test/data/unsatisfiable/declarations.json")
rng = random.Random(SEED)

POOL = [
    "0.9", "1", "1.0", "1.0.1", "1.2", "1.2.3", "1.3", "2", "2.0", "2.0.0rc1", "2.1", "3.23.27",
    "4.9", "9.4.0b1", "9.4", "27.3", "27.3.1", "1.0.post1", "1.0.dev0", "1.0a1", "1!1.0", "1.0+local",
]
OPERATORS = ["==", "!=", "<", "<=", ">", ">=", "~=", "==*", "!=*"]


def clause():
    op = rng.choice(OPERATORS)
    v = rng.choice(POOL)
    if op.endswith("*"):
        return f"{op[:-1]}{v.split('+')[0]}.*"
    return f"{op}{v}"


def witness(spec: SpecifierSet, texts):
    """A version packaging admits among the clauses' own versions and their neighbours, else None."""
    candidates = []
    for t in texts:
        base = t.split("+")[0].rstrip(".*").rstrip(".")
        v = Version(base)
        rel = list(v.release)
        candidates += [base, f"{base}.post1", f"{base}.dev0", f"{base}a1", t.rstrip(".*")]
        for i in range(len(rel)):
            up = rel[:i] + [rel[i] + 1] + [0] * (len(rel) - i - 1)
            candidates.append(".".join(map(str, up)))
            if rel[i] > 0:
                down = rel[:i] + [rel[i] - 1] + [0] * (len(rel) - i - 1)
                candidates.append(".".join(map(str, down)))
                candidates.append(".".join(map(str, down)) + ".99")
    candidates += ["0", "0.dev0", "100"]
    for c in candidates:
        try:
            if spec.contains(c, prereleases=True):
                return c
        except Exception:
            continue
    return None


def main():
    out = []
    seen = set()
    while len(out) < COUNT:
        clauses = [clause() for _ in range(rng.choice([2, 2, 3]))]
        text = ",".join(clauses)
        try:
            spec = SpecifierSet(text)
        except InvalidSpecifier:
            continue
        if text in seen:
            continue
        seen.add(text)
        name = f"pkg{len(out)}"
        Requirement(f"{name}{text}")  # must be a valid PEP 508 string
        unsat = spec.is_unsatisfiable()
        found = None if unsat else witness(spec, [c.lstrip("=!<>~") for c in clauses])
        out.append([f"{name}{text}", text, unsat, found])
    data = {
        "generator": "scripts/gen-unsatisfiable-vectors.py",
        "packaging": packaging.__version__,
        "seed": SEED,
        "declarations": out,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, indent=None, separators=(",", ":")) + "\n")
    print(f"{len(out)} declarations, {sum(1 for d in out if d[2])} unsatisfiable")


main()
