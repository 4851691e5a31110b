#!/usr/bin/env python3
"""Writes examples/mcp-fleet: three MCP servers with the problems pin-audit exists to find.

The locks are shaped like the real uv.lock of modelcontextprotocol/servers' time server (in ../shared/corpus),
whose package set they reuse. File hashes are derived from name and version (they are examples, not downloads).
Run from the repository root: python3 scripts/make-example-fleet.py [corpus-dir]
"""
import hashlib
import sys
import tomllib
from pathlib import Path

CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
TEMPLATE = CORPUS / "modelcontextprotocol__servers/src/time/uv.lock"
OUT = Path("examples/mcp-fleet")

template = tomllib.loads(TEMPLATE.read_text())
registry = {p["name"]: p for p in template["package"] if "registry" in p["source"]}
DEV_ONLY = {"freezegun", "pyright", "pytest", "ruff", "nodeenv", "iniconfig", "pluggy", "pygments", "tomli",
            "python-dateutil", "six", "packaging", "tzdata", "tzlocal"}


def sha(*parts: str) -> str:
    return hashlib.sha256("/".join(parts).encode()).hexdigest()


def dep_line(d: dict) -> str:
    items = [f'name = "{d["name"]}"']
    if "marker" in d:
        items.append(f'marker = "{d["marker"]}"')
    return "    { " + ", ".join(items) + " },"


def registry_package(name: str, version: str) -> str:
    src = registry[name]
    dist = name.replace("-", "_")
    h = sha(name, version)
    lines = ["[[package]]", f'name = "{name}"', f'version = "{version}"', 'source = { registry = "https://pypi.org/simple" }']
    deps = [d for d in src.get("dependencies", []) if d["name"] in wanted]
    if deps:
        lines.append("dependencies = [")
        lines += [dep_line(d) for d in deps]
        lines.append("]")
    lines.append(
        f'sdist = {{ url = "https://files.pythonhosted.org/packages/{h[:2]}/{h[2:4]}/{h[4:60]}/{dist}-{version}.tar.gz", '
        f'hash = "sha256:{h}", size = {int(h[:5], 16)}, upload-time = "2025-12-09T18:00:00.000Z" }}')
    w = sha(name, version, "wheel")
    lines.append("wheels = [")
    lines.append(
        f'    {{ url = "https://files.pythonhosted.org/packages/{w[:2]}/{w[2:4]}/{w[4:60]}/{dist}-{version}-py3-none-any.whl", '
        f'hash = "sha256:{w}", size = {int(w[:5], 16)}, upload-time = "2025-12-09T18:00:00.000Z" }},')
    lines.append("]")
    return "\n".join(lines)


def project_package(name: str, version: str, requires: list[tuple[str, str]], dev: list[tuple[str, str]]) -> str:
    lines = ["[[package]]", f'name = "{name}"', f'version = "{version}"', 'source = { editable = "." }', "dependencies = ["]
    lines += [f'    {{ name = "{n}" }},' for n, _ in sorted(requires)]
    lines += ["]", "", "[package.dev-dependencies]", "dev = ["]
    lines += [f'    {{ name = "{n}" }},' for n, _ in sorted(dev)]
    lines += ["]", "", "[package.metadata]", "requires-dist = ["]
    lines += [f'    {{ name = "{n}", specifier = "{s}" }},' if s else f'    {{ name = "{n}" }},' for n, s in sorted(requires)]
    lines += ["]", "", "[package.metadata.requires-dev]", "dev = ["]
    lines += [f'    {{ name = "{n}", specifier = "{s}" }},' for n, s in sorted(dev)]
    lines.append("]")
    return "\n".join(lines)


def write_server(path: str, name: str, requires, dev, versions: dict[str, str], extra_lock: dict[str, str],
                 requirements_txt: str, pyproject_deps: list[str], locked_requires=None):
    global wanted
    base = {p["name"]: p["version"] for p in template["package"] if "registry" in p["source"]}
    base.update(versions)
    wanted = set(base) - (DEV_ONLY - {n for n, _ in dev} - {"tzdata"}) | set(extra_lock)
    wanted -= {"tzlocal", "tzdata"} - {n for n, _ in requires}
    for n, v in extra_lock.items():
        base[n] = v
        registry.setdefault(n, {"name": n, "version": v, "source": {"registry": "https://pypi.org/simple"}})
    body = [
        "version = 1",
        "revision = 3",
        'requires-python = ">=3.11"',
        "",
    ]
    packages = sorted(wanted | {name})
    for n in packages:
        body.append(project_package(name, "0.4.0", locked_requires or requires, dev) if n == name else registry_package(n, base[n]))
        body.append("")
    d = OUT / path
    d.mkdir(parents=True, exist_ok=True)
    (d / "uv.lock").write_text("\n".join(body))
    (d / "requirements-mcp.txt").write_text(requirements_txt)
    deps = "\n".join(f'    "{x}",' for x in pyproject_deps)
    devs = "\n".join(f'    "{n}{s}",' for n, s in dev)
    (d / "pyproject.toml").write_text(f'''[project]
name = "{name}"
version = "0.4.0"
description = "MCP server: {path.split('/')[-1]}"
requires-python = ">=3.11"
dependencies = [
{deps}
]

[project.scripts]
{name} = "{name.replace('-', '_')}:main"

[dependency-groups]
dev = [
{devs}
]

[build-system]
requires = ["hatchling>=1.25,<2"]
build-backend = "hatchling.build"
''')


