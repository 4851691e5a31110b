import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";

const scratch = mkdtempSync(join(tmpdir(), "pin-audit-dynamic-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function makeRepo(files: Record<string, string>): string {
	const root = mkdtempSync(join(scratch, "repo-"));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const requirementsOf = (report: Awaited<ReturnType<typeof auditRepository>>) =>
	report.projects.flatMap((p) =>
		p.requirements.map(
			(r) => `${r.group} ${r.file}:${r.line} ${r.name}${r.specifier}`,
		),
	);

describe("dynamic dependencies", () => {
	it("reads setuptools' dependency files as requirements files, optional ones per extra", async () => {
		const root = makeRepo({
			"svc/pyproject.toml": `[project]\nname = "svc"\nversion = "1"\ndynamic = ["dependencies", "optional-dependencies"]\n\n[tool.setuptools.dynamic]\ndependencies = { file = ["deps/base.in", "deps/more.in"] }\noptional-dependencies.cli = { file = "deps/cli.in" }\n`,
			"svc/deps/base.in": "# pinned\nflask\n",
			"svc/deps/more.in": "httpx==0.28.1\n",
			"svc/deps/cli.in": "typer>=0.16\n",
		});
		const report = await auditRepository({ root });
		expect(requirementsOf(report)).toEqual([
			"project svc/deps/base.in:2 flask",
			"optional:cli svc/deps/cli.in:1 typer>=0.16",
			"project svc/deps/more.in:1 httpx==0.28.1",
		]);
		// The bare flask is found where it is written.
		expect(
			report.findings
				.filter((f) => f.rule === "unpinned")
				.map((f) => [f.file, f.line]),
		).toContainEqual(["svc/deps/base.in", 2]);
	});

	it("is unauditable when the build backend computes them in a way pin-audit cannot read", async () => {
		const root = makeRepo({
			"svc/pyproject.toml": `[project]\nname = "svc"\nversion = "1"\ndynamic = ["dependencies"]\n\n[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n`,
			"svc/setup.py":
				"from setuptools import setup\nsetup(install_requires=['flask'])\n",
		});
		const report = await auditRepository({ root });
		expect(
			report.findings.map((f) => [f.rule, f.severity, f.file, f.line]),
		).toEqual([["unauditable", "error", "svc/pyproject.toml", 4]]);
	});

	it("reads the uv-dynamic-versioning hatch hook's list, as the MCP SDK declares it", async () => {
		const root = makeRepo({
			"pyproject.toml": `[project]\nname = "mcp"\ndynamic = ["version", "dependencies"]\n\n[tool.hatch.metadata.hooks.uv-dynamic-versioning]\ndependencies = [\n  "anyio>=4.9",\n  "mcp-types=={{ version }}",\n]\n`,
		});
		const report = await auditRepository({ root });
		// Each entry on its own line; `mcp-types=={{ version }}` without the clause the build fills in.
		expect(requirementsOf(report)).toEqual([
			"project pyproject.toml:7 anyio>=4.9",
			"project pyproject.toml:8 mcp-types",
		]);
		expect(report.findings.filter((f) => f.rule === "unauditable")).toEqual([]);
	});
});
