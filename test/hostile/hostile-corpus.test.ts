// Every hostile fixture with its expected outcome: a clear finding (with file and line where there is one),
// every other file still audited, exit status 1 (error findings), no stack trace, nothing read outside the root.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import { readTextFile } from "../../src/discover/read-text-file.js";
import type { Report } from "../../src/model/report.js";
import type { Finding } from "../../src/model/types.js";
import { runCliCaptured } from "../support/run-cli-captured.js";
import { CANARY, createHostileTree, type HostileTree } from "./hostile-tree.js";

let tree: HostileTree;
let report: Report;
let cli: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
	tree = createHostileTree({ fifo: true });
	report = await auditRepository({
		root: tree.root,
		offline: true,
		env: {},
		today: new Date("2025-06-01T00:00:00Z"),
	});
	cli = await runCliCaptured([tree.root, "--format", "json", "--offline"]);
}, 60_000);

afterAll(() => tree?.remove());

/** The findings about one file, as [severity, line, message] for readable failures. */
function findingsFor(file: string): [string, number | null, string][] {
	return report.findings
		.filter((f) => f.file === file)
		.map((f: Finding) => [f.severity, f.line, f.message]);
}

function project(path: string) {
	const found = report.projects.find((p) => p.path === path);
	expect(found, `project ${path}`).toBeDefined();
	return found as NonNullable<typeof found>;
}

function requirementNames(path: string): string[] {
	return project(path).requirements.map((r) => `${r.name}${r.specifier}`);
}

