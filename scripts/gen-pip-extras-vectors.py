#!/usr/bin/env python3
"""Writes test/data/pip/extras.json: the extras pip 23.2 requests of each package in one install.

Each case is a small tree of requirements files installed with `pip install -r <root>`: pip reads
them with its own parser (pip._internal.req.req_file.parse_requirements, so `-r` and `-c`
includes are followed), builds each InstallRequirement as pip does, rejects a constraint with
extras as pip's resolver does (check_invalid_constraint_type: "Constraints cannot have extras"),
skips lines whose markers do not match (InstallRequirement.match_markers, evaluated here on
CPython 3.11 / Linux, which the TypeScript test passes too), and collects what resolvelib's
factory makes of the rest: one requirement per extras set (`pkg[a]`, `pkg[a,b]`), whose
candidates together install the union of the extras. Extras are recorded as pip 23.2 spells
them (its `safe_extra`: lower case, other runs than letters, digits, `.` and `-` become `_`).
Run from the repository root:

    python3 scripts/gen-pip-extras-vectors.py
"""

from __future__ import annotations

import json
import platform
import sys
import tempfile
from pathlib import Path

import pip
from pip._internal.exceptions import InstallationError
from pip._internal.network.session import PipSession
from pip._internal.req.constructors import install_req_from_parsed_requirement
from pip._internal.req.req_file import parse_requirements
from pip._internal.req.req_install import check_invalid_constraint_type
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "test" / "data" / "pip" / "extras.json"

CASES: list[tuple[str, dict[str, str]]] = [
    ("one line, two extras", {"requirements.txt": "mcp[cli,ws]==1.23.3\n"}),
    (
        "the same package on two lines: pip installs the union",
        {"requirements.txt": "mcp[cli]==1.23.3\nmcp[cli,ws]==1.23.3\n"},
    ),
    (
        "across an -r include",
        {
            "requirements.txt": "-r base.txt\nuvicorn[standard]>=0.30\n",
            "base.txt": "uvicorn>=0.30\nmcp[cli]==1.23.3\nmcp[ws]\n",
        },
    ),
    (
        "a line whose marker does not match requests nothing",
        {
            "requirements.txt": 'mcp==1.23.3\nmcp[ws]; python_version < "3.0"\nmcp[cli]; python_version >= "3.8"\n',
        },
    ),
    (
        "a requirements file never sets `extra`",
        {"requirements.txt": 'mcp[cli]; extra == "cli"\nhttpx[http2]; extra != "cli"\n'},
    ),
    (
        "spellings pip 23.2 keeps apart (safe_extra, not PEP 685)",
        {"requirements.txt": "Mcp[CLI]==1.23.3\nmcp[Cli_Tools]\nmcp[cli-tools]\nmcp[cli.tools]\n"},
    ),
    (
        "a constraint with extras is an error",
        {
            "requirements.txt": "-c constraints.txt\nmcp==1.23.3\n",
            "constraints.txt": "mcp[cli]==1.23.3\n",
        },
    ),
    (
        "a constraint without extras requests none",
        {
            "requirements.txt": "-c constraints.txt\nmcp[cli]\n",
            "constraints.txt": "mcp==1.23.3\nhttpx==0.28.1\n",
        },
    ),
]


def requested(files: dict[str, str]) -> dict:
    with tempfile.TemporaryDirectory() as directory:
        for name, text in files.items():
            (Path(directory) / name).write_text(text, encoding="utf-8")
        session = PipSession()
        extras: dict[str, set[str]] = {}
        for parsed in parse_requirements(str(Path(directory) / "requirements.txt"), session=session):
            ireq = install_req_from_parsed_requirement(parsed)
            if ireq.constraint:
                problem = check_invalid_constraint_type(ireq)
                if problem:
                    return {"error": problem}
                continue
            if not ireq.match_markers():
                continue
            name = canonicalize_name(ireq.name)
            extras.setdefault(name, set()).update(ireq.extras)
        return {"extras": {name: sorted(values) for name, values in sorted(extras.items())}}


def main() -> None:
    cases = [{"name": name, "files": files, **requested(files)} for name, files in CASES]
    data = {
        "generator": "scripts/gen-pip-extras-vectors.py",
        "pip": pip.__version__,
        "environment": {
            "python_version": ".".join(platform.python_version_tuple()[:2]),
            "python_full_version": platform.python_version(),
            "sys_platform": sys.platform,
        },
        "cases": cases,
    }
    OUTPUT.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
