"""Truth data for the lock-mismatch rule: (specifier set S, locked version V, packaging's verdict).

The rule must fire exactly when packaging's SpecifierSet(S).contains(V, prereleases=True) is false.
Run with python3 (packaging 26.2): python3 scripts/gen-lock-mismatch-vectors.py
Writes test/data/policy/lock-mismatch-vectors.json.
"""

import json
import pathlib
import random

import packaging
from packaging.specifiers import SpecifierSet
from packaging.version import Version

VERSIONS = [
    "0.27.0", "0.27.1", "0.28.0", "0.28.1", "1.0", "1.0.0", "1.0.dev0", "1.0.0.dev1", "1.0a1", "1.0b2",
    "1.0rc1", "1.0.post1", "1.0+local.1", "1.0.1", "1.1", "1.1.0rc1", "1.2.3", "1.23.0", "1.23.3",
    "1.23.4", "1.24.0", "1.24.0rc1", "2.0", "2.0.0.dev0", "2.0.post1.dev2", "1!0.5", "4.4.0", "4.9.0", "5.0",
]
CLAUSES = [
    "==1.0", "==1.0.0", "==1.*", "==1.0.*", "!=1.0", "!=1.0.*", ">=1.0", ">1.0", "<=1.0", "<1.0", "<2",
    "<2.0.0", ">=1.0rc1", "<1.0.0.dev0", "~=1.0", "~=1.23.3", "~=0.27", ">=0.27.1", "<1", ">1.0.post1",
    "==1.0+local.1", "===1.0", ">=4.4", "<5", ">=1!0", "==1.24.0rc1", ">=1.1.0rc1",
]


def main() -> None:
    rng = random.Random(440)
    specifiers = [""] + CLAUSES[:]
    while len(specifiers) < 90:
        count = rng.choice([2, 2, 3])
        specifiers.append(",".join(rng.sample(CLAUSES, count)))
    vectors = []
    for specifier in specifiers:
        # Half the versions drawn from those the set admits, so both verdicts are well represented.
        admitted = [v for v in VERSIONS if SpecifierSet(specifier).contains(Version(v), prereleases=True)]
        chosen = rng.sample(VERSIONS, 2) + rng.sample(admitted, min(2, len(admitted)))
        for version in chosen:
            contains = SpecifierSet(specifier).contains(Version(version), prereleases=True)
            vectors.append({"specifier": specifier, "version": version, "contains": contains})
    out = pathlib.Path(__file__).resolve().parent.parent / "test" / "data" / "policy" / "lock-mismatch-vectors.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = {"packaging": packaging.__version__, "vectors": vectors}
    out.write_text(json.dumps(payload, indent=1) + "\n")
    print(f"{len(vectors)} vectors, {sum(not v['contains'] for v in vectors)} mismatches -> {out}")


if __name__ == "__main__":
    main()
