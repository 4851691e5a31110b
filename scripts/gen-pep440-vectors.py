#!/usr/bin/env python3
"""Write test/data/pep440/contains-vectors.json: truth data from Python `packaging` for src/pep440.

Deterministic (fixed seed). Run from the repository root with packaging 26.2:
    python3 scripts/gen-pep440-vectors.py

Layout (compact, indexes into the string tables):
  versions:   [text, valid, str(Version) or null]
  specifiers: [text, valid, is_unsatisfiable or null]
  contains:   [spec index, version index, bits]  bits: 1 = contains(v, prereleases=True),
              2 = contains(v), 4 = contains(v, prereleases=False); -1 = packaging raised
  order:      [version index, version index, -1/0/1]  (valid versions only)
  pairs:      [spec a, spec b, [version indexes], a_and_b_unsatisfiable]  for intersect/subset checks
"""

import json
import random
import sys
from pathlib import Path

import packaging
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion, Version

SEED = 440
OUT = Path("test/data/pep440/contains-vectors.json")

rng = random.Random(SEED)


def pick(*options):
    return rng.choice(options)


def num():
    return pick("0", "0", "1", "1", "2", "3", "10", "01", "00", "4", "99999999999999999999")


def release(min_len=1):
    n = rng.choice([min_len, min_len, min_len + 1, min_len + 1, min_len + 2, 4, 5])
    n = max(n, min_len)
    return ".".join(num() for _ in range(n))


def sep():
    return pick("", "", "", ".", "-", "_")


def pre():
    label = pick("a", "b", "rc", "c", "alpha", "beta", "pre", "preview", "A", "RC", "Beta")
    return sep() + label + sep() + pick("", "0", "1", "2", "01")


def post():
    if rng.random() < 0.25:
        return "-" + pick("0", "1", "2")
    return sep() + pick("post", "rev", "r", "POST", "Post") + sep() + pick("", "0", "1", "2")


def dev():
    return sep() + pick("dev", "DEV", "Dev") + sep() + pick("", "0", "1", "2")


def local():
    segs = [pick("abc", "1", "01", "ubuntu", "a1", "0", "x", "Ab", "2") for _ in range(rng.randint(1, 3))]
    out = segs[0]
    for s in segs[1:]:
        out += pick(".", "-", "_") + s
    return "+" + out


def whitespace():
    return pick("", "", "", "", "", " ", "\t", "  ", "\u00a0", "\x1c")


def version_text(min_len=1, allow_local=True, suffixes=True):
    s = ""
    if rng.random() < 0.08:
        s += pick("v", "V")
    if rng.random() < 0.12:
        s += pick("1", "2", "0", "01") + "!"
    s += release(min_len)
    if suffixes:
        if rng.random() < 0.3:
            s += pre()
        if rng.random() < 0.25:
            s += post()
        if rng.random() < 0.25:
            s += dev()
    if allow_local and rng.random() < 0.15:
        s += local()
    return s


def random_version():
    if rng.random() < 0.03:
        return pick("", "1..0", "1.0.*", "abc", "1.0+", "1.0+a..b", "+1", "1.0a1a2", "1!", "1.0-", "1_0")
    return whitespace() + version_text() + whitespace()


def clause():
    op = pick("==", "!=", "<", "<=", ">", ">=", "~=", "===", "==", ">=", "<", "!=")
    ws1, ws2, ws3 = whitespace(), whitespace(), whitespace()
    if op in ("==", "!=") and rng.random() < 0.35:
        v = (pick("v", "") if rng.random() < 0.1 else "") + release() + ".*"
        if rng.random() < 0.04:
            v = pick("1.2.*.4", "1.*.2", "1.0a1.*", "*", "1.2*")
    elif op == "~=":
        v = version_text(min_len=2, allow_local=False)
        if rng.random() < 0.06:
            v = pick("1", "1.*", "1.0+abc", "2")
    elif op == "===":
        v = pick(version_text(), "foo", "1.0", "FOO", "1.0.0")
    else:
        v = version_text(allow_local=op in ("==", "!="))
        if rng.random() < 0.03:
            v = pick("1.0+abc", "1.*", "", "abc")
    if rng.random() < 0.01:
        op = pick("=", "=>", "<>", "~", "")
    return ws1 + op + ws2 + v + ws3


