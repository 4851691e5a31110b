// The text report of a 70-server fleet, run as a user runs it (`node dist/cli.js`): findings by project in
// about three lines per error (project headings included), clean projects in one line, a closing summary with
// counts per rule and per project (worst first) and the exit reason. Lines are counted, never timed.
// Before this layout the same fleet printed 216 lines (5.4 per error plus the summary); now 121.
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyExampleFleet } from "../support/copy-example-fleet.js";

const run = promisify(execFile);
const CLI = resolve("dist/cli.js");
const ERRORS = 36;

/** Runs in the fleet's directory, so the head line is as short as a user's. */
async function cli(args: string[]): Promise<{ code: number; stdout: string }> {
	try {
		const { stdout } = await run(process.execPath, [CLI, ...args], {
			cwd: fleet,
			env: { ...process.env, NO_COLOR: "1" },
			maxBuffer: 64 * 1024 * 1024,
		});
		return { code: 0, stdout };
	} catch (error) {
		const e = error as { code: number; stdout: string };
		return { code: e.code, stdout: e.stdout };
	}
}

let fleet = "";
beforeAll(() => {
	fleet = copyExampleFleet();
});
afterAll(() => rmSync(fleet, { recursive: true, force: true }));

describe("the text report of a 70-server fleet", () => {
	it("fits in three lines per error plus the summary", async () => {
		const { code, stdout } = await cli(["--offline"]);
		expect(code).toBe(1);
		const lines = stdout.trimEnd().split("\n");
		expect(lines[0]).toMatch(/^pin-audit \S+: \.: 71 projects, /);
		// Head (3 lines), a blank line, the findings, a blank line, the clean projects, the summary.
		expect(lines[3]).toBe("");
		const end = lines.indexOf("", 4);
		const findings = lines.slice(4, end);
		expect(findings.filter((l) => l.startsWith("  error "))).toHaveLength(
			ERRORS,
		);
		expect(
			findings.filter((l) => /^servers\/\S+: \d+ errors?$/.test(l)),
		).toHaveLength(18);
		expect(findings.length).toBeLessThanOrEqual(3 * ERRORS);
		const rest = lines.slice(end);
		expect(rest).toEqual([
			"",
			"53 projects without findings: ., servers/clean-1, servers/clean-10, servers/clean-11, and 49 more",
			"",
			"36 errors in 18 of 71 projects",
			"by rule: outside-policy 24 errors, compat 6 errors, lock-mismatch 6 errors",
			"by project: servers/transform-1 3 errors, servers/transform-2 3 errors,",
			"  servers/transform-3 3 errors, servers/transform-4 3 errors, servers/transform-5 3 errors,",
			"  servers/transform-6 3 errors, servers/docparse-1 2 errors, and 11 more",
			"exit status 1: 36 error findings",
		]);
		expect(lines.length).toBeLessThanOrEqual(3 * ERRORS + 4 + rest.length);
		// No clean project gets a heading; no line is wider than 100 columns; each fix is printed once.
		expect(lines.some((l) => l.startsWith("servers/clean-"))).toBe(false);
		expect(lines.every((l) => l.length <= 100)).toBe(true);
		expect(stdout.split("`httpx==0.28.1`").length - 1).toBe(6);
		expect(stdout).not.toContain("fix:");
	}, 60_000);

	it("prints each finding whole with --verbose, and the same counts in markdown", async () => {
		const verbose = await cli(["--offline", "--verbose"]);
		expect(verbose.stdout).toContain(
			"the MCP stack is validated on mcp 1.23.x",
		);
		expect(verbose.stdout.split("\n").length).toBeGreaterThan(3 * ERRORS + 20);
		const markdown = (await cli(["--offline", "-f", "markdown"])).stdout;
		expect(markdown).toContain(
			"- By rule: outside-policy 24 errors, compat 6 errors, lock-mismatch 6 errors.\n",
		);
		expect(markdown).toContain(
			"- By project \\(18 of 71 with findings, worst first\\): servers/transform-1 3 errors, servers/transform-2 3 errors,",
		);
		expect(markdown).toContain("servers/docparse-4 2 errors, and 8 more.\n");
		// The fix once: as "Fix:", not again in the collapsed why.
		expect(markdown).not.toContain("Write `mcp==1.23.3`.");
	}, 60_000);
});
