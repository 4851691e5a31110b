// Runs the committed bundle exactly as a user does: `node dist/cli.js ...` in a child process.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const schema = JSON.parse(readFileSync("schema/report.schema.json", "utf8"));

async function cli(
	...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run(
			process.execPath,
			["dist/cli.js", ...args],
			{
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

describe("dist/cli.js", () => {
	it("prints the example fleet's report as JSON that satisfies the published schema", async () => {
		const { stdout, stderr } = await cli(
			"examples/mcp-fleet",
			"--format",
			"json",
		);
		expect(stderr).toBe("");
		const report = JSON.parse(stdout);
		const validate = new Ajv2020.default({
			allErrors: true,
			strict: true,
		}).compile(schema);
		expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
		expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(
			true,
		);
		expect(report.projects.map((p: { path: string }) => p.path)).toEqual([
			".",
			"servers/docparse",
			"servers/scraper",
			"servers/transform",
		]);
		const scraper = report.projects.find(
			(p: { path: string }) => p.path === "servers/scraper",
		);
		expect(scraper.requirements).toContainEqual({
			name: "mcp",
			specifier: "==1.23.3",
			extras: [],
			marker: null,
			url: null,
			editable: false,
			hashes: 1,
			group: "requirements",
			file: "requirements-mcp.txt",
			line: 3,
		});
		expect(scraper.locked).toContainEqual(
			expect.objectContaining({
				name: "mcp",
				version: "1.23.3",
				source: "registry",
				file: "servers/scraper/uv.lock",
			}),
		);
	});

	it("prints a readable per-project inventory as text", async () => {
		const { stdout } = await cli("examples/mcp-fleet", "--inventory");
		expect(stdout).toContain("servers/docparse");
		expect(stdout).toMatch(
			/mcp ==1\.23\.1\s+requirements\s+servers\/docparse\/requirements-mcp\.txt:2/,
		);
		expect(stdout).not.toContain("\u001b[");
	});

	it("prints its version and help", async () => {
		const pkg = JSON.parse(readFileSync("package.json", "utf8"));
		expect(await cli("--version")).toEqual({
			code: 0,
			stdout: `${pkg.version}\n`,
			stderr: "",
		});
		const help = await cli("--help");
		expect(help.code).toBe(0);
		expect(help.stdout).toContain("Usage: pin-audit");
	});

	it.each([
		[["--frobnicate"], "unknown option --frobnicate"],
		[["--format", "yaml"], "--format must be one of text, json, markdown"],
		[["does/not/exist"], "does/not/exist: no such directory"],
		[["package.json"], "not a directory"],
		[["a", "b"], "expected one path"],
	])(
		"exits 2 with a message and no stack trace for %j",
		async (args, message) => {
			const { code, stderr, stdout } = await cli(...args);
			expect(code).toBe(2);
			expect(stdout).toBe("");
			expect(stderr).toContain(message);
			// A stack frame: "    at fn (file:line:col)" or "    at file:line:col".
			expect(stderr).not.toMatch(/\n\s+at (?:.+ \()?\S+:\d+:\d+\)?/);
		},
	);
});