def random_specifier():
    n = pick(0, 1, 1, 2, 2, 2, 3)
    text = ",".join(clause() for _ in range(n))
    if rng.random() < 0.02:
        text += ","
    return text


def near_versions(spec_text):
    """Versions around the versions a specifier names (where the interesting edges are)."""
    out = []
    for part in spec_text.split(","):
        body = part.strip().lstrip("=!<>~").strip()
        if body.endswith(".*"):
            body = body[:-2]
        try:
            v = Version(body)
        except InvalidVersion:
            continue
        base = ".".join(map(str, v.release))
        ep = f"{v.epoch}!" if v.epoch else ""
        r = list(v.release)
        bumped = ".".join(map(str, r[:-1] + [r[-1] + 1]))
        cands = [
            str(v), base, ep + base, ep + base + ".0", ep + base + "a1", ep + base + ".dev0",
            ep + base + ".post1", ep + base + "+local.1", str(v) + "+abc", ep + bumped,
            ep + bumped + ".dev0", ep + bumped + "rc1", ep + base + ".1", ep + base + ".0.0",
            ep + base + ".post0.dev0", ep + base + "b2.post1", ep + str(r[0] + 1),
            ep + ".".join(map(str, r[:-1] or [0])), "1!" + base, base.upper(),
        ]
        if v.pre:
            cands.append(ep + base + f"{v.pre[0]}{v.pre[1] + 1}")
        if v.post is not None:
            cands.append(ep + base + f".post{v.post + 1}")
            cands.append(ep + base + f".post{v.post}.dev0")
        if v.dev is not None:
            cands.append(ep + base + f".dev{v.dev + 1}")
        for _ in range(3):
            cands.append(rng.choice(cands))
        out.extend(rng.sample(cands, min(len(cands), 9)))
    if "===" in spec_text:
        body = spec_text.split("===", 1)[1].split(",")[0].strip()
        out.extend([body, body.upper(), body + " "])
    return out


HAND_SPECS = [
    "<1.0a2", "!=5.4.0.*", ">0a0", ">=1!1.0", "<1!0", "==1!1.0.*", "~=1.23.3", ">=1.23.3,<2",
    ">=4.4,<5", ">=4.5", "==0.26.0", ">=0.27.1", "~=1", "==1.2.*.4", ">=", "", "   ", ",", ">=1.0,",
    "~=1.4c1", "~=1.4.A1", "~=1.4.r1", "~=v1.4.5", "~=1.4.preview1.r1", "~=1.4.5-c1.r1", "~=v1!1.4.5",
    "==1.0+abc", "==1.0", "!=1.0", "<=1.0", ">1.0", ">1.0.post1", ">1.0.dev1", ">1.0a1", "<1.0.post1",
    "<0", "<0.dev0", "<0.dev1", ">=0.dev0", "===foo", "===1.0", "===1.0,>=1", "===1.0,===2.0",
    "===1.0a1", ">1.0a1,<1.0a2.dev0", "<=1.0,>=1.0", "==1.0.*,!=1.0.*", "~=2.2.post3", "~=1.0.dev1",
    "== 1.0", ">= 1.0 , < 2.0", "~=1.4.5a1", "==v1.*", "==1.0.0.*", "!=1.*", "> 1.0.0", "~=0.9",
    "==01.02.*", ">=1.0a1,!=1.0a1", "~= 1.4.5", "==1.0.+abc", "<1.0+abc", "~=1.0+abc", ">=1.*",
    "==1.0a1.*", ">=99999999999999999999", "==1.0.post1.dev1+abc", "!=1.0+abc", "~=1.1.0.0",
]
HAND_VERSIONS = [
    "1.0a1", "5.4", "0b1", "1!1.0", "1!0", "2.0", "1.24.0", "1.24.0.dev0", "1.23.3", "0.26.0",
    "1.0+abc", "1.0+ABC", "1.0.post1", "1.0.post0.dev0", "1.0a1.post1", "1.5", "1.4.0rc1.post2",
    "1.4rc1.post2", "1.4.6", "0.dev0", "0", "foo", "FOO", "1.0", "1.0.0", " 1.0", "1.0a2.dev0",
    "99999999999999999999", "99999999999999999998", "1.0-1", "1.0_r2", "v1.0", "1.0.DEV", "\u00a01.0\u00a0",
    "1.0\ufeff", "1.0\x1c", "1.0\u200b", "1.01", "1.0.0.0.1", "1.0+01", "1.0+1", "1.0+a-b_c",
]


