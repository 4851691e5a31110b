// What the user can get wrong on the command line (an --output in a missing directory, a glob that matches
// nothing or does not compile, a merge input from another repository's workflow) is a message and exit 2, or
// a report that says so: never an internal error with a stack, never a silent "all clear".
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
	buildDriftReport,
	computeRepositoryDrift,
} from "../../src/drift/compute-drift.js";
import { renderDriftJson } from "../../src/report/render-drift.js";
import { runCliCaptured } from "../support/run-cli-captured.js";

const schema = JSON.parse(readFileSync("schema/drift.schema.json", "utf8"));
const validate = new Ajv2020.default({ allErrors: true, strict: true }).compile(
	schema,
);

function cli(...argv: string[]) {
	return runCliCaptured(argv);
}

function tempDir(): string {
	return mkdtempSync(join(tmpdir(), "pin-audit-cli-errors-"));
}

/** A drift report of one repository whose mcp==1.0 is behind 2.0 and outside its policy, with 2.1 in cooldown. */
function driftReport(): Record<string, unknown> {
	const repository = computeRepositoryDrift({
		name: "octo-org/server",
		policy: "pin-audit.toml",
		projects: [
			{
				path: ".",
				files: [{ path: "requirements.txt", kind: "requirements" }],
				requirements: [
					{
						name: "mcp",
						specifier: "==1.0",
						url: null,
						group: "requirements",
						file: "requirements.txt",
						line: 1,
					},
				],
				locked: [],
			},
		],
		rules: null,
		releases: () => ({
			index: "https://pypi.org",
			lookup: {
				ok: true,
				value: [
					{
						version: "1.0",
						uploadTime: "2025-01-01T00:00:00Z",
						yanked: false,
						yankedReason: null,
						requiresPython: null,
					},
					{
						version: "2.0",
						uploadTime: "2026-01-01T00:00:00Z",
						yanked: false,
						yankedReason: null,
						requiresPython: null,
					},
				],
			},
		}),
		now: new Date("2026-06-01T00:00:00Z"),
	});
	return JSON.parse(
		renderDriftJson(
			buildDriftReport([repository], new Date("2026-06-01T00:00:00Z")),
		),
	);
}

function withEntry(patch: Record<string, unknown>): Record<string, unknown> {
	const report = driftReport() as {
		repositories: { entries: Record<string, unknown>[] }[];
	};
	const entry = report.repositories[0]?.entries[0];
	if (!entry) throw new Error("fixture has no entry");
	Object.assign(entry, patch);
	return report;
}

describe("merge inputs from other repositories", () => {
	it("refuses markup where a version or a date belongs, naming the file, exit 2 without a stack", async () => {
		const dir = tempDir();
		const hostile = "<img src=x>@everyone [x](https://evil.example)";
		const cases: [string, Record<string, unknown>, string][] = [
			["current", { current: hostile }, "current"],
			["latest", { latest: hostile }, "latest"],
			["allowed", { allowed: hostile }, "allowed"],
			["currentUploaded", { currentUploaded: hostile }, "currentUploaded"],
			[
				"latestUploaded",
				{ latestUploaded: `2026-01-01${hostile}` },
				"latestUploaded",
			],
			[
				"allowedAt",
				{ notYet: { version: "2.1", allowedAt: "soon" } },
				"notYet.allowedAt",
			],
			[
				"notYet version",
				{ notYet: { version: hostile, allowedAt: "2026-07-01T00:00:00Z" } },
				"notYet.version",
			],
			["non-normalized version", { current: "1.0.0-RC1" }, "current"],
		];
		for (const [name, patch, path] of cases) {
			const file = join(dir, `${name}.json`);
			const report = withEntry(patch);
			writeFileSync(file, JSON.stringify(report));
			// The published schema refuses it as well.
			expect(validate(report), name).toBe(false);
			const { code, stdout, stderr } = await cli(
				"merge",
				file,
				"--format",
				"markdown",
			);
			expect({ name, code, stdout }).toEqual({ name, code: 2, stdout: "" });
			expect(stderr).toContain(`pin-audit: ${file}: not a valid drift report`);
			expect(stderr).toContain(path);
			expect(stderr).not.toContain("internal error");
			expect(stderr).not.toContain("    at ");
		}
	});

	it("refuses a generatedAt that is not a date", async () => {
		const file = join(tempDir(), "generated.json");
		writeFileSync(
			file,
			JSON.stringify({ ...driftReport(), generatedAt: "yesterday" }),
		);
		const { code, stderr } = await cli("merge", file);
		expect(code).toBe(2);
		expect(stderr).toContain("generatedAt");
	});

	it("accepts its own reports with offsets and fractions of a second, and a cooldown date", async () => {
		const report = withEntry({
			currentUploaded: "2025-01-01T00:00:00.123456+00:00",
			currentAllowed: false,
			notYet: { version: "2.1", allowedAt: "2026-07-01T00:00:00.000Z" },
		});
		expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
		const file = join(tempDir(), "ok.json");
		writeFileSync(file, JSON.stringify(report));
		const { code, stdout, stderr } = await cli(
			"merge",
			file,
			"--format",
			"markdown",
		);
		expect(stderr).toBe("");
		expect(code).toBe(0);
		expect(stdout).toContain(
			"- `mcp` `1.0` (2025-01-01) → `2.0` (2026-01-01) · 1 major behind · 1.0 libyears\\\n  policy: `1.0` is outside the policy; `2.0`; `2.1` not yet (cooldown ends 2026-07-01 00:00 UTC) · `requirements.txt:1`",
		);
	});
});

