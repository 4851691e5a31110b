#!/usr/bin/env python3
"""Reference drift numbers for test/drift/drift-reference.test.ts, computed with packaging (26.2).

Run from the repository root: python3 test/data/drift/make-drift-vectors.py > test/data/drift/drift-vectors.json

Each case is a small fleet (projects with exact pins and uv.lock entries, a policy, an index listing). The test
writes the projects to disk, serves the listing from test/support/fake-index.ts in PyPI's JSON API and in the
PEP 691 Simple API, runs `driftRepository` and compares every entry, the fleet view and the totals with what
this script says. The rules this script follows, in packaging's terms:

- one entry per (project, PEP 503 name, Version): Version("1.0") == Version("1.0.0"); the lock's spelling wins;
- a local label marks a downstream build: a pin with a label is compared with the index's releases of that
  label when there are any, every other pin with releases by their public version (Version(v.public));
- versions of the index that are equal (after that mapping) are one release: yanked only when all are, uploaded
  at the earliest upload, Requires-Python from the variants that are not yanked;
- candidates: not yanked, no pre-release unless the compared version in use is one;
- behind: candidates after the version in use up to the latest, each step classified against the one before
  (epoch or 1st release segment: major, 2nd: minor, 3rd+: patch, anything else: other);
- "policy allows": allowed/banned, the cooldown, and Requires-Python as uv reads it (lower bounds only): the
  oldest Python on a grid of X.Y.Z (X 2..4, Y and Z 0..40) the release admits is no newer than the oldest one the
  project's requires-python admits;
- fleet: versions in use grouped by Version equality; its latest the newest entry latest that is not a
  pre-release, unless every version in use is one.
"""

import json
import math
import re
import sys
from datetime import datetime, timedelta, timezone

import packaging
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import Version

YEAR_MS = 365.25 * 86_400_000
GRID = [Version(f"{a}.{b}.{c}") for a in range(2, 5) for b in range(41) for c in range(41)]


def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def at(text):
    return None if text is None else datetime.fromisoformat(text.replace("Z", "+00:00"))


def ms(text):
    d = at(text)
    return None if d is None else round(d.timestamp() * 1000)


def round2(x):
    # JavaScript's Math.round(x * 100) / 100, which the implementation uses (Python's round() is banker's).
    return math.floor(x * 100 + 0.5) / 100


def libyears(a, b):
    if a is None or b is None:
        return None
    return round2(max(0, ms(b) - ms(a)) / YEAR_MS)


def lowest_python(text):
    try:
        spec = SpecifierSet(text)
    except InvalidSpecifier:
        return "invalid"
    for i, v in enumerate(GRID):
        if spec.contains(v, prereleases=True):
            return i
    return None


def serves_python(project_rp):
    floor = None if not project_rp else lowest_python(project_rp)
    if floor in (None, "invalid"):
        return lambda rp: True

    def check(rp):
        if rp is None or rp.strip() == "":
            return True
        low = lowest_python(rp)
        if low == "invalid":
            return True
        return low is not None and low <= floor

    return check


def classify(a, b):
    if a.epoch != b.epoch:
        return "major"
    n = max(len(a.release), len(b.release))
    ra = list(a.release) + [0] * (n - len(a.release))
    rb = list(b.release) + [0] * (n - len(b.release))
    for i in range(n):
        if ra[i] != rb[i]:
            return "major" if i == 0 else "minor" if i == 1 else "patch"
    return "other"


def pool(current, listing):
    parsed = [(Version(r["version"]), r) for r in listing]
    label = current.local
    if label is not None and any(v.local == label for v, _ in parsed):
        chosen, compared, mapping = [(v, r) for v, r in parsed if v.local == label], current, lambda v: v
    else:
        chosen, compared, mapping = parsed, Version(current.public), lambda v: Version(v.public)
    groups = {}
    for v, r in chosen:
        key = mapping(v)
        groups.setdefault(key, (key, []))[1].append(r)
    out = []
    for key, variants in groups.values():
        yanked = all(bool(r.get("yanked")) for r in variants)
        installable = variants if yanked else [r for r in variants if not r.get("yanked")]
        times = [r["uploadTime"] for r in variants if r.get("uploadTime")]
        upload = min(times, key=ms) if times else None
        reason = None
        if yanked:
            reason = next((r["yanked"] for r in variants if isinstance(r.get("yanked"), str) and r["yanked"]), None)
        out.append({"version": key, "yanked": yanked, "yankedReason": reason, "uploadTime": upload,
                    "requiresPython": [r.get("requiresPython") for r in installable]})
    out.sort(key=lambda r: r["version"])
    return compared, out


