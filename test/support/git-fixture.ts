// A temporary git repository shaped like a pull request checkout on a GitHub runner: an "origin" with a base
// commit on main, a head commit on a topic branch and GitHub's test-merge commit under refs/pull/N/merge, and a
// workspace that checks that merge commit out the way actions/checkout does.
import { execFileSync } from "node:child_process";
import {
	mkdirSync,
	mkdtempSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/** Path -> file text; `null` in a head map deletes the base's file. */
export type FileMap = Record<string, string | null>;

export interface GitFixtureOptions {
	base: FileMap;
	head: FileMap;
	pullNumber?: number;
	baseRef?: string;
	headRef?: string;
	/** Fetch only the merge commit (actions/checkout's default fetch-depth: 1), so the base must be fetched. */
	shallow?: boolean;
	/** Symbolic links the head commit adds (path -> target as written), replacing any file at that path. */
	headSymlinks?: Record<string, string>;
	/** What the workspace checks out: the test-merge commit (pull_request, default) or the base (pull_request_target). */
	checkout?: "merge" | "base";
}

export interface GitFixture {
	/** The workspace: a checkout of the merge commit (GITHUB_WORKSPACE). */
	dir: string;
	/** The repository the workspace was fetched from; its `origin` remote points here. */
	originUrl: string;
	baseSha: string;
	headSha: string;
	/** refs/pull/N/merge: what GITHUB_SHA names on a pull_request event. */
	mergeSha: string;
	/** The base and head trees, so a fake GitHub can serve them through the contents API. */
	baseFiles: Record<string, string>;
	headFiles: Record<string, string>;
	cleanup(): void;
}

// Fixed identity and dates make the shas reproducible; no global or system git configuration is read.
const GIT_ENV = {
	PATH: process.env.PATH ?? "/usr/bin:/bin",
	GIT_CONFIG_NOSYSTEM: "1",
	GIT_CONFIG_GLOBAL: "/dev/null",
	GIT_AUTHOR_DATE: "2025-06-01T12:00:00Z",
	GIT_COMMITTER_DATE: "2025-06-01T12:00:00Z",
	GIT_TERMINAL_PROMPT: "0",
	LC_ALL: "C",
};

function git(cwd: string, ...args: string[]): string {
	return execFileSync("git", args, {
		cwd,
		env: { ...GIT_ENV, HOME: cwd },
		encoding: "utf8",
		stdio: ["ignore", "pipe", "pipe"],
	}).trim();
}

function configureIdentity(dir: string): void {
	git(dir, "config", "user.name", "pin-audit fixture");
	git(dir, "config", "user.email", "fixture@pin-audit.invalid");
	git(dir, "config", "commit.gpgsign", "false");
}

function writeTree(dir: string, files: Record<string, string>): void {
	for (const [path, text] of Object.entries(files)) {
		const file = join(dir, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
}

export function createGitFixture(options: GitFixtureOptions): GitFixture {
	const pull = options.pullNumber ?? 1;
	const baseRef = options.baseRef ?? "main";
	const headRef = options.headRef ?? "pin-update";
	const root = mkdtempSync(join(tmpdir(), "pin-audit-git-"));
	const origin = join(root, "origin");
	const workspace = join(root, "workspace");
	mkdirSync(origin);
	mkdirSync(workspace);

	const baseFiles = Object.fromEntries(
		Object.entries(options.base).filter(
			(e): e is [string, string] => e[1] !== null,
		),
	);
	const headFiles: Record<string, string> = { ...baseFiles };
	for (const [path, text] of Object.entries(options.head)) {
		if (text === null) delete headFiles[path];
		else headFiles[path] = text;
	}

	git(origin, "init", "--quiet", `--initial-branch=${baseRef}`);
	configureIdentity(origin);
	// GitHub serves any reachable commit by sha; file:// needs this to match (`git fetch origin <sha>`).
	git(origin, "config", "uploadpack.allowAnySHA1InWant", "true");
	writeTree(origin, baseFiles);
	git(origin, "add", "--all");
	git(origin, "commit", "--quiet", "--allow-empty", "-m", "Base");
	const baseSha = git(origin, "rev-parse", "HEAD");

	git(origin, "checkout", "--quiet", "-b", headRef);
	for (const [path, text] of Object.entries(options.head)) {
		if (text === null) git(origin, "rm", "--quiet", "--", path);
	}
	writeTree(
		origin,
		Object.fromEntries(
			Object.entries(options.head).filter(
				(e): e is [string, string] => e[1] !== null,
			),
		),
	);
	for (const [path, target] of Object.entries(options.headSymlinks ?? {})) {
		const file = join(origin, path);
		rmSync(file, { force: true });
		mkdirSync(dirname(file), { recursive: true });
		symlinkSync(target, file);
		delete headFiles[path];
	}
	git(origin, "add", "--all");
	git(origin, "commit", "--quiet", "--allow-empty", "-m", "Update pins");
	const headSha = git(origin, "rev-parse", "HEAD");

	// GitHub's test merge: head merged into base. Head descends from base here, so its tree is head's tree.
	const tree = git(origin, "rev-parse", "HEAD^{tree}");
	const mergeSha = git(
		origin,
		"commit-tree",
		tree,
		"-p",
		baseSha,
		"-p",
		headSha,
		"-m",
		`Merge ${headSha} into ${baseSha}`,
	);
	git(origin, "update-ref", `refs/pull/${pull}/head`, headSha);
	git(origin, "update-ref", `refs/pull/${pull}/merge`, mergeSha);
	git(origin, "checkout", "--quiet", baseRef);

	// What actions/checkout runs for a pull_request event (the merge) or pull_request_target (the base branch).
	const originUrl = pathToFileURL(origin).href;
	git(workspace, "init", "--quiet");
	configureIdentity(workspace);
	git(workspace, "remote", "add", "origin", originUrl);
	if (options.checkout === "base") {
		git(
			workspace,
			"fetch",
			"--quiet",
			"--no-tags",
			...(options.shallow ? ["--depth=1"] : []),
			"origin",
			`+refs/heads/${baseRef}:refs/remotes/origin/${baseRef}`,
		);
		git(
			workspace,
			"checkout",
			"--quiet",
			"--detach",
			`refs/remotes/origin/${baseRef}`,
		);
	} else {
		git(
			workspace,
			"fetch",
			"--quiet",
			"--no-tags",
			...(options.shallow ? ["--depth=1"] : []),
			"origin",
			`+refs/pull/${pull}/merge:refs/remotes/pull/${pull}/merge`,
			...(options.shallow ? [] : [`+refs/heads/*:refs/remotes/origin/*`]),
		);
		git(
			workspace,
			"checkout",
			"--quiet",
			"--detach",
			`refs/remotes/pull/${pull}/merge`,
		);
	}

	return {
		dir: workspace,
		originUrl,
		baseSha,
		headSha,
		mergeSha,
		baseFiles,
		headFiles,
		cleanup: () => rmSync(root, { recursive: true, force: true }),
	};
}

/** Whether `sha` is present in the repository at `dir` (false for a base left out of a shallow fetch). */
export function hasCommit(dir: string, sha: string): boolean {
	try {
		git(dir, "cat-file", "-e", `${sha}^{commit}`);
		return true;
	} catch {
		return false;
	}
}
