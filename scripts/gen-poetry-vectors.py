#!/usr/bin/python3
"""Write test/data/poetry/vectors.json: truth data from poetry-core for src/parse/poetry-constraint.ts.

Run from the repository root with Debian's system Python, which has poetry-core
(`apt-get install -y python3-poetry-core`, 1.4.0; the pyenv Python has no poetry-core):
    /usr/bin/python3 scripts/gen-poetry-vectors.py

Deterministic: fixed seed, no clock, no environment.

Each vector is one Poetry constraint string, as a user writes it in [tool.poetry.dependencies]:
  constraint  the input
  accepted    whether poetry-core's parse_constraint accepts it
  error       poetry-core's message when it does not
  kind        the class parse_constraint returns (Version, VersionRange, VersionUnion, EmptyConstraint)
  str         str() of that constraint (its own notation; unions print as "A || B")
  pep508      the version part of Dependency("x", constraint).to_pep_508(), without "x (" and ")";
              "" for any version. This is exactly what Poetry writes to package metadata: poetry-core's
              masonry/metadata.py builds Requires-Dist as [d.to_pep_508() for d in package.requires],
              and Factory builds those Dependency objects from the pyproject strings.
  pep440      a PEP 440 specifier set with the same versions as poetry-core's constraint, or null:
              pep508 when that has no "||" (less "*" pieces); otherwise the pieces of poetry-core's own AND-split, each
              rendered alone (to_pep_508 re-splits only on commas, so "!=1.5 !=1.6" comes out as
              "<1.5 || >1.5,<1.6 || >1.6"), or, for a union of ranges whose gaps are single versions,
              the hull plus "!=" each gap; either kept only if poetry-core parses it back to an equal
              constraint. Every candidate, pep508 too, must pass that check: for a union, to_pep_508's
              comma re-split can write a different set. null when the set is a true union or empty.
  union       true when poetry-core's constraint is a union of disjoint ranges with no single PEP 440
              specifier set (pep440 is null and the constraint is not empty)
  empty       true when poetry-core's constraint allows no version at all
  wildcard    true when a version in it ends in a wildcard (`1.2.*`, `1.x`). poetry-core 1.4.0 reads
              `1.2.*` as >=1.2.0,<1.3.0, `1.2.3.*` as 1.2.* (patch dropped) and `1.2.3.4.*` or `=1.2.*`
              as exact versions; later poetry-core (2.x) reads every `V.*` as PEP 440's ==V.*
              (its parser's _make_x_constraint_range: V.dev0 up to the next release's .dev0), so the
              set check is left to the unit tests for these and only acceptance is compared.
"""

import json
import random
import re
import sys
from pathlib import Path

import poetry.core
from poetry.core.constraints.version import EmptyConstraint, VersionRange, parse_constraint
from poetry.core.packages.dependency import Dependency

SEED = 508
OUT = Path("test/data/poetry/vectors.json")
# poetry-core's AND separator (constraints/version/parser.py), to re-render space-separated pieces.
WILDCARD = re.compile(r"[0-9a-zA-Z]\.[xX*]")
AND_SPLIT = re.compile(r"(?<!^)(?<![~=>< ,]) *(?<!-)[, ](?!-) *(?!,|$)")