describe("--output", () => {
	it("a missing directory is a configuration error before anything is audited", async () => {
		const dir = tempDir();
		const output = join(dir, "missing", "report.json");
		for (const argv of [
			["examples/mcp-fleet", "--offline", "--output", output],
			["drift", "examples/mcp-fleet", "--offline", "--output", output],
		]) {
			const { code, stdout, stderr } = await cli(...argv);
			expect(code).toBe(2);
			expect(stdout).toBe("");
			expect(stderr).toBe(
				`pin-audit: cannot write ${output}: no such directory\n`,
			);
		}
		const input = join(dir, "in.json");
		writeFileSync(input, JSON.stringify(driftReport()));
		const merged = await cli("merge", input, "--output", output);
		expect(merged.code).toBe(2);
		expect(merged.stderr).toBe(
			`pin-audit: cannot write ${output}: no such directory\n`,
		);
	});

	it("a directory is not a file to write", async () => {
		const dir = tempDir();
		const { code, stderr } = await cli(
			"examples/mcp-fleet",
			"--offline",
			"--output",
			dir,
		);
		expect(code).toBe(2);
		expect(stderr).toBe(`pin-audit: cannot write ${dir}: is a directory\n`);
	});

	it("writes the report to the file", async () => {
		const dir = tempDir();
		const output = join(dir, "report.md");
		const { code, stdout } = await cli(
			"drift",
			"examples/mcp-fleet",
			"--offline",
			"--format",
			"markdown",
			"--output",
			output,
		);
		expect(code).toBe(0);
		expect(stdout).toBe("");
		expect(existsSync(output)).toBe(true);
		expect(readFileSync(output, "utf8")).toContain("pin-audit drift");
	});
});

describe("--include and --exclude", () => {
	it("a glob that does not compile is a configuration error", async () => {
		for (const flag of ["--include", "--exclude"]) {
			const { code, stdout, stderr } = await cli(
				"examples/mcp-fleet",
				"--offline",
				flag,
				"[",
			);
			expect(code).toBe(2);
			expect(stdout).toBe("");
			expect(stderr).toContain(`pin-audit: invalid ${flag.slice(2)} glob "["`);
			expect(stderr).not.toContain("internal error");
		}
	});

	it("a glob that matches nothing is a usage error naming it, with a hint for a directory", async () => {
		const nomatch = await cli(
			"examples/mcp-fleet",
			"--offline",
			"--include",
			"nomatch/**",
		);
		expect(nomatch).toEqual({
			code: 2,
			stdout: "",
			stderr: 'pin-audit: --include "nomatch/**" matches no dependency file\n',
		});
		const directory = await cli(
			"examples/mcp-fleet",
			"--offline",
			"--include",
			"servers/scraper",
		);
		expect(directory.code).toBe(2);
		expect(directory.stderr).toBe(
			'pin-audit: --include "servers/scraper" matches no dependency file; did you mean `servers/scraper/**`?\n',
		);
		const bare = await cli(
			"examples/mcp-fleet",
			"--offline",
			"--include",
			"*.lock",
		);
		expect(bare.stderr).toBe(
			'pin-audit: --include "*.lock" matches no dependency file; did you mean `**/*.lock`?\n',
		);
		const exclude = await cli(
			"examples/mcp-fleet",
			"--offline",
			"--exclude",
			"legacy/**",
		);
		expect(exclude.code).toBe(2);
		expect(exclude.stderr).toBe(
			'pin-audit: --exclude "legacy/**" matches nothing\n',
		);
		const fine = await cli(
			"examples/mcp-fleet",
			"--offline",
			"--include",
			"servers/scraper/**",
			"--exclude",
			"servers/scraper/uv.lock",
		);
		expect(fine.code).toBe(1);
		expect(fine.stderr).toBe("");
	});

	it("auditing a tree without dependency files says so instead of 'no problems found'", async () => {
		const empty = tempDir();
		writeFileSync(join(empty, "README.md"), "# not a Python project\n");
		const text = await cli(empty, "--offline");
		expect(text.code).toBe(0);
		expect(text.stdout).toContain(`no dependency files found under ${empty}`);
		expect(text.stdout).not.toContain("no problems found");
		const json = await cli(empty, "--offline", "--format", "json");
		expect(JSON.parse(json.stdout).findings).toEqual([
			{
				rule: "discovery",
				severity: "warning",
				project: null,
				package: null,
				file: null,
				line: null,
				message: `no dependency files found under ${empty}`,
			},
		]);
	});
});