describe("the CLI on the hostile repository", () => {
	it("exits 1 (error findings), writes nothing to stderr, prints a report", () => {
		expect(cli.stderr).toBe("");
		expect(cli.code).toBe(1);
		const json = JSON.parse(cli.stdout);
		expect(json.summary.errors).toBeGreaterThan(0);
	});

	it("shows no stack trace and no JavaScript error in any finding", () => {
		expect(cli.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
		const messages = report.findings.map((f) => f.message);
		expect(messages.length).toBeGreaterThan(20);
		for (const message of messages)
			expect(message).not.toMatch(/\b(?:Type|Range|Reference|Syntax)Error\b/);
	});
});

describe("nothing outside the root is read", () => {
	it("the canary next to the root appears nowhere in the report", () => {
		expect(cli.stdout).not.toContain(CANARY);
		expect(JSON.stringify(report)).not.toContain(CANARY);
	});

	it("refuses relative includes that climb out, with the line", () => {
		expect(findingsFor("include-escape/requirements.txt")).toEqual([
			[
				"error",
				2,
				"-r ../../../../etc/passwd: the path leads outside the audited root; pip reads it and pin-audit does not, so it was not audited; keep requirements files inside the repository and out of .git and node_modules",
			],
			[
				"error",
				3,
				"-c /etc/hostname: '/etc/hostname' is an absolute path outside the audited root; pip reads it and pin-audit does not, so it was not audited; keep requirements files inside the repository and out of .git and node_modules",
			],
			[
				"error",
				4,
				"-r ../../outside/requirements.txt: the path leads outside the audited root; pip reads it and pin-audit does not, so it was not audited; keep requirements files inside the repository and out of .git and node_modules",
			],
		]);
		expect(requirementNames("include-escape")).toEqual(["mcp==1.2.0"]);
	});

	it("refuses absolute includes outside the root (a named pipe among them: opening it would hang)", () => {
		expect(findingsFor("include-absolute/requirements.txt")).toEqual([
			[
				"error",
				2,
				`-r ${tree.outside}/requirements.txt: '${tree.outside}/requirements.txt' is an absolute path outside the audited root; pip reads it and pin-audit does not, so it was not audited; keep requirements files inside the repository and out of .git and node_modules`,
			],
			[
				"error",
				3,
				`-c ${tree.outside}/pipe.txt: '${tree.outside}/pipe.txt' is an absolute path outside the audited root; pip reads it and pin-audit does not, so it was not audited; keep requirements files inside the repository and out of .git and node_modules`,
			],
		]);
	});

	it("does not follow links out of the root, to a file, a directory or a pipe", () => {
		// A dependency file an installer reads through the link: unauditable, an error.
		expect(findingsFor("link-outside/requirements.txt")).toEqual([
			[
				"error",
				null,
				`symbolic link not followed: 'link-outside/requirements.txt' is a link to '${tree.outside}/requirements.txt', outside the audited root; an installer would read it, so it was not audited; make it a regular file in the repository`,
			],
		]);
		expect(findingsFor("link-outside/linked-dir")).toEqual([
			[
				"warning",
				null,
				`symbolic link not followed: 'link-outside/linked-dir' is a link to '${tree.outside}', outside the audited root`,
			],
		]);
		expect(findingsFor("link-fifo/requirements.txt")).toEqual([
			[
				"error",
				null,
				`symbolic link not followed: 'link-fifo/requirements.txt' is a link to '${tree.outside}/pipe.txt', outside the audited root; an installer would read it, so it was not audited; make it a regular file in the repository`,
			],
		]);
	});
});

describe("each hostile file gets one clear finding; the rest of its project is audited", () => {
	it("a symbolic link loop and a self-link are reported, and the files beside them audited once", () => {
		expect(findingsFor("link-loop/nested/up")).toEqual([
			[
				"warning",
				null,
				"symbolic link loop (points back to a directory that contains it); not followed",
			],
		]);
		expect(findingsFor("link-loop/self")).toEqual([
			[
				"warning",
				null,
				"symbolic link not followed: more than 40 symbolic links on the way (the OS stops there too)",
			],
		]);
		expect(requirementNames("link-loop")).toEqual(["mcp==1.2.0"]);
	});

	it("invalid TOML: the line of the error", () => {
		expect(findingsFor("invalid-toml/pyproject.toml")).toEqual([
			["error", 5, "invalid TOML: invalid value (line 5, column 2)"],
		]);
	});

	it("a truncated lock: the line where it stops", () => {
		expect(findingsFor("truncated-lock/uv.lock")).toEqual([
			["error", 8, "invalid TOML: unfinished string (line 8, column 84)"],
		]);
	});

	it("a binary file named requirements.txt", () => {
		expect(findingsFor("binary/requirements.txt")).toEqual([
			[
				"error",
				1,
				"binary content (a NUL byte at offset 7); this is not a text file",
			],
		]);
	});

	it("UTF-16 with a BOM is read as pip reads it", () => {
		expect(findingsFor("utf16/requirements.txt")).toEqual([]);
		// pip's auto_decode reads it: so does pin-audit.
		expect(
			project("utf16").requirements.map((r) => `${r.name}${r.specifier}`),
		).toEqual(["mcp==1.2.0", "httpx==0.27.0"]);
	});

	it("Latin-1: the line of the first byte that is not UTF-8", () => {
		expect(findingsFor("latin1/requirements.txt")).toEqual([
			[
				"error",
				1,
				"not valid UTF-8, so pip cannot read it either; re-save the file as UTF-8",
			],
		]);
	});

	it("a 100 MB file is refused by the 16 MiB cap", () => {
		expect(findingsFor("huge/requirements.txt")).toEqual([
			[
				"error",
				null,
				"file is 100.0 MiB, larger than the 16.0 MiB pin-audit reads, so what an installer reads from it was not audited; keep dependency files under that size",
			],
		]);
	});

	it("a 1 MB line is read, and so is the line after it", () => {
		expect(findingsFor("long-line/requirements.txt")).toEqual([]);
		expect(requirementNames("long-line")).toEqual([
			"mcp==1.2.0",
			"httpx==0.27.0",
		]);
	});

	it("TOML nested 100,000 levels (arrays, inline tables, in a lock) is an error on that file, not a crash", () => {
		// The value starts at column 9 (`value = `) or 10 (`wheels = `); the 1001st bracket or brace is too deep.
		expect(findingsFor("deep-array/pyproject.toml")).toEqual([
			[
				"error",
				7,
				"invalid TOML: arrays and inline tables nested more than 1000 levels deep (line 7, column 1009)",
			],
		]);
		expect(findingsFor("deep-table/pyproject.toml")).toEqual([
			[
				"error",
				7,
				"invalid TOML: arrays and inline tables nested more than 1000 levels deep (line 7, column 5009)",
			],
		]);
		expect(findingsFor("deep-lock/uv.lock")).toEqual([
			[
				"error",
				7,
				"invalid TOML: arrays and inline tables nested more than 1000 levels deep (line 7, column 1010)",
			],
		]);
	});

	it("-r cycles: one error, on the include that closes the cycle, and each file read once", () => {
		expect(findingsFor("include-cycle/dev.txt")).toEqual([
			[
				"error",
				2,
				"-r include cycle: include-cycle/dev.txt -> include-cycle/requirements.txt -> include-cycle/dev.txt",
			],
		]);
		expect(findingsFor("include-cycle/requirements.txt")).toEqual([]);
		expect(requirementNames("include-cycle").sort()).toEqual([
			"mcp==1.2.0",
			"pytest==8.3.4",
		]);
	});

	it("invalid specifiers: each line in words, and the valid line after them is audited", () => {
		expect(findingsFor("invalid-specifiers/requirements.txt")).toEqual([
			[
				"error",
				1,
				"invalid requirement: expected a version after '>=' in 'mcp>=' (at column 4)",
			],
			[
				"error",
				2,
				"invalid requirement: expected ',' between version clauses, or ';' before a marker, or the end in 'mcp==1.2.*.4' (at column 11)",
			],
			[
				"error",
				3,
				"invalid requirement: '~=' needs a version with at least two parts (like '~=1.0'), not '1' in 'mcp~=1' (at column 4)",
			],
		]);
		expect(requirementNames("invalid-specifiers")).toEqual(["httpx==0.27.0"]);
	});

	it("non-ASCII names are invalid requirements (PEP 508 names are ASCII), on their lines", () => {
		expect(
			findingsFor("non-ascii-names/requirements.txt").map(([s, l]) => [s, l]),
		).toEqual([
			["error", 1],
			["error", 3],
		]);
		expect(requirementNames("non-ascii-names")).toEqual(["mcp==1.2.0"]);
	});

	it("markup in requirement names is an invalid requirement on its line; markers and URLs are kept as data", () => {
		expect(
			findingsFor("injection/requirements.txt").map(([s, l]) => [s, l]),
		).toEqual([
			["error", 2],
			["error", 3],
			["error", 4],
			["error", 5], // unpinned mcp
			["error", 6], // unpinned httpx
			["error", 7], // pip rejects it: the URL ends at whitespace, and what follows is no '; marker'
			["error", 9], // -r <img: no such file
			["warning", 9], // pip ignores 'src=x>.txt'
		]);
		const requirements = project("injection").requirements;
		expect(
			requirements
				.filter((r) => r.file === "injection/requirements.txt")
				.map((r) => [r.name, r.line, r.marker, r.url]),
		).toEqual([
			[
				"mcp",
				5,
				'python_version < "</details><img src=x onerror=alert(1)>"',
				null,
			],
			["httpx", 6, 'sys_platform == "```"', null],
			["uvicorn", 8, null, "https://evil.test/[x](javascript:alert(1))"],
		]);
		expect(
			requirements
				.filter((r) => r.file === "injection/pyproject.toml")
				.map((r) => [r.name, r.group]),
		).toEqual([
			["pydantic", "project"],
			["anyio", "project"],
			["sse-starlette", "project"],
			["pytest", "group:@everyone"],
			["ruff", "group:</details><img src=x>"],
		]);
	});

	it("the clean project and the project in a directory named with markup are audited", () => {
		expect(requirementNames("clean")).toEqual(["mcp==1.2.0", "httpx==0.27.0"]);
		expect(
			requirementNames(
				"<img src=x onerror=alert(1)> @everyone [x](javascript:alert(1)) ```",
			),
		).toEqual(["mcp"]);
	});

	it("an unreadable directory: audited when running as root, else a warning naming it", () => {
		if (process.getuid?.() === 0) {
			expect(requirementNames("unreadable/inner")).toEqual(["mcp==1.2.0"]);
		} else {
			expect(findingsFor("unreadable/inner")).toEqual([
				["warning", null, "directory not audited: permission denied"],
			]);
		}
	});
});

describe("the size cap reads the size, not the file", () => {
	it("refuses a 3 GiB sparse file by its size (reading it whole would fail differently: Node cannot)", async () => {
		const { truncateSync, writeFileSync } = await import("node:fs");
		const path = `${tree.base}/three-gib.txt`;
		writeFileSync(path, "");
		truncateSync(path, 3 * 1024 * 1024 * 1024);
		const started = performance.now();
		const result = await readTextFile(path);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(result).toEqual({
			ok: false,
			diagnostic: {
				severity: "error",
				line: null,
				rule: "unauditable",
				message:
					"file is 3072.0 MiB, larger than the 16.0 MiB pin-audit reads, so what an installer reads from it was not audited; keep dependency files under that size",
			},
		});
	});
});
