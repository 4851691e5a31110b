// Small repositories, one per pattern of "where a requirement applies", audited offline end to end. Each
// case names the authority its expectation comes from.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";

const fixture = (name: string) =>
	fileURLToPath(new URL(`../fixtures/applies/${name}/`, import.meta.url));

/** `rule file:line` of every error and warning, sorted. */
async function problems(name: string): Promise<string[]> {
	const report = await auditRepository({ root: fixture(name) });
	return report.findings
		.filter((f) => f.severity !== "notice")
		.map((f) => `${f.rule} ${f.file}:${f.line}`)
		.sort();
}

async function messages(name: string): Promise<string[]> {
	const report = await auditRepository({ root: fixture(name) });
	return report.findings
		.filter((f) => f.severity !== "notice")
		.map((f) => f.message);
}

describe("forked uv.lock (resolution-markers)", () => {
	it("does not hold a fork's version against a requirement that applies only in the other fork", async () => {
		// uv.lock: pydantic 2.11.4 is installed only where python_full_version < '3.14'; mcp 1.29.0 asks for
		// pydantic>=2.12.0 only where python_version >= "3.14" (its Requires-Dist): they never meet.
		expect(await problems("uv-forked-pydantic")).toEqual([]);
	});

	it("still reports a fork that holds the version where the requirement applies", async () => {
		const found = await messages("uv-forked-pydantic-wrong-fork");
		expect(found).toHaveLength(1);
		expect(found[0]).toContain(
			'`pydantic 2.11.4` (uv.lock:37) is outside `pydantic>=2.12.0; python_version >= "3.14"`',
		);
	});
});

describe("what is installed together", () => {
	it("never installs what only a constraints file names, so its requirements meet nothing (pip -c)", async () => {
		// mcp 1.23.3 requires anyio>=4.5, but mcp is only a constraint here.
		expect(await problems("constraint-only-pin")).toEqual([]);
	});

	it("never installs two lines together whose markers exclude each other (packaging: linux vs win32)", async () => {
		// anyio 4.3.0 is for Windows only; the mcp pin only for Linux.
		expect(await problems("pins-on-other-platforms")).toEqual([]);
	});

	it("reads a lock that follows a uv override as neither stale nor conflicting", async () => {
		// uv docs (Resolution, dependency overrides): the override replaces httpx>=0.27.1 (the project's) and
		// httpx>=0.27.1 (mcp 1.23.3's) with httpx==0.26.0.
		expect(await problems("uv-override")).toEqual([]);
	});
});

describe("uv overrides under a marker", () => {
	it("replace every requirement on the package, each override under its own marker (uv#4976, uv#4829)", async () => {
		// uv: "your override replaces all instances of the requirement verbatim"; only the replaced
		// requirement's `extra` is kept. httpx 0.26.0 on Windows, no httpx requirement elsewhere: the lock
		// holding httpx only for win32 is neither stale nor short of the project's httpx>=0.27.1.
		expect(await problems("uv-override-marker")).toEqual([]);
	});

	it("still judges the lock against the override where its marker holds", async () => {
		const found = await messages("uv-override-marker-stale");
		expect(found).toEqual([
			"`httpx==0.26.0` is declared but uv.lock holds 0.25.2 (uv.lock:9): installs from the lock do not get what the manifest asks for. Run `uv lock`.",
		]);
	});
});

describe("markers that can never hold", () => {
	it("applies a line under python_version < 3.8 nowhere in a requires-python >= 3.10 project", async () => {
		// packaging: `python_version < "3.8"` is false on every Python >=3.10, so the line is never installed
		// and neither conflicts with `importlib-metadata>=6.0` nor asks the lock for importlib-metadata<5.
		expect(await problems("dead-marker-line")).toEqual([]);
	});
});

describe("exact pins and the project's own code", () => {
	it("reads a direct URL followed by --hash as exact, as a #sha256= fragment (pip's hash-checking mode)", async () => {
		// pin-audit.toml asks for exact pins; the URL line is exact because pip accepts only that digest.
		expect(await problems("url-with-hash")).toEqual([]);
	});

	it("never asks to pin or lock the project's own name in its extras (uv records it, Poetry never locks the root)", async () => {
		expect(await problems("own-name-in-extras-uv")).toEqual([]);
		expect(await problems("own-name-poetry")).toEqual([]);
	});

	it('applies a poetry.lock dependency under extra == "standard" only when someone asks for that extra', async () => {
		// uvicorn's httptools>=0.6.3 is in its `standard` extra; nothing requests uvicorn[standard].
		expect(await problems("poetry-unrequested-extra")).toEqual([]);
	});
});

