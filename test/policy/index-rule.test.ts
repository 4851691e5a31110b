import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import type { Project } from "../../src/model/types.js";
import { parseRequirementsTxt } from "../../src/parse/requirements-txt.js";
import { evaluatePolicy } from "../../src/policy/evaluate-policy.js";
import { normalizeSource } from "../../src/policy/rules/index.js";
import { policyFrom } from "./build-project.js";

function projectOf(text: string): Project {
	const parsed = parseRequirementsTxt(text, "svc/requirements.txt");
	return {
		path: "svc",
		workspace: null,
		files: [{ path: "svc/requirements.txt", kind: "requirements" }],
		requirements: parsed.value.requirements,
		locked: [],
		requiresPython: null,
		lockMetadata: [],
		pipOptions: parsed.value.options,
	};
}

const indexFindings = (text: string, policy = "") =>
	evaluatePolicy([projectOf(text)], policyFrom(policy), {
		today: new Date("2026-01-01"),
	})
		.filter((f) => f.rule === "index")
		.map((f) => [f.severity, f.file, f.line, f.message.split(":")[0]]);

describe("rule index", () => {
	it("flags every package source the policy does not list, as an error by default", () => {
		expect(
			indexFindings(
				"--extra-index-url https://evil.example/simple\n-f ./wheels\n--trusted-host evil.example\n--index-url https://pypi.org/simple/\nflask==3.0.0\n",
			),
		).toEqual([
			["error", "svc/requirements.txt", 1, "`--extra-index-url https"],
			[
				"error",
				"svc/requirements.txt",
				2,
				"`--find-links ./wheels` adds a find-links location the policy does not list",
			],
			[
				"error",
				"svc/requirements.txt",
				3,
				"`--trusted-host evil.example` adds a trusted host the policy does not list",
			],
		]);
	});

	it("allows what [indexes] allowed and index-url list, credentials and trailing slashes aside", () => {
		expect(
			indexFindings(
				"--extra-index-url https://user:secret@Packages.Example.com/simple/\n--trusted-host packages.example.com\n-f wheels/\n--index-url https://internal.example/simple\n",
				'index-url = "https://internal.example/simple"\n[indexes]\nallowed = ["https://packages.example.com/simple", "./wheels"]\n',
			),
		).toEqual([]);
	});

	it("normalizes sources for comparison", () => {
		expect(normalizeSource("HTTPS://u:p@PyPI.org/simple//")).toBe(
			"https://pypi.org/simple",
		);
		expect(normalizeSource("./wheels/")).toBe("wheels");
	});
});

describe("rule index on pyproject.toml settings and lock sources", () => {
	const roots: string[] = [];
	afterEach(() => {
		for (const root of roots.splice(0))
			rmSync(root, { recursive: true, force: true });
	});

	async function indexFindingsOf(files: Record<string, string>) {
		const root = mkdtempSync(join(tmpdir(), "pin-audit-index-"));
		roots.push(root);
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		const report = await auditRepository({ root });
		return report.findings
			.filter((f) => f.rule === "index")
			.map((f) => [f.severity, f.file, f.line, f.message.split(": ")[0]]);
	}

	const UV_LOCK = (registry: string, names: string[]) =>
		`version = 1\nrevision = 2\nrequires-python = ">=3.12"\n\n${names
			.map(
				(name) =>
					`[[package]]\nname = "${name}"\nversion = "1.0.0"\nsource = { registry = "${registry}" }\n`,
			)
			.join("\n")}`;

	it("flags uv's and Poetry's index settings the policy does not list, each on its line", async () => {
		expect(
			await indexFindingsOf({
				"pin-audit.toml":
					'[indexes]\nallowed = ["https://mirror.example/simple"]\n',
				"svc/pyproject.toml": [
					"[project]",
					'name = "svc"',
					'version = "1"',
					"[tool.uv]",
					'extra-index-url = ["https://mirror.example/simple/", "https://evil.example/simple"]',
					'find-links = ["https://evil.example/wheels"]',
					"[tool.uv.pip]",
					'index-url = "https://evil.example/pip"',
					"[[tool.uv.index]]",
					'name = "pytorch"',
					'url = "https://download.pytorch.org/whl/cpu"',
					"[[tool.uv.index]]",
					'url = "https://pypi.org/simple"',
					"[[tool.poetry.source]]",
					'name = "private"',
					'url = "https://poetry.example/simple"',
					"",
				].join("\n"),
			}),
		).toEqual([
			[
				"error",
				"svc/pyproject.toml",
				5,
				'`[tool.uv] extra-index-url = "https://evil.example/simple"` adds an index the policy does not list',
			],
			[
				"error",
				"svc/pyproject.toml",
				6,
				'`[tool.uv] find-links = "https://evil.example/wheels"` adds a find-links location the policy does not list',
			],
			[
				"error",
				"svc/pyproject.toml",
				8,
				'`[tool.uv.pip] index-url = "https://evil.example/pip"` adds an index the policy does not list',
			],
			[
				"error",
				"svc/pyproject.toml",
				11,
				'`[[tool.uv.index]] url = "https://download.pytorch.org/whl/cpu"` adds an index the policy does not list',
			],
			[
				"error",
				"svc/pyproject.toml",
				16,
				'`[[tool.poetry.source]] url = "https://poetry.example/simple"` adds an index the policy does not list',
			],
		]);
	});

	it("flags a lock's registry the policy does not list once per lock and index; PyPI and its file host pass", async () => {
		expect(
			await indexFindingsOf({
				"a/uv.lock": UV_LOCK("https://evil.example/simple", [
					"flask",
					"flask",
					"jinja2",
				]),
				"b/uv.lock": UV_LOCK("https://pypi.org/simple", ["flask"]),
				"c/pylock.toml": [
					'lock-version = "1.0"',
					'created-by = "uv"',
					"",
					"[[packages]]",
					'name = "rich"',
					'version = "13.0.0"',
					'index = "https://files.pythonhosted.org/"',
					'wheels = [{ url = "https://files.pythonhosted.org/r.whl", hashes = { sha256 = "00" } }]',
					"",
					"[[packages]]",
					'name = "torch"',
					'version = "2.6.0"',
					'index = "https://download.pytorch.org/whl/cpu"',
					'wheels = [{ url = "https://download.pytorch.org/whl/t.whl", hashes = { sha256 = "00" } }]',
					"",
				].join("\n"),
			}),
		).toEqual([
			[
				"error",
				"a/uv.lock",
				6,
				"uv.lock installs 2 packages (flask, jinja2) from `https://evil.example/simple`, an index the policy does not list",
			],
			[
				"error",
				"c/pylock.toml",
				11,
				"pylock.toml installs torch from `https://download.pytorch.org/whl/cpu`, an index the policy does not list",
			],
		]);
	});

	it("reports an index once, where the manifest names it, not again for what its lock took from it", async () => {
		expect(
			await indexFindingsOf({
				"pyproject.toml":
					'[project]\nname = "svc"\nversion = "1"\ndependencies = ["torch"]\n[[tool.uv.index]]\nurl = "https://download.pytorch.org/whl/cpu"\n',
				"uv.lock": UV_LOCK("https://download.pytorch.org/whl/cpu", ["torch"]),
			}),
		).toEqual([
			[
				"error",
				"pyproject.toml",
				6,
				'`[[tool.uv.index]] url = "https://download.pytorch.org/whl/cpu"` adds an index the policy does not list',
			],
		]);
	});
});
