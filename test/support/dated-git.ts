// Temporary git repositories whose commits carry explicit dates (GIT_COMMITTER_DATE), for rules that read
// history (soak, the rollout plan). No global or system git configuration is read.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const HOUR = 3_600_000;

export function git(cwd: string, args: string[], date?: Date): string {
	const when = (date ?? new Date(Date.now() - 240 * HOUR)).toISOString();
	return execFileSync("git", args, {
		cwd,
		encoding: "utf8",
		env: {
			PATH: process.env.PATH ?? "/usr/bin:/bin",
			HOME: cwd,
			GIT_CONFIG_NOSYSTEM: "1",
			GIT_CONFIG_GLOBAL: "/dev/null",
			GIT_AUTHOR_NAME: "fleet",
			GIT_AUTHOR_EMAIL: "fleet@pin-audit.invalid",
			GIT_COMMITTER_NAME: "fleet",
			GIT_COMMITTER_EMAIL: "fleet@pin-audit.invalid",
			GIT_AUTHOR_DATE: when,
			GIT_COMMITTER_DATE: when,
		},
		stdio: ["ignore", "pipe", "pipe"],
	}).trim();
}

export function write(dir: string, files: Record<string, string>): void {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}

/** Writes the files and commits everything, dated `hoursAgo` hours before now. */
export function commit(
	dir: string,
	files: Record<string, string>,
	hoursAgo: number,
): void {
	write(dir, files);
	git(dir, ["add", "-A"]);
	git(
		dir,
		["commit", "-q", "-m", `change ${hoursAgo}h ago`],
		new Date(Date.now() - hoursAgo * HOUR),
	);
}
