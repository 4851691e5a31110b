// `pin-audit --format sarif` and `--fail-on`, through the bundle as a user runs it; the SARIF is checked by
// Microsoft's own validator (@microsoft/sarif-multitool, a development dependency).
import { execFile } from "node:child_process";
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type * as Sarif from "sarif";
import { afterAll, describe, expect, it } from "vitest";

const execFileAsync = promisify(execFile);
const CLI = resolve("dist/cli.js");
const scratch = mkdtempSync(join(tmpdir(), "pin-audit-sarif-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function cli(
	args: string[],
	cwd = process.cwd(),
): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await execFileAsync(
			process.execPath,
			[CLI, ...args],
			{
				cwd,
				env: { ...process.env, NO_COLOR: "1" },
				maxBuffer: 64 * 1024 * 1024,
			},
		);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

/** The validator's native binary for this platform, when npm installed one. */
function multitool(): string | undefined {
	const require = createRequire(import.meta.url);
	try {
		const path = require("@microsoft/sarif-multitool") as string;
		return existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

const FLEET = ["examples/mcp-fleet", "--offline"];

describe("pin-audit --format sarif", () => {
	it("gives one result per finding of the example fleet, each with its location, fingerprint and rule", async () => {
		const json = await cli([...FLEET, "--format", "json"]);
		const sarif = await cli([...FLEET, "--format", "sarif"]);
		expect(sarif.stderr).toBe("");
		expect(sarif.code).toBe(1);
		const findings = JSON.parse(json.stdout).findings as {
			rule: string;
			file: string;
			line: number;
		}[];
		const run = (JSON.parse(sarif.stdout) as Sarif.Log).runs[0] as Sarif.Run;
		const results = run.results ?? [];
		expect(findings.length).toBeGreaterThanOrEqual(5);
		expect(
			results.map((r) => {
				const location = r.locations?.[0]?.physicalLocation;
				return `${r.ruleId} ${location?.artifactLocation?.uri}:${location?.region?.startLine}`;
			}),
		).toEqual(
			findings.map((f) => `${f.rule} examples/mcp-fleet/${f.file}:${f.line}`),
		);
		const fingerprints = results.map(
			(r) => r.partialFingerprints?.["pinAuditFinding/v1"],
		);
		expect(new Set(fingerprints).size).toBe(results.length);
		const ruleIds = (run.tool.driver.rules ?? []).map((r) => r.id);
		for (const r of results) expect(ruleIds[r.ruleIndex ?? -1]).toBe(r.ruleId);
		expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
		// The planted httpx==0.26.0 next to mcp 1.23.3: a fix replacing the pin on its line.
		const httpx = results.find(
			(r) => r.ruleId === "compat" && r.properties?.package === "httpx",
		);
		expect(httpx?.fixes?.[0]?.artifactChanges[0]?.replacements[0]).toEqual({
			deletedRegion: {
				startLine: 4,
				startColumn: 1,
				endLine: 4,
				endColumn: 14,
			},
			insertedContent: { text: "httpx==0.28.1" },
		});
	});

	it("writes the same bytes on every run, from wherever it runs, with paths from the repository's root", async () => {
		const first = await cli([...FLEET, "--format", "sarif"]);
		const second = await cli([...FLEET, "--format", "sarif"]);
		expect(second.stdout).toBe(first.stdout);
		// This checkout is the repository: from inside the fleet, paths still start at its root.
		const inside = await cli(
			[".", "--offline", "--format", "sarif"],
			resolve("examples/mcp-fleet"),
		);
		expect(inside.stdout).toBe(first.stdout);
		// A copy that is no git repository: paths from the directory the CLI runs in.
		const copy = join(scratch, "outside", "fleet");
		cpSync("examples/mcp-fleet", copy, { recursive: true });
		const outside = await cli(
			["fleet", "--offline", "--format", "sarif"],
			join(scratch, "outside"),
		);
		const uris = (
			JSON.parse(outside.stdout) as Sarif.Log
		).runs[0]?.results?.map(
			(r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
		);
		expect(uris?.length).toBeGreaterThan(0);
		for (const uri of uris ?? []) expect(uri).toMatch(/^fleet\/servers\//);
	});

	const validator = multitool();
	it.skipIf(!validator)(
		`passes Microsoft's SARIF validator with no error or warning${validator ? "" : " (SKIPPED: no sarif-multitool binary for this platform)"}`,
		{ timeout: 120_000 },
		async () => {
			const sarif = await cli([...FLEET, "--format", "sarif"]);
			const input = join(scratch, "fleet.sarif");
			const output = join(scratch, "validation.sarif");
			writeFileSync(input, sarif.stdout);
			const { stdout } = await execFileAsync(validator as string, [
				"validate",
				input,
				"--output",
				output,
				"--log",
				"ForceOverwrite",
			]);
			expect(stdout).toContain("Analysis completed successfully");
			const validation = JSON.parse(readFileSync(output, "utf8")) as Sarif.Log;
			const problems = (validation.runs[0]?.results ?? [])
				.filter((r) => r.level === "error" || r.level === "warning")
				.map((r) => `${r.ruleId}: ${JSON.stringify(r.message)}`);
			expect(problems).toEqual([]);
			// It did validate: the same validator flags a broken log.
			const broken = JSON.parse(sarif.stdout);
			broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
			writeFileSync(input, JSON.stringify(broken));
			await execFileAsync(validator as string, [
				"validate",
				input,
				"--output",
				output,
				"--log",
				"ForceOverwrite",
			]).catch(() => undefined);
			const flagged = JSON.parse(readFileSync(output, "utf8")) as Sarif.Log;
			expect(
				(flagged.runs[0]?.results ?? []).filter((r) => r.level === "error"),
			).not.toEqual([]);
		},
	);
});

describe("pin-audit --fail-on", () => {
	const warningsOnly = join(scratch, "warnings-only");
	// Two projects at different anyio versions, under a policy that makes `inconsistent` a warning: no errors.
	const setUp = () => {
		for (const [file, text] of Object.entries({
			"pin-audit.toml": '[consistency]\npackages = ["anyio"]\n',
			"a/requirements.txt": "anyio==4.5.0\n",
			"b/requirements.txt": "anyio==4.6.0\n",
		})) {
			const path = join(warningsOnly, file);
			rmSync(path, { force: true });
			mkdirSync(join(path, ".."), { recursive: true });
			writeFileSync(path, text);
		}
	};

	it("exits 1 on findings at or above the threshold and 0 below it", {
		timeout: 120_000,
	}, async () => {
		setUp();
		const base = [warningsOnly, "--offline", "--format", "json"];
		const report = JSON.parse((await cli(base)).stdout);
		expect(report.summary).toMatchObject({ errors: 0 });
		expect(report.summary.warnings).toBeGreaterThan(0);
		expect((await cli(base)).code).toBe(0);
		expect((await cli([...base, "--fail-on", "error"])).code).toBe(0);
		expect((await cli([...base, "--fail-on", "warning"])).code).toBe(1);
		expect((await cli([...base, "--fail-on", "never"])).code).toBe(0);
		expect((await cli([...FLEET, "--fail-on", "never"])).code).toBe(0);
		expect((await cli([...FLEET, "--fail-on", "warning"])).code).toBe(1);
	});

	it("refuses another value with exit status 2", async () => {
		const { code, stderr, stdout } = await cli([
			...FLEET,
			"--fail-on",
			"notice",
		]);
		expect(code).toBe(2);
		expect(stdout).toBe("");
		expect(stderr).toContain(
			'--fail-on must be one of error, warning, never; got "notice"',
		);
	});

	it("drift does not take --format sarif", async () => {
		const { code, stderr } = await cli([
			"drift",
			...FLEET,
			"--format",
			"sarif",
		]);
		expect(code).toBe(2);
		expect(stderr).toContain("--format must be one of text, json, markdown");
	});
});