def permitted_by(rules):
    allowed = SpecifierSet(rules["allowed"]) if rules and rules.get("allowed") else None
    banned = [SpecifierSet(b) for b in (rules or {}).get("banned", [])]
    return lambda v: (allowed is None or allowed.contains(v, prereleases=True)) and not any(
        b.contains(v, prereleases=True) for b in banned)


def iso_ms(d):
    return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"


def compute_entry(case, project, name, text, listing):
    current = Version(text)
    rules = case["policy"]["packages"].get(name)
    permitted = permitted_by(rules)
    entry = {"project": project["path"], "package": name, "current": str(current), "status": "unknown",
             "unchecked": None, "currentOnIndex": None, "currentUploaded": None, "yankedReason": None,
             "latest": None, "latestUploaded": None, "updateType": None,
             "behind": {"major": 0, "minor": 0, "patch": 0, "other": 0, "total": 0}, "libyears": None,
             "allowed": None, "currentAllowed": permitted(current), "notYet": None, "pythonExcluded": None}
    if listing is None:
        entry["unchecked"] = "not-on-index"
        return entry
    cur, releases = pool(current, listing)
    on_index = next((r for r in releases if r["version"] == cur), None)
    eligible = [r for r in releases if not r["yanked"] and (cur.is_prerelease or not r["version"].is_prerelease)]
    latest = eligible[-1] if eligible else None
    behind = [r for r in eligible if latest and cur < r["version"] <= latest["version"]]
    counts = {"major": 0, "minor": 0, "patch": 0, "other": 0, "total": 0}
    prev = cur
    for r in behind:
        counts[classify(prev, r["version"])] += 1
        counts["total"] += 1
        prev = r["version"]
    cu = on_index["uploadTime"] if on_index else None
    lu = latest["uploadTime"] if latest else None
    entry.update({
        "status": "yanked" if on_index and on_index["yanked"] else "behind" if behind else "up-to-date",
        # The index client hands times on as JavaScript's toISOString() writes them.
        "currentOnIndex": on_index is not None, "currentUploaded": cu and iso_ms(at(cu)),
        "yankedReason": on_index["yankedReason"] if on_index and on_index["yanked"] else None,
        "latest": str(latest["version"]) if latest else None, "latestUploaded": lu and iso_ms(at(lu)),
        "updateType": classify(cur, latest["version"]) if behind else None, "behind": counts,
        "libyears": libyears(cu, lu if behind else cu),
    })
    cooldown = timedelta(hours=case["policy"]["cooldownHours"])
    now = at(case["now"])
    serves = serves_python(project.get("requiresPython"))
    by_policy = [r for r in eligible if permitted(r["version"])]
    candidates = [r for r in by_policy if any(serves(rp) for rp in r["requiresPython"])]
    ripe = lambda r: r["uploadTime"] is None or at(r["uploadTime"]) + cooldown <= now
    allowed = [r for r in candidates if ripe(r)]
    entry["allowed"] = str(allowed[-1]["version"]) if allowed else None
    newest = candidates[-1] if candidates else None
    if newest and not ripe(newest) and newest["uploadTime"] and newest["version"] > cur:
        entry["notYet"] = {"version": str(newest["version"]), "allowedAt": iso_ms(at(newest["uploadTime"]) + cooldown)}
    top = by_policy[-1] if by_policy else None
    if top is not None and top is not newest and top["version"] > cur:
        entry["pythonExcluded"] = {"version": str(top["version"]),
                                   "requiresPython": next((rp for rp in top["requiresPython"] if rp), ""),
                                   "projectRequiresPython": project.get("requiresPython") or ""}
    return entry


def current_versions(project):
    found = {}
    for kind, pins in (("pinned", project.get("pins", [])), ("locked", project.get("locked", []))):
        for name, text in pins:
            key = (normalize(name), Version(text))
            slot = found.setdefault(key, {"text": str(Version(text)), "locked": kind == "locked"})
            if kind == "locked" and not slot["locked"]:
                slot.update(text=str(Version(text)), locked=True)
    return [(name, slot["text"]) for (name, _), slot in found.items()]


