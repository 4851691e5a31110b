// The pre-commit hook (.pre-commit-hooks.yaml) through pre-commit itself: `pre-commit try-repo` with this
// repository as the hook repository, on a git copy of the example fleet. Runs dist/ as committed or built
// (try-repo takes uncommitted changes to tracked files): run `npm run build` first.
import { execFile, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const execFileAsync = promisify(execFile);
const REPO = resolve(".");
const scratch = mkdtempSync(join(tmpdir(), "pin-audit-pre-commit-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const env = {
	...process.env,
	// The Node on the user's PATH, not this repository's node_modules/.bin (Node 24 for the action tests).
	PATH: (process.env.PATH ?? "")
		.split(delimiter)
		.filter((dir) => !dir.includes(`${REPO}/node_modules`))
		.join(delimiter),
	PRE_COMMIT_HOME: join(scratch, "pre-commit-home"),
	GIT_AUTHOR_NAME: "test",
	GIT_AUTHOR_EMAIL: "test@example.invalid",
	GIT_COMMITTER_NAME: "test",
	GIT_COMMITTER_EMAIL: "test@example.invalid",
	GIT_CONFIG_NOSYSTEM: "1",
	NO_COLOR: "1",
};

function preCommitVersion(): string | undefined {
	try {
		return execFileSync("pre-commit", ["--version"], { env }).toString().trim();
	} catch {
		return undefined;
	}
}

/** A git repository holding `files` (copied from a directory, or written), committed. */
function gitRepository(name: string, files: string | Record<string, string>) {
	const dir = join(scratch, name);
	if (typeof files === "string") cpSync(files, dir, { recursive: true });
	else
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(join(dir, path, ".."), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
	for (const args of [
		["init", "-q"],
		["add", "-A"],
		["commit", "-q", "-m", "fleet"],
	])
		execFileSync("git", args, { cwd: dir, env });
	return dir;
}

async function tryRepo(cwd: string) {
	try {
		const { stdout } = await execFileAsync(
			"pre-commit",
			[
				"try-repo",
				REPO,
				"pin-audit",
				"--all-files",
				"--verbose",
				"--color",
				"never",
			],
			{ cwd, env, maxBuffer: 16 * 1024 * 1024 },
		);
		return { code: 0, stdout };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: `${e.stdout}${e.stderr}` };
	}
}

const version = preCommitVersion();

describe.skipIf(!version)(
	`pre-commit try-repo ${version ?? "(SKIPPED: pre-commit is not installed; Debian: apt-get install pre-commit)"}`,
	{ timeout: 180_000 },
	() => {
		it("fails on the example fleet's planted problems, with the text report", async () => {
			const fleet = gitRepository("fleet", resolve("examples/mcp-fleet"));
			const { code, stdout } = await tryRepo(fleet);
			expect(code, stdout).toBe(1);
			expect(stdout).toMatch(/^pin-audit\.+Failed$/m);
			expect(stdout).toContain(
				"servers/scraper/requirements-mcp.txt:4 [compat, also conflict]",
			);
			expect(stdout).toContain(
				"servers/transform/requirements-mcp.txt:4 [outside-policy, also conflict]",
			);
			expect(stdout).toContain(
				"servers/transform/pyproject.toml:10 [lock-mismatch, also inconsistent]",
			);
			expect(stdout).toMatch(/^6 errors, /m);
		});

		it("passes a repository without error findings", async () => {
			const clean = gitRepository("clean", {
				"requirements.txt": "anyio==4.6.2\n",
			});
			const { code, stdout } = await tryRepo(clean);
			expect(code, stdout).toBe(0);
			expect(stdout).toMatch(/^pin-audit\.+Passed$/m);
		});

		it("does not run when no dependency file is among the files", async () => {
			const docs = gitRepository("docs", {
				"README.md": "# docs\n",
				"MANIFEST.in": "include README.md\n",
				"requirements-notes.md": "not a requirements file\n",
			});
			const { code, stdout } = await tryRepo(docs);
			expect(code, stdout).toBe(0);
			expect(stdout).toMatch(/^pin-audit\.+\(no files to check\)Skipped$/m);
		});
	},
);