def try_version(text):
    try:
        return str(Version(text))
    except InvalidVersion:
        return None


def try_specifier(text):
    try:
        return SpecifierSet(text)
    except InvalidSpecifier:
        return None


def main():
    if packaging.__version__ != "26.2":
        sys.exit(f"packaging 26.2 required, found {packaging.__version__}")
    versions: list[str] = []
    version_index: dict[str, int] = {}

    def vid(text):
        if text not in version_index:
            version_index[text] = len(versions)
            versions.append(text)
        return version_index[text]

    for v in HAND_VERSIONS:
        vid(v)
    pool = [random_version() for _ in range(1500)]
    for v in pool:
        vid(v)

    specs = list(HAND_SPECS) + [random_specifier() for _ in range(2200)]
    specs = list(dict.fromkeys(specs))

    spec_rows = []
    contains_rows = []
    valid_specs = []
    for si, text in enumerate(specs):
        ss = try_specifier(text)
        unsat = None
        if ss is not None:
            try:
                unsat = ss.is_unsatisfiable()
            except Exception:  # noqa: BLE001 - packaging asserts on some odd specs
                unsat = None
            valid_specs.append(si)
        spec_rows.append([text, ss is not None, unsat])
        if ss is None:
            continue
        sample = near_versions(text) + rng.sample(pool, 4) + rng.sample(HAND_VERSIONS, 2)
        for v in dict.fromkeys(sample):
            try:
                bits = (
                    int(ss.contains(v, prereleases=True))
                    | int(ss.contains(v)) << 1
                    | int(ss.contains(v, prereleases=False)) << 2
                )
            except Exception:  # noqa: BLE001
                bits = -1
            contains_rows.append([si, vid(v), bits])

    pairs = []
    for _ in range(600):
        a, b = rng.sample(valid_specs, 2)
        sample = list(dict.fromkeys(near_versions(specs[a]) + near_versions(specs[b]) + rng.sample(pool, 3)))
        sample = [v for v in sample if try_version(v) is not None][:16]
        both = SpecifierSet(specs[a]) & SpecifierSet(specs[b])
        try:
            unsat = both.is_unsatisfiable()
        except Exception:  # noqa: BLE001
            unsat = None
        pairs.append([a, b, [vid(v) for v in sample], unsat])
        # membership of every sample in a and b individually
        for si in (a, b):
            ss = SpecifierSet(specs[si])
            for v in sample:
                try:
                    contains_rows.append([si, vid(v), int(ss.contains(v, prereleases=True))
                                          | int(ss.contains(v)) << 1
                                          | int(ss.contains(v, prereleases=False)) << 2])
                except Exception:  # noqa: BLE001
                    contains_rows.append([si, vid(v), -1])

    contains_rows = [list(r) for r in dict.fromkeys(tuple(r) for r in contains_rows)]

    version_rows = [[v, try_version(v) is not None, try_version(v)] for v in versions]
    valid_versions = [i for i, row in enumerate(version_rows) if row[1]]
    order = []
    for _ in range(3000):
        i, j = rng.sample(valid_versions, 2)
        if rng.random() < 0.3:
            # neighbours in sorted order hit the close calls
            pass
        a, b = Version(versions[i]), Version(versions[j])
        order.append([i, j, (a > b) - (a < b)])
    srt = sorted(valid_versions, key=lambda k: Version(versions[k]))
    for x, y in zip(srt, srt[1:]):
        a, b = Version(versions[x]), Version(versions[y])
        order.append([x, y, (a > b) - (a < b)])

    data = {
        "generator": "scripts/gen-pep440-vectors.py",
        "packaging": packaging.__version__,
        "seed": SEED,
        "versions": version_rows,
        "specifiers": spec_rows,
        "contains": contains_rows,
        "order": order,
        "pairs": pairs,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=True) + "\n")
    print(f"{OUT}: {len(versions)} versions, {len(specs)} specifiers, {len(contains_rows)} contains, "
          f"{len(pairs)} pairs, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