def compute_case(case):
    entries = []
    for project in case["projects"]:
        for name, text in current_versions(project):
            entries.append(compute_entry(case, project, name, text, case["index"].get(name)))
    entries.sort(key=lambda e: (e["project"], e["package"], Version(e["current"])))
    fleet = {}
    for e in entries:
        slot = fleet.setdefault(e["package"], {"versions": {}, "entries": []})
        slot["entries"].append(e)
        v = slot["versions"].setdefault(Version(e["current"]), {"version": e["current"], "projects": []})
        if e["project"] not in v["projects"]:
            v["projects"].append(e["project"])
    fleet_out = []
    for name in sorted(fleet):
        slot = fleet[name]
        all_pre = all(Version(e["current"]).is_prerelease for e in slot["entries"])
        latests = [Version(e["latest"]) for e in slot["entries"]
                   if e["latest"] is not None and (all_pre or not Version(e["latest"]).is_prerelease)]
        versions = sorted(sorted(slot["versions"].values(), key=lambda v: Version(v["version"]), reverse=True),
                          key=lambda v: -len(v["projects"]))
        fleet_out.append({"package": name, "latest": str(max(latests)) if latests else None,
                          "versions": [{"version": v["version"], "projects": sorted(v["projects"])} for v in versions]})
    drifting = [e for e in entries if e["status"] in ("behind", "yanked")]
    total = 0.0
    for e in drifting:
        total += e["libyears"] or 0
    summary = {"versions": len(entries), "behind": sum(e["status"] == "behind" for e in entries),
               "yanked": sum(e["status"] == "yanked" for e in entries),
               "unknown": sum(e["status"] == "unknown" for e in entries),
               "upToDate": sum(e["status"] == "up-to-date" for e in entries),
               "libyears": round2(total), "libyearsUnknown": sum(e["libyears"] is None for e in drifting)}
    return {"entries": entries, "fleet": fleet_out, "summary": summary}


def release(version, upload, yanked=False, requires_python=None):
    r = {"version": version, "uploadTime": upload}
    if yanked:
        r["yanked"] = yanked
    if requires_python is not None:
        r["requiresPython"] = requires_python
    return r