describe("inconsistent compares versions by PEP 440 and where they apply", () => {
	it("reads 1.23 and 1.23.0 as one version (packaging: Version('1.23') == Version('1.23.0'))", async () => {
		expect(await problems("consistent-pep440")).toEqual([]);
	});

	it("compares marker-split pins only where both projects run and their markers meet", async () => {
		// svc-b is on numpy 2.1.0 wherever svc-a runs (Python >= 3.12); svc-c is not.
		expect(await problems("consistent-marker-split")).toEqual([
			"inconsistent svc-c/pyproject.toml:5",
		]);
	});
});

describe("uv sources are compared with the lock by source", () => {
	it("accepts a lock that recorded a path, git and workspace source without the specifier uv drops", async () => {
		// uv lowers `mcp-extensions>=0.1.0` with `{ path = ..., editable = true }` to `editable = "<path>"` and
		// writes `platform_system == 'Windows'` as `sys_platform == 'win32'`; the 40-hex git rev is exact.
		expect(await problems("uv-sources-in-workspace")).toEqual([]);
	});

	it("reports a moved path and another git rev as a stale lock", async () => {
		const found = await messages("uv-sources-moved");
		expect(found).toEqual([
			"the project's dependencies declare `mcp-extensions @ libraries/mcp-extensions (editable)`, but uv.lock:52 recorded `mcp-extensions @ libraries/old-extensions (editable)`: the lock was resolved from an older manifest. Run `uv lock`.",
			"the project's dependencies declare `forecast-kit @ git https://github.com/example/forecast-kit rev=3f0c2a9d41b7e8c6f5a4d3b2c1e0f9a8b7c6d5e4`, but uv.lock:50 recorded `forecast-kit @ git https://github.com/example/forecast-kit rev=0123456789abcdef0123456789abcdef01234567`: the lock was resolved from an older manifest. Run `uv lock`.",
		]);
	});
});

describe("uv sources limited by markers", () => {
	it("compares each marker's source with the lock, and the index fallback where none holds", async () => {
		// uv docs (Dependency sources, multiple sources): httpx from one git tag on macOS, another on Linux, and
		// PyPI elsewhere; uv.lock records the three lowered requirements.
		expect(await problems("uv-sources-by-marker")).toEqual([]);
	});

	it("reports the lock stale when one marker's source changed", async () => {
		const found = await messages("uv-sources-by-marker-stale");
		expect(found).toHaveLength(1);
		expect(found[0]).toContain(
			"`httpx @ git https://github.com/encode/httpx tag=0.28.2; sys_platform == 'linux'`",
		);
		expect(found[0]).toContain(
			'but uv.lock:23 recorded `httpx>=0.27; sys_platform != "darwin" and sys_platform != "linux"`',
		);
	});
});

describe("Poetry as Poetry defines it", () => {
	it("reads [tool.poetry.dependencies] in a Poetry 2 project as enriching [project] dependencies, not as second requirements", async () => {
		// python-poetry.org/docs/pyproject: `mcp = { source = "internal" }` only names mcp's source.
		expect(await problems("poetry2-enrich")).toEqual([]);
	});

	it("reads `platform` as a sys_platform marker and a union of bounded ranges as bounded", async () => {
		// python-poetry.org/docs/dependency-specification: multiple constraints by platform; `||` unions.
		expect(await problems("poetry-platform-union")).toEqual([]);
	});

	it("reads a git dependency at a 40-hex rev as exact", async () => {
		expect(await problems("poetry-git-rev")).toEqual([]);
	});
});

describe("workspace sources", () => {
	it("applies the workspace root's sources to members, and accepts either record uv writes for them", async () => {
		// Modelled on modelcontextprotocol/python-sdk's uv.lock: one member recorded `{ name = "mcp" }`,
		// another `{ name = "mcp", editable = "." }`, both with `mcp = { workspace = true }` at the root.
		expect(await problems("uv-workspace-root-sources")).toEqual([]);
	});
});