DEV = [("pytest", ">=8.3.3"), ("ruff", ">=0.8.1")]
SHARED = """# Runtime pins shared by every MCP server in this fleet.
# Each server's requirements-mcp.txt includes this file with -r.
mcp==1.23.3 \\
    --hash=sha256:{mcp}
pydantic==2.12.5 \\
    --hash=sha256:{pyd}
httpx-sse==0.4.0 \\
    --hash=sha256:{sse}
""".format(mcp=sha("mcp", "1.23.3"), pyd=sha("pydantic", "2.12.5"), sse=sha("httpx-sse", "0.4.0"))

OUT.mkdir(parents=True, exist_ok=True)
(OUT / "requirements-mcp.txt").write_text(SHARED)

# scraper: httpx==0.26.0 pinned next to the shared mcp==1.23.3, which needs httpx>=0.27.1.
write_server(
    "servers/scraper", "mcp-scraper",
    requires=[("mcp", "~=1.23.3"), ("httpx", ">=0.27.1,<1"), ("anyio", ">=4.4,<5"), ("beautifulsoup4", ">=4.12,<5")],
    dev=DEV,
    versions={"mcp": "1.23.3", "httpx": "0.28.1", "anyio": "4.6.2.post1"},
    extra_lock={"beautifulsoup4": "4.12.3", "soupsieve": "2.6"},
    requirements_txt="""# scraper: MCP runtime pins
-r ../../requirements-mcp.txt
# pinned by hand while debugging a proxy issue
httpx==0.26.0
anyio==4.6.2.post1
beautifulsoup4==4.12.3
""",
    pyproject_deps=["mcp~=1.23.3", "httpx>=0.27.1,<1", "anyio>=4.4,<5", "beautifulsoup4>=4.12,<5"],
)

# docparse: left behind on mcp 1.23.1 while the rest of the fleet moved to 1.23.3.
write_server(
    "servers/docparse", "mcp-docparse",
    requires=[("mcp", "==1.23.1"), ("httpx", ">=0.27.1,<1"), ("anyio", ">=4.4,<5"), ("pypdf", ">=5.1,<6")],
    dev=DEV,
    versions={"mcp": "1.23.1", "httpx": "0.28.1", "anyio": "4.6.2.post1"},
    extra_lock={"pypdf": "5.1.0"},
    requirements_txt="""# docparse: MCP runtime pins (not yet on the shared file)
mcp==1.23.1
pydantic==2.12.5
httpx==0.28.1
anyio==4.6.2.post1
pypdf==5.1.0
""",
    pyproject_deps=["mcp==1.23.1", "httpx>=0.27.1,<1", "anyio>=4.4,<5", "pypdf>=5.1,<6"],
)

# transform: a bare `mcp` in pyproject.toml, anyio below 4.4 in its requirements file, and a uv.lock that
# still holds pydantic 2.11.7 although pyproject.toml now asks for >=2.12.
write_server(
    "servers/transform", "mcp-transform",
    requires=[("mcp", ""), ("httpx", ">=0.27.1,<1"), ("anyio", ">=4.4,<5"), ("pydantic", ">=2.12,<3")],
    dev=DEV,
    versions={"mcp": "1.23.3", "httpx": "0.28.1", "anyio": "4.6.2.post1", "pydantic": "2.11.7"},
    extra_lock={},
    requirements_txt="""# transform: MCP runtime pins
-r ../../requirements-mcp.txt
httpx==0.28.1
anyio==4.3.0
""",
    pyproject_deps=["mcp", "httpx>=0.27.1,<1", "anyio>=4.4,<5", "pydantic>=2.12,<3"],
    # The lock was made before pyproject.toml moved pydantic to >=2.12 and nobody ran `uv lock` since.
    locked_requires=[("mcp", ""), ("httpx", ">=0.27.1,<1"), ("anyio", ">=4.4,<5"), ("pydantic", ">=2.11,<3")],
)

(OUT / "pin-audit.toml").write_text('''# The fleet's dependency policy: see docs/policy.md.
extends = ["mcp"]

[consistency]
packages = ["mcp", "anyio", "httpx", "pydantic"]
''')
print("wrote", OUT)
