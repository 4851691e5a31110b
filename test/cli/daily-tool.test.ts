// The CLI as a daily tool, run as a user runs it (`node dist/cli.js` in a child process): mistakes fail closed
// with one line, a suggestion and the usage line; the policy is found from a subdirectory; a drift report
// that could check nothing fails --fail-on-drift.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const CLI = resolve("dist/cli.js");

async function cli(
	args: string[],
	cwd = ".",
): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
			cwd,
			env: { ...process.env, NO_COLOR: "1" },
			maxBuffer: 64 * 1024 * 1024,
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

/** The example fleet copied outside this repository (no .git above it). */
function copyFleet(): string {
	const dir = mkdtempSync(join(tmpdir(), "pin-audit-daily-"));
	cpSync("examples/mcp-fleet", dir, { recursive: true });
	return dir;
}

const MORE = "For more information, try 'pin-audit --help'.";

describe("usage errors", () => {
	it.each([
		[
			["--ofline"],
			"pin-audit: unknown option --ofline; did you mean --offline?",
			"Usage: pin-audit [path] [options]",
		],
		[
			["drfit", "."],
			"pin-audit: unknown command `drfit`; did you mean `drift`?",
			"Usage: pin-audit [path] [options]",
		],
		[
			["merg"],
			"pin-audit: unknown command `merg`; did you mean `merge`?",
			"Usage: pin-audit [path] [options]",
		],
		[
			["drift", "--fail-on-drfit"],
			"pin-audit: unknown option --fail-on-drfit; did you mean --fail-on-drift?",
			"Usage: pin-audit drift [path] [options]",
		],
		[
			["-f", "jsno"],
			'pin-audit: --format must be one of text, json, markdown, sarif; got "jsno"; did you mean "json"?',
			"Usage: pin-audit [path] [options]",
		],
		[
			["-o"],
			"pin-audit: -o needs a value",
			"Usage: pin-audit [path] [options]",
		],
		[
			["--index-url", "pypi.org"],
			'pin-audit: --index-url must be an absolute http(s) URL such as https://pypi.org/simple; got "pypi.org"',
			"Usage: pin-audit [path] [options]",
		],
		[
			["--index-url", "ftp://x/simple"],
			'pin-audit: --index-url must be an absolute http(s) URL such as https://pypi.org/simple; got "ftp://x/simple"',
			"Usage: pin-audit [path] [options]",
		],
	])(
		"%j: one line, the usage line, a pointer to --help; exit 2",
		async (args, line, usage) => {
			const { code, stdout, stderr } = await cli([...args]);
			expect(code).toBe(2);
			expect(stdout).toBe("");
			expect(stderr).toBe(`${line}\n${usage}\n${MORE}\n`);
		},
	);

	it("accepts -o and -f", async () => {
		const dir = mkdtempSync(join(tmpdir(), "pin-audit-out-"));
		const out = join(dir, "report.json");
		const { code, stdout } = await cli([
			"examples/mcp-fleet",
			"--offline",
			"-f",
			"json",
			"-o",
			out,
		]);
		expect(code).toBe(1);
		expect(stdout).toBe("");
		const again = await cli(["examples/mcp-fleet", "--offline", "-f", "json"]);
		expect(JSON.parse(again.stdout).summary.errors).toBe(6);
	});
});

describe("from a subdirectory", () => {
	it("finds the fleet's policy upward, says which file it used, and accepts the shared include", async () => {
		const fleet = copyFleet();
		const scraper = join(fleet, "servers", "scraper");
		const { code, stdout, stderr } = await cli(["--offline"], scraper);
		expect(stderr).toBe("");
		expect(code).toBe(1);
		const lines = stdout.split("\n");
		expect(lines[0]).toMatch(
			/^pin-audit \S+: servers\/scraper \(in \.\.\/\.\.\): 1 project,/,
		);
		expect(lines[1]).toBe("policy: ../../pin-audit.toml (extends mcp)");
		// The policy's compat rule holds (the default policy has none), and the -r ../../ include is read.
		expect(stdout).toContain(
			"error servers/scraper/requirements-mcp.txt:4 [compat, also conflict] `httpx` is pinned to 0.26.0",
		);
		expect(stdout).not.toContain("outside the audited root");
		expect(stdout).not.toContain("servers/docparse");
		const json = JSON.parse(
			(await cli(["--offline", "--format", "json"], scraper)).stdout,
		);
		expect(json.root).toBe("../..");
		expect(json.scope).toBe("servers/scraper");
		expect(json.policy.file).toBe("pin-audit.toml");
		expect(json.projects.map((p: { path: string }) => p.path)).toEqual([
			"servers/scraper",
		]);
		// Globs are relative to where the command runs.
		const lock = await cli(["--offline", "--include", "*.lock"], scraper);
		expect(lock.stderr).toBe("");
		expect(lock.stdout).toContain("1 file,");
	});
});

describe("what was not checked", () => {
	it("an offline audit says so in text and JSON checks", async () => {
		const text = await cli(["examples/mcp-fleet", "--offline"]);
		expect(text.stdout.split("\n")[2]).toBe(
			"not checked: yanked, too-new, index-unavailable (offline: no package index was asked)",
		);
		const json = JSON.parse(
			(await cli(["examples/mcp-fleet", "--offline", "-f", "json"])).stdout,
		);
		expect(
			json.checks.filter((c: { status: string }) => c.status !== "ran"),
		).toEqual([
			{
				rule: "yanked",
				status: "not-run",
				reason: "offline: no package index was asked",
			},
			{
				rule: "too-new",
				status: "not-run",
				reason: "offline: no package index was asked",
			},
			{
				rule: "index-unavailable",
				status: "not-run",
				reason: "offline: no package index was asked",
			},
		]);
	});

	it("drift with an unreachable index shows no ✅ and --fail-on-drift exits 1", async () => {
		const args = [
			"drift",
			"examples/mcp-fleet",
			"--index-url",
			"http://127.0.0.1:9/simple",
		];
		const markdown = await cli([...args, "--format", "markdown"]);
		expect(markdown.code).toBe(0);
		expect(markdown.stdout).not.toContain("✅");
		expect(markdown.stdout.split("\n")[0]).toContain(
			"nothing could be checked",
		);
		const gate = await cli([...args, "--fail-on-drift"]);
		expect(gate.code).toBe(1);
		const offline = await cli([
			"drift",
			"examples/mcp-fleet",
			"--offline",
			"--fail-on-drift",
		]);
		expect(offline.code).toBe(1);
		const help = await cli(["--help"]);
		expect(help.stdout).toMatch(
			/--fail-on-drift\s+exit 1 when anything is behind or yanked, or could not be checked/,
		);
	}, 60_000);
});
