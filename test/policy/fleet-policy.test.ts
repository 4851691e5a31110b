// Policy for fleets, on small real trees: `packages.<name>.required` (rule `missing`), the dev scope of
// `pins.dev` (dev-like extras and requirements files), `[[pins.files]]`, and `exception-unused`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import type { Finding } from "../../src/model/types.js";

const roots: string[] = [];
afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function makeRepo(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), "pin-audit-fleet-policy-"));
	roots.push(root);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	return root;
}

async function audit(files: Record<string, string>, include: string[] = []) {
	const report = await auditRepository({
		root: makeRepo(files),
		offline: true,
		include,
		parseWorkers: false,
		today: new Date("2026-06-01T00:00:00Z"),
	});
	return report.findings;
}

const brief = (f: Finding) => [f.rule, f.severity, f.project, f.file, f.line];

const pyproject = (deps: string[], extra = "") =>
	`[project]\nname = "svc"\nversion = "1.0"\ndependencies = [${deps.map((d) => JSON.stringify(d)).join(", ")}]\n${extra}`;

describe("packages.<name>.required", () => {
	it("reports each project that does not declare the package, and only those", async () => {
		const findings = await audit({
			"pin-audit.toml": "[packages.mcp]\nrequired = true\n",
			"servers/a/pyproject.toml": pyproject(["mcp==1.23.3"]),
			"servers/b/pyproject.toml": pyproject(["httpx==0.28.1"]),
			// A constraint installs nothing: it is no declaration.
			"servers/c/requirements.txt": "-c constraints.txt\nhttpx==0.28.1\n",
			"servers/c/constraints.txt": "mcp==1.23.3\n",
		});
		expect(findings.map(brief)).toEqual([
			["missing", "error", "servers/b", "servers/b/pyproject.toml", null],
			["missing", "error", "servers/c", "servers/c/requirements.txt", null],
		]);
		expect(findings[0]?.message).toBe(
			"`servers/b` does not declare `mcp`, which the policy requires of every project (packages.mcp.required). Add `mcp` to its dependencies, or narrow packages.mcp.required.",
		);
	});

	it("names the runtime requirements file, not requirements-dev.txt, of a project without pyproject.toml", async () => {
		const findings = await audit({
			"pin-audit.toml": "[packages.mcp]\nrequired = true\n",
			"b/requirements-dev.txt": "pytest==8.3.3\n",
			"b/requirements.txt": "requests==2.32.3\n",
		});
		expect(findings.map(brief)).toEqual([
			["missing", "error", "b", "b/requirements.txt", null],
		]);
	});

	it("takes project globs", async () => {
		const findings = await audit({
			"pin-audit.toml": '[packages.mcp]\nrequired = ["servers/*"]\n',
			"servers/a/pyproject.toml": pyproject(["httpx==0.28.1"]),
			"tools/lint/pyproject.toml": pyproject(["ruff==0.8.1"]),
		});
		expect(findings.map(brief)).toEqual([
			["missing", "error", "servers/a", "servers/a/pyproject.toml", null],
		]);
		expect(findings[0]?.message).toContain(
			"requires of the projects matching `servers/*`",
		);
	});
});

describe("pins.dev scope", () => {
	it("covers dev-like extras and requirements files named *dev* or *test*, not runtime extras", async () => {
		const findings = await audit({
			"pin-audit.toml": '[pins]\ndefault = "exact"\ndev = "any"\n',
			"pyproject.toml": pyproject(
				["mcp==1.23.3"],
				'[project.optional-dependencies]\ntest = ["pytest"]\nDocs = ["sphinx"]\ncli = ["typer"]\n',
			),
			"requirements-dev.txt": "ruff\n",
			"tests/requirements-test.txt": "pytest\n",
			"requirements.txt": "httpx\n",
		});
		expect(
			findings
				.filter((f) => f.rule === "unpinned")
				.map((f) => [f.file, f.package]),
		).toEqual([
			["pyproject.toml", "typer"],
			["requirements.txt", "httpx"],
		]);
	});
});

describe("[[pins.files]]", () => {
	it("sets the level per file glob, the first match winning", async () => {
		const findings = await audit({
			"pin-audit.toml": `[pins]
default = "specified"

[[pins.files]]
glob = "**/requirements-mcp.txt"
level = "exact"

[[pins.files]]
glob = "**/*.txt"
level = "any"
`,
			"servers/a/requirements-mcp.txt": "mcp>=1.23\n",
			"servers/a/requirements-extra.txt": "rich\n",
		});
		expect(findings.map((f) => [f.rule, f.file, f.line])).toEqual([
			["unpinned", "servers/a/requirements-mcp.txt", 1],
		]);
		expect(findings[0]?.message).toContain('pins.files[0].level = "exact"');
	});
});

describe("exception-unused", () => {
	const files = {
		"pin-audit.toml": `[[exceptions]]
rule = "unpinned"
project = "servers/scrapper"
reason = "legacy"

[[exceptions]]
rule = "unpinned"
project = "servers/scraper"
reason = "legacy"
`,
		"servers/scraper/requirements.txt": "httpx\n",
	};

	it("names an exception that suppressed nothing, by file and line", async () => {
		const findings = await audit(files);
		expect(findings.map(brief)).toEqual([
			["exception-unused", "warning", null, "pin-audit.toml", 1],
		]);
		expect(findings[0]?.message).toBe(
			'the exception for `unpinned` (projects servers/scrapper) ("legacy") matched no finding in this audit: its globs may be misspelled, or the problem is gone. Fix its `project`/`file`/`package`, or remove it.',
		);
	});

	it("is not judged when only part of the repository was audited", async () => {
		expect(await audit(files, ["servers/scraper/**"])).toEqual([]);
	});
});

describe("policy globs", () => {
	it("refuses a [[pins.files]] glob that does not compile, naming the key", async () => {
		await expect(
			audit({
				"pin-audit.toml":
					'[[pins.files]]\nglob = "requirements[.txt"\nlevel = "exact"\n',
				"requirements.txt": "httpx==0.28.1\n",
			}),
		).rejects.toThrow("pins.files[0].glob");
	});
});