HAND = [
    # caret
    "^1.2.3", "^0.10.11.post1", "^0.0.3", "^0", "^0.0", "^1", "^1.2", "^0.2.3", "^1.2.3.4",
    "^2.0.0a1", "^1.2.3rc1", "^1.2.3.post1", "^1!2.3", "^1.0-beta.2", "^0.0.0", "^0.0.1.dev1",
    "^1.0.0.dev0", "^v1.2", "^1.0+local", "^ 1.2", "^1.2.3.*", "^",
    # tilde
    "~1.2.3", "~1.2", "~1", "~ 1.2.3", "~0.0.1rc1", "~1.2.3.4", "~1.2.post1", "~1.2.3a1",
    # ~= as poetry-core reads it
    "~=1.2", "~=1.2.3", "~=1", "~=1.2.3.4", "~= 1.2", "~=1.2a1", "~=1.2.post2",
    # any
    "*", "", "  ", "x", "X", "*.*", "v*", "x.x.x",
    # wildcards
    "1.2.*", "1.*", "0.*", "!=0.*", "==1.*", "!=1.2.*", "=1.2.*", "1.2.3.*", "1.2.3.4.*", "01.2.*",
    ">=1.2.*", "<1.2.*", "==1.0a1.*", "1.2.x", "1.x", "!=1.x", "v1.2.*",
    # exact versions and comparisons
    "1.2.3", "==1.2.3", "=1.2.3", "v1.2.3", "1.2.3-post.1", "1.0RC1", "1.0+Local_1", "1.2.3+local",
    "!=1.5", "<>1.5", ">1", "<= 2.0", "dev", ">1.0a1", ">=1.0.dev0", "<2.0.post1", ">1.0+local",
    "==1!1.0", "!=1.0+local", "<1", "<0.0.1", ">=0",
    # intersections
    ">=1.2,<2", ">=1.2 <2", ">= 1.2, < 2", ">=1.2 , <2", ">=1.2,<2,", ">=1.2,  <2", ">=1.2  <2",
    "^1.2 !=1.4.1", ">=3.8,<3.13", ">=1.0,<2.0,!=1.5.*", ">=1.0 <2.0 !=1.5.*", "!=1.5,!=1.6",
    "!=1.5 !=1.6", ">=1,!=1.5,!=1.6,<2", "^1.2,!=1.3.*,!=1.5", ">2,<1", "==1.0,!=1.0", ">=1.0,<1.0",
    ">1.0,<=1.0", "^1.2,~1.3", "~1.2,^1.2", "1.2.*,!=1.2.3", "<1.5,>=1.5", ">=1.0a1,<1.0",
    " >=1.2 , <2 ", "\t^1.2\t",
    # unions
    "^1.0 || ^2.0", ">=1,<2 | >=3", "1.2||1.3", "^1 || ^2", ">=1,<2 || >=1.5,<3", "<1.5 || >=1.5",
    "~1.2 || ~1.3", "^0.1 || ^0.2 || ^0.3", ">=1,<2 || >=2,<3", ">=1,<2 || >2,<3", "1.0 || 1.0",
    "!=1.5 || !=1.6", ">=1 || <1", "1.2.* || 1.3.*", "^1.0||^2.0", "^1.0 | ^2.0", ">=3 || ^1.2",
    "^1 || banana", "||", "|", "^1 ||",
    # not Poetry syntax
    "<>1.5.*", "===1.0", "~>1.2", "latest", ">=", "1.2 -", "1.2 - 1.3", "banana", ">=1.0;", "1.0.",
    ".1", "==", "!", "1..2", "^1.2.3.x", "~=1.*", ">= 1.0,, <2", ",", " , ", ">=1,<2,,", ">1 <",
]


def pick(*options):
    return rng.choice(options)


def number():
    return pick("0", "0", "1", "1", "2", "3", "10", "01", "11")


def version(base):
    """A version near `base` (so that conjunctions are mostly satisfiable), with optional tags."""
    parts = list(base) if rng.random() < 0.7 else []
    length = rng.choice([1, 2, 2, 3, 3, 3, 4])
    parts = parts[: rng.randint(0, min(len(parts), length))]
    while len(parts) < length:
        parts.append(number())
    text = ".".join(parts)
    if rng.random() < 0.05:
        text = "v" + text
    if rng.random() < 0.2:
        text += pick("", "", "-", ".") + pick("a", "b", "rc", "alpha", "beta", "c", "RC") + pick("", "0", "1", "2")
    if rng.random() < 0.12:
        text += pick(".post", "post", "-post", "-", ".r") + pick("", "1", "2")
    if rng.random() < 0.1:
        text += pick(".dev", "dev", "-dev") + pick("", "0", "1")
    if rng.random() < 0.03:
        text += "+local"
    return text


