"""Truth data for the marker algebra (src/policy/marker-algebra.ts), from packaging's marker evaluation.

Every marker below is evaluated by packaging.markers.Marker.evaluate over a grid of environments: Pythons
2.7.18, 3.0.0-3.5.0 and 3.6-3.15 with patches 0, 1, 2, 10, 11; the operating systems CPython reports
(sys.platform, platform.system(), os.name), plus one unknown system; five implementations plus one
unknown; three machines; no extra or the extra "cli". From the truth tables:
- "meet": some environment makes both markers true (the algebra's markersMayMeet);
- "equal": both markers are true in exactly the same environments (markersEqual);
- "samples": single evaluations, for the algebra's evaluation in one environment.
The markers only name literals the grid covers, so the grid is fine enough for every answer. Markers
with two different extras in one `and` are left out: pip evaluates them one extra at a time, the algebra
(like uv) treats requested extras as a set.
Run with python3 (packaging 26.2): python3 scripts/gen-marker-vectors.py
Writes test/data/markers/marker-vectors.json.
"""

import itertools
import json
import pathlib
import random

import packaging
from packaging.markers import Marker

MARKERS = [
    'python_version >= "3.10"',
    'python_version < "3.10"',
    'python_version <= "3.10"',
    'python_full_version < "3.11"',
    'python_full_version < "3.11.0"',
    'python_full_version >= "3.10.1"',
    'python_full_version == "3.10.0"',
    'python_version == "3.10"',
    'python_full_version == "3.10.*"',
    'python_version != "3.10"',
    'python_version ~= "3.10"',
    'python_version > "3.9" and python_version < "3.11"',
    '"3.10" <= python_version',
    'python_version < "3.6"',
    'python_version >= "3.6"',
    'python_version in "3.10 3.11"',
    'python_version not in "3.10 3.11"',
    'python_full_version >= "3.14"',
    'python_full_version < "3.14"',
    'python_version >= "3.14"',
    'python_version < "3.8" or python_version >= "3.12"',
    'sys_platform == "win32"',
    'platform_system == "Windows"',
    'os_name == "nt"',
    'sys_platform != "win32"',
    'os_name == "posix"',
    'sys_platform == "linux"',
    'platform_system == "Linux"',
    'sys_platform == "darwin"',
    'platform_system == "Darwin"',
    'sys_platform == "emscripten"',
    'sys_platform != "emscripten"',
    'sys_platform == "linux" or sys_platform == "darwin"',
    'sys_platform != "win32" and sys_platform != "darwin"',
    'platform_system != "Windows"',
    'sys_platform == "cygwin"',
    '"linux" in sys_platform',
    'sys_platform in "linux darwin"',
    'platform_machine == "x86_64"',
    'platform_machine == "aarch64"',
    'platform_machine != "x86_64"',
    'sys_platform == "linux" and platform_machine == "aarch64"',
    'implementation_name == "cpython"',
    'platform_python_implementation == "CPython"',
    'platform_python_implementation != "PyPy"',
    'implementation_name == "pypy"',
    'implementation_name == "graalpy"',
    'platform_python_implementation == "GraalVM"',
    'extra == "cli"',
    'extra == "CLI"',
    'extra != "cli"',
    'extra == "cli" and python_version >= "3.11"',
    'extra == "cli" or sys_platform == "win32"',
    'python_full_version < "3.14" and platform_python_implementation != "PyPy"',
    'python_full_version >= "3.14" and platform_python_implementation == "PyPy" and sys_platform == "win32"',
    '(sys_platform == "win32" or os_name == "nt") and python_version >= "3.10"',
    'sys_platform == "win32" and sys_platform == "linux"',
]

PYTHONS = ["2.7.18", "3.0.0", "3.1.0", "3.2.0", "3.3.0", "3.4.0", "3.5.0"] + [f"3.{minor}.{patch}" for minor in range(6, 16) for patch in (0, 1, 2, 10, 11)]
PLATFORMS = [
    ("win32", "Windows", "nt"), ("linux", "Linux", "posix"), ("darwin", "Darwin", "posix"),
    ("cygwin", "CYGWIN_NT-10.0", "posix"), ("emscripten", "Emscripten", "posix"), ("wasi", "WASI", "posix"),
    ("freebsd14", "FreeBSD", "posix"), ("openbsd7", "OpenBSD", "posix"), ("aix", "AIX", "posix"),
    ("sunos5", "SunOS", "posix"), ("android", "Android", "posix"), ("ios", "iOS", "posix"),
    ("zz-platform", "Zz-system", "zz-os"),
]
IMPLEMENTATIONS = [
    ("cpython", "CPython"), ("pypy", "PyPy"), ("graalpy", "GraalVM"), ("ironpython", "IronPython"),
    ("jython", "Jython"), ("zz-impl", "Zz-impl"),
]
MACHINES = ["x86_64", "aarch64", "zz-machine"]
EXTRAS = ["", "cli"]


def environments():
    for python, (sys_platform, system, os_name), (impl, impl_cap), machine, extra in itertools.product(
        PYTHONS, PLATFORMS, IMPLEMENTATIONS, MACHINES, EXTRAS
    ):
        yield {
            "python_full_version": python,
            "python_version": ".".join(python.split(".")[:2]),
            "sys_platform": sys_platform,
            "platform_system": system,
            "os_name": os_name,
            "implementation_name": impl,
            "platform_python_implementation": impl_cap,
            "platform_machine": machine,
            "implementation_version": python,
            "platform_release": "",
            "platform_version": "",
            "extra": extra,
        }


def main() -> None:
    envs = list(environments())
    markers = [Marker(m) for m in MARKERS]
    truth = []
    for marker in markers:
        bits = 0
        for index, env in enumerate(envs):
            if marker.evaluate(env):
                bits |= 1 << index
        truth.append(bits)
    pairs = []
    for i, j in itertools.combinations_with_replacement(range(len(MARKERS)), 2):
        pairs.append([i, j, (truth[i] & truth[j]) != 0, truth[i] == truth[j]])
    rng = random.Random(508)
    samples = []
    keys = ["python_full_version", "sys_platform", "platform_system", "os_name", "implementation_name",
            "platform_python_implementation", "platform_machine", "extra"]
    for _ in range(1500):
        i = rng.randrange(len(MARKERS))
        k = rng.randrange(len(envs))
        samples.append([i, [envs[k][key] for key in keys], bool((truth[i] >> k) & 1)])
    out = {
        "generator": f"scripts/gen-marker-vectors.py with packaging {packaging.__version__}",
        "markers": MARKERS,
        "alone": [bits != 0 for bits in truth],
        "pairs": pairs,
        "sampleKeys": keys,
        "samples": samples,
    }
    path = pathlib.Path(__file__).resolve().parent.parent / "test/data/markers/marker-vectors.json"
    path.write_text(json.dumps(out, indent=None, separators=(",", ":")) + "\n")
    print(f"{len(envs)} environments, {len(pairs)} pairs, {len(samples)} samples -> {path}")


if __name__ == "__main__":
    main()
