// A three-server fleet in a temporary git repository with dated commits, for rule `soak`: the canary
// servers/scraper, and the CLI's findings against a base ref.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { runCli } from "../../src/run-cli.js";
import type { Defer } from "./after-each-cleanups.js";
import { commit, git, write } from "./dated-git.js";

export const SOAK_POLICY = `[rollout]\ncanary = "servers/scraper"\nsoak = "24h"\n`;

export const pins = (mcp: string) =>
	`# runtime pins\nhttpx==0.28.1\nmcp==${mcp}  # the SDK\n`;

export const moveTransform = {
	"servers/transform/requirements.txt": pins("1.23.3"),
};

/**
 * main: a fleet on mcp 1.23.1 (ten days ago); then, `canaryHoursAgo` hours ago (unless null), the canary moves
 * to 1.23.3. The work tree is a branch off main where `moves` are written (uncommitted, like a local change).
 */
export function soakFleet(
	defer: Defer,
	canaryHoursAgo: number | null,
	moves: Record<string, string>,
): string {
	const dir = mkdtempSync(join(tmpdir(), "pin-audit-soak-"));
	defer(() => rmSync(dir, { recursive: true, force: true }));
	git(dir, ["init", "-q", "-b", "main"]);
	commit(
		dir,
		{
			"pin-audit.toml": SOAK_POLICY,
			"servers/scraper/requirements.txt": pins("1.23.1"),
			"servers/transform/requirements.txt": pins("1.23.1"),
			"servers/docparse/requirements.txt": pins("1.23.1"),
		},
		240,
	);
	if (canaryHoursAgo !== null)
		commit(
			dir,
			{ "servers/scraper/requirements.txt": pins("1.23.3") },
			canaryHoursAgo,
		);
	// An unrelated later commit on main: the adoption date is the canary's, not the tip's.
	commit(dir, { "README.md": "fleet\n" }, 1);
	git(dir, ["checkout", "-q", "-b", "upgrade"]);
	write(dir, moves);
	return dir;
}

export async function cli(...argv: string[]) {
	let stdout = "";
	let stderr = "";
	const code = await runCli(argv, {
		stdout: (t) => {
			stdout += t;
		},
		stderr: (t) => {
			stderr += t;
		},
		env: {},
		isTty: false,
	});
	return { code, stdout, stderr };
}

export interface JsonFinding {
	rule: string;
	severity: string;
	file: string | null;
	line: number | null;
	message: string;
}

/** The JSON report's findings of `--base-ref <baseRef>` (offline). */
export async function findingsAgainst(
	dir: string,
	baseRef = "main",
	...extra: string[]
): Promise<JsonFinding[]> {
	const result = await cli(
		dir,
		"--offline",
		"--format",
		"json",
		"--base-ref",
		baseRef,
		...extra,
	);
	expect(result.stderr).toBe("");
	return JSON.parse(result.stdout).findings as JsonFinding[];
}

export async function soakFindings(
	dir: string,
	baseRef = "main",
): Promise<JsonFinding[]> {
	return (await findingsAgainst(dir, baseRef)).filter((f) => f.rule === "soak");
}