def single(base):
    op = pick("^", "^", "~", "~", "~=", "==", "!=", "!=", "<", "<=", ">", ">=", ">=", "", "=", "*")
    if op == "*":
        return pick("*", "*", "1.*", "x")
    text = version(base)
    if rng.random() < 0.12:
        text += pick(".*", ".*", ".x")
    space = " " if rng.random() < 0.1 else ""
    return op + space + text


def conjunction():
    base = [number() for _ in range(3)]
    parts = [single(base) for _ in range(rng.choice([1, 1, 2, 2, 3]))]
    out = parts[0]
    for part in parts[1:]:
        out += pick(",", ",", ", ", " ", " , ") + part
    return out


def random_constraint():
    groups = [conjunction()]
    if rng.random() < 0.15:
        groups.append(conjunction())
    return pick(" || ", " || ", "||", " | ").join(groups)


def pep508_constraint(text):
    rendered = Dependency("x", text).to_pep_508()
    if rendered == "x":
        return ""
    assert rendered.startswith("x (") and rendered.endswith(")"), rendered
    return rendered[3:-1]


def pep440_form(text, constraint, pep508):
    # As Poetry writes it (less "*" pieces, which it leaves in when it re-splits a union on commas).
    candidates = [pep508.split(",")]
    if "|" not in text:
        # to_pep_508 re-splits only on commas: split as parse_constraint does, render each piece.
        pieces = AND_SPLIT.split(text.strip().rstrip(",").rstrip())
        candidates.append([str(parse_constraint(piece)) for piece in pieces])
    # A union of ranges whose gaps are single versions is their hull less those versions.
    ranges = getattr(constraint, "ranges", [])
    if ranges and all(
        a.max is not None and a.max == b.min and not a.include_max and not b.include_min
        for a, b in zip(ranges, ranges[1:])
    ):
        hull = VersionRange(ranges[0].min, ranges[-1].max, ranges[0].include_min, ranges[-1].include_max)
        candidates.append([str(hull)] + [f"!={r.max.text}" for r in ranges[:-1]])
    for rendered in candidates:
        if any("||" in piece for piece in rendered):
            continue
        joined = ",".join(piece for piece in rendered if piece not in ("*", ""))
        # Kept only if poetry-core reads it back as the same constraint: for unions to_pep_508's
        # comma re-split can write a different set (or nothing valid).
        if parse_constraint(joined or "*") == constraint:
            return joined
    return None


def vector(text):
    try:
        constraint = parse_constraint(text)
    except Exception as error:  # poetry-core raises ParseConstraintError, or ValueError from Version
        return {"constraint": text, "accepted": False, "error": f"{type(error).__name__}: {error}"}
    pep508 = pep508_constraint(text)
    empty = isinstance(constraint, EmptyConstraint) or constraint.is_empty()
    pep440 = None if empty else pep440_form(text, constraint, pep508)
    return {
        "constraint": text,
        "accepted": True,
        "wildcard": WILDCARD.search(text) is not None,
        "kind": type(constraint).__name__,
        "str": str(constraint),
        "pep508": pep508,
        "pep440": pep440,
        "union": pep440 is None and not empty,
        "empty": empty,
    }


rng = random.Random(SEED)


def main():
    texts = list(HAND)
    seen = set(texts)
    while len(texts) < len(HAND) + 400:
        text = random_constraint()
        if text not in seen:
            seen.add(text)
            texts.append(text)
    data = {
        "generator": "scripts/gen-poetry-vectors.py",
        "poetryCore": poetry.core.__version__,
        "seed": SEED,
        "vectors": [vector(text) for text in texts],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    accepted = sum(1 for v in data["vectors"] if v["accepted"])
    print(f"wrote {OUT}: {len(texts)} vectors, {accepted} accepted", file=sys.stderr)


if __name__ == "__main__":
    main()
