// The CLI's include boundary (src/cli/locate-audit.ts): with no policy above the audited directory, includes
// may still reach anywhere inside the git repository (paths stay relative to the audited directory), never past
// its top-level; outside git they may not leave the audited directory. Run as a user runs it (dist/cli.js).
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
const CLI = resolve("dist/cli.js");

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0))
		rmSync(dir, { recursive: true, force: true });
});

/** `outer/` holds a requirements file above the repository; `outer/repo/` is the repository (git or not). */
function makeTree(withGit: boolean): string {
	const outer = mkdtempSync(join(tmpdir(), "pin-audit-boundary-"));
	dirs.push(outer);
	const files: Record<string, string> = {
		"secret-requirements.txt": "flask\n",
		"repo/requirements-mcp.txt": "mcp==1.23.3\n",
		"repo/servers/a/requirements.txt":
			"-r ../../requirements-mcp.txt\nhttpx==0.28.1\n",
		"repo/servers/b/requirements.txt":
			"-r ../../../secret-requirements.txt\nhttpx==0.28.1\n",
	};
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(outer, path)), { recursive: true });
		writeFileSync(join(outer, path), text);
	}
	if (withGit)
		execFileSync("git", ["init", "-q"], { cwd: join(outer, "repo") });
	return join(outer, "repo");
}

interface JsonReport {
	projects: { requirements: { file: string; name: string }[] }[];
	findings: { rule: string; file: string | null; line: number | null }[];
}

async function audit(cwd: string, path: string): Promise<JsonReport> {
	const { stdout } = await run(
		process.execPath,
		[CLI, path, "--offline", "--format", "json"],
		{ cwd, env: { ...process.env, NO_COLOR: "1" } },
	).catch((error: { stdout: string }) => error);
	return JSON.parse(stdout) as JsonReport;
}

const requirementsOf = (report: JsonReport) =>
	report.projects.flatMap((p) =>
		p.requirements.map((r) => `${r.file} ${r.name}`),
	);

describe("the CLI's include boundary without a policy above the audited directory", () => {
	it("inside git: reaches the repository's files, named relative to the audited directory", async () => {
		const repo = makeTree(true);
		const report = await audit(repo, "servers/a");
		expect(requirementsOf(report)).toEqual([
			"../../requirements-mcp.txt mcp",
			"requirements.txt httpx",
		]);
		expect(report.findings).toEqual([]);
	});

	it("inside git: an include past the top-level is unauditable", async () => {
		const repo = makeTree(true);
		const report = await audit(repo, "servers/b");
		expect(requirementsOf(report)).toEqual(["requirements.txt httpx"]);
		expect(report.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
			["unauditable", "requirements.txt", 1],
		]);
	});

	it("outside git: an include may not leave the audited directory", async () => {
		const repo = makeTree(false);
		const report = await audit(repo, "servers/a");
		expect(requirementsOf(report)).toEqual(["requirements.txt httpx"]);
		expect(report.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
			["unauditable", "requirements.txt", 1],
		]);
	});
});