NOW = "2026-06-01T12:00:00Z"
CASES = [
    {
        "name": "PEP 440-equal versions are one entry and one fleet version",
        "now": NOW,
        "policy": {"cooldownHours": 48, "packages": {}},
        "projects": [
            {"path": ".", "requiresPython": ">=3.10", "pins": [["Foo_Bar", "1.0"], ["zope.iface", "5.0"]],
             "locked": [["foo-bar", "1.0.0"], ["zope-iface", "5.0.0"]]},
            {"path": "svc", "requiresPython": ">=3.10", "pins": [["foo.bar", "1.0.0"], ["zope-iface", "5.0.0"]]},
        ],
        "index": {
            "foo-bar": [release("1.0.0", "2024-01-10T00:00:00Z"), release("1.1", "2024-06-10T00:00:00Z"),
                        release("1.1.1", "2024-09-10T00:00:00Z")],
            "zope-iface": [release("5.0", "2023-03-01T00:00:00Z"), release("6.0", "2024-03-01T00:00:00Z")],
        },
    },
    {
        "name": "local builds compare by public version and keep their own label",
        "now": NOW,
        "policy": {"cooldownHours": 48, "packages": {}},
        "projects": [
            {"path": "cpu", "pins": [["torch", "2.1.0+cpu"]]},
            {"path": "plain", "pins": [["torch", "2.1.0"]]},
            {"path": "own", "pins": [["torch", "2.1.0+mybuild"]]},
            {"path": "up", "pins": [["torch", "2.2.0"]]},
        ],
        "index": {
            "torch": [release("2.1.0+cpu", "2025-01-01T00:00:00Z"), release("2.1.0+cu118", "2025-01-01T01:00:00Z"),
                      release("2.2.0+cpu", "2025-04-01T00:00:00Z"), release("2.2.0+cu118", "2025-04-01T01:00:00Z"),
                      release("2.2.1+cu118", "2025-05-01T00:00:00Z")],
        },
    },
    {
        "name": "Requires-Python decides what the policy allows, uv's way",
        "now": NOW,
        "policy": {"cooldownHours": 48, "packages": {}},
        "projects": [
            {"path": "py39", "requiresPython": ">=3.9", "pins": [["lib", "1.0"], ["capped", "1.0"]]},
            {"path": "py311", "requiresPython": ">=3.11,<3.14", "pins": [["lib", "1.0"]]},
            {"path": "open", "pins": [["lib", "1.0"]]},
        ],
        "index": {
            "lib": [release("1.0", "2024-01-01T00:00:00Z", requires_python=">=3.8"),
                    release("1.5", "2024-06-01T00:00:00Z", requires_python=">=3.8,<4"),
                    release("2.0", "2025-01-01T00:00:00Z", requires_python=">=3.11"),
                    release("2.1", "2025-06-01T00:00:00Z", requires_python=">=3.11")],
            "capped": [release("1.0", "2024-01-01T00:00:00Z", requires_python=">=3.7,<3.10"),
                       release("1.1", "2024-02-01T00:00:00Z", requires_python="~=3.10"),
                       release("1.2", "2024-03-01T00:00:00Z", requires_python="not a specifier")],
        },
    },
    {
        "name": "pre-, post- and dev-only steps count as other",
        "now": NOW,
        "policy": {"cooldownHours": 48, "packages": {}},
        "projects": [
            {"path": ".", "pins": [["post", "3.1"], ["dev", "1.0.dev5"], ["rc", "2.0.0rc1"], ["mix", "1.2.0"]]},
        ],
        "index": {
            "post": [release("3.1", "2024-01-01T00:00:00Z"), release("3.1.post1", "2024-02-01T00:00:00Z"),
                     release("3.1.post2", "2024-03-01T00:00:00Z")],
            "dev": [release("1.0.dev5", "2024-01-01T00:00:00Z"), release("1.0", "2024-02-01T00:00:00Z")],
            "rc": [release("2.0.0rc1", "2024-01-01T00:00:00Z"), release("2.0.0rc2", "2024-01-15T00:00:00Z"),
                   release("2.0.0", "2024-02-01T00:00:00Z")],
            "mix": [release("1.2.0", "2023-01-01T00:00:00Z"), release("1.3.0", "2023-06-01T00:00:00Z"),
                    release("1.3.1", "2023-07-01T00:00:00Z"), release("1.3.1.post1", "2023-08-01T00:00:00Z"),
                    release("1!0.1", "2024-01-01T00:00:00Z")],
        },
    },
    {
        "name": "fleet latest follows the pre-release rule",
        "now": NOW,
        "policy": {"cooldownHours": 48, "packages": {}},
        "projects": [
            {"path": "stable", "pins": [["lib", "2.4"], ["edge", "3.0.0.dev0"]]},
            {"path": "trying", "pins": [["lib", "3.0.0.dev0"], ["edge", "3.0.0a1"]]},
        ],
        "index": {
            "lib": [release("2.4", "2024-01-01T00:00:00Z"), release("2.5", "2024-06-01T00:00:00Z"),
                    release("3.0.0.dev0", "2024-07-01T00:00:00Z"), release("3.0.0.dev1", "2024-08-01T00:00:00Z")],
            "edge": [release("3.0.0.dev0", "2024-07-01T00:00:00Z"), release("3.0.0a1", "2024-08-01T00:00:00Z"),
                     release("3.0.0a2", "2024-09-01T00:00:00Z")],
        },
    },
    {
        "name": "missing upload times, versions and packages not on the index, yanks, policy and cooldown",
        "now": NOW,
        "policy": {"cooldownHours": 48,
                   "packages": {"ranged": {"allowed": ">=1,<1.3", "banned": ["==1.2.1"]}}},
        "projects": [
            {"path": ".", "pins": [["notime", "1.0"], ["missing", "1.0.5"], ["gone", "2.0"], ["yanked", "1.0.1"],
                                   ["ranged", "1.1.0"], ["fresh", "1.0"]]},
        ],
        "index": {
            "notime": [release("1.0", None), release("1.1", "2024-01-01T00:00:00Z")],
            "missing": [release("1.0.0", "2024-01-01T00:00:00Z"), release("1.1.0", "2024-05-01T00:00:00Z")],
            "yanked": [release("1.0.0", "2024-01-01T00:00:00Z"),
                       release("1.0.1", "2024-02-01T00:00:00Z", yanked="data loss on upgrade"),
                       release("1.0.2", "2024-03-01T00:00:00Z", yanked=True)],
            "ranged": [release("1.1.0", "2024-01-01T00:00:00Z"), release("1.2.0", "2024-02-01T00:00:00Z"),
                       release("1.2.1", "2024-03-01T00:00:00Z"), release("1.3.0", "2024-04-01T00:00:00Z")],
            "fresh": [release("1.0", "2024-01-01T00:00:00Z"), release("1.1", "2026-05-01T00:00:00Z"),
                      release("1.2", "2026-06-01T06:00:00Z")],
        },
    },
]


def main():
    out = {"$comment": "Generated by make-drift-vectors.py with packaging " + packaging.__version__
                       + "; do not edit by hand.", "cases": []}
    for case in CASES:
        out["cases"].append({**case, "expected": compute_case(case)})
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
