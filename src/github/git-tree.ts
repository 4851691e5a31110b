import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, posix } from "node:path";
import { classifyFile } from "../discover/classify-file.js";

// Reads another commit's dependency files (the PR base, or the PR head under pull_request_target) out of git
// into a directory that the same audit engine then reads. Nothing from the repository is executed: git runs
// through execFile (no shell) with fixed argument arrays, blobs are read with `git cat-file blob` (the raw
// bytes: unlike `git show`, it never applies a textconv filter), and paths come after `--`.

/** A blob larger than this is not a dependency file anyone writes by hand or a lock we can audit quickly. */
const MAX_BLOB_BYTES = 16 * 1024 * 1024;
/** Non-dependency `.txt`/`.in` files are copied too (a `-r` may name them), up to this size and count. */
const MAX_INCLUDE_BYTES = 1024 * 1024;
const MAX_INCLUDE_FILES = 2000;
const GIT_TIMEOUT_MS = 120_000;

export interface TreeEntry {
	/** POSIX path relative to the audited directory. */
	path: string;
	size: number;
}

export interface MaterializedTree {
	commit: string;
	files: string[];
	/** How the commit was obtained, for the log. */
	via: "git" | "git-fetch" | "api";
}

export type RunGit = (args: readonly string[], cwd: string) => Promise<Buffer>;

/** git with a fixed argument array, no shell, no prompt, bounded output and time. */
export const runGit: RunGit = (args, cwd) =>
	new Promise((resolvePromise, reject) => {
		execFile(
			"git",
			[...args],
			{
				cwd,
				encoding: "buffer",
				maxBuffer: MAX_BLOB_BYTES * 2,
				timeout: GIT_TIMEOUT_MS,
				env: {
					...process.env,
					GIT_TERMINAL_PROMPT: "0",
					GIT_ASKPASS: "",
					GIT_OPTIONAL_LOCKS: "0",
				},
			},
			(error, stdout, stderr) => {
				if (error) {
					const detail = Buffer.from(stderr ?? "")
						.toString("utf8")
						.trim();
					reject(
						new Error(
							`git ${args[0]} failed: ${detail || error.message}`.slice(
								0,
								2000,
							),
						),
					);
				} else resolvePromise(stdout);
			},
		);
	});

/**
 * The full commit id `ref` names in `repoDir`, fetching it (`git fetch --depth=1 origin <ref>`) when a shallow
 * checkout lacks it. `extraRefspecs` are tried after the ref itself (e.g. `refs/pull/<n>/head`).
 */
export async function resolveCommit(
	repoDir: string,
	ref: string,
	git: RunGit = runGit,
	extraRefspecs: readonly string[] = [],
): Promise<{ commit: string; fetched: boolean }> {
	if (ref.startsWith("-"))
		throw new Error(`refusing a ref that starts with "-": ${ref}`);
	const local = await revParse(repoDir, ref, git);
	if (local) return { commit: local, fetched: false };
	const errors: string[] = [];
	for (const refspec of [ref, ...extraRefspecs]) {
		try {
			await git(
				[
					"fetch",
					"--no-tags",
					"--no-recurse-submodules",
					"--depth=1",
					"origin",
					refspec,
				],
				repoDir,
			);
			const fetched =
				(await revParse(repoDir, ref, git)) ??
				(await revParse(repoDir, "FETCH_HEAD", git));
			if (fetched) return { commit: fetched, fetched: true };
		} catch (error) {
			errors.push((error as Error).message);
		}
	}
	throw new Error(
		`commit ${ref} is not in the checkout and could not be fetched: ${errors.join("; ")}`,
	);
}

async function revParse(
	repoDir: string,
	ref: string,
	git: RunGit,
): Promise<string | null> {
	try {
		const out = await git(
			[
				"rev-parse",
				"--verify",
				"--quiet",
				"--end-of-options",
				`${ref}^{commit}`,
			],
			repoDir,
		);
		const sha = out.toString("utf8").trim();
		return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
	} catch {
		return null;
	}
}

/** The commit checked out in `repoDir`, null when it is not a git work tree. */
export async function headCommit(
	repoDir: string,
	git: RunGit = runGit,
): Promise<string | null> {
	return revParse(repoDir, "HEAD", git);
}

/** Every blob under `prefix` ("." for the whole tree) at `commit`, with paths relative to `prefix`. */
export async function listTree(
	repoDir: string,
	commit: string,
	prefix: string,
	git: RunGit = runGit,
): Promise<TreeEntry[]> {
	const args = ["ls-tree", "-r", "-z", "--long", "--full-tree", commit];
	if (prefix !== ".") args.push("--", `${prefix}/`);
	const out = (await git(args, repoDir)).toString("utf8");
	const entries: TreeEntry[] = [];
	for (const record of out.split("\0")) {
		// <mode> SP <type> SP <object> SP+ <size> TAB <path>
		const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(record);
		if (match?.[2] !== "blob" || match[1] === "120000") continue;
		const full = match[5] as string;
		const path = prefix === "." ? full : full.slice(prefix.length + 1);
		entries.push({ path, size: match[4] === "-" ? 0 : Number(match[4]) });
	}
	return entries;
}

/**
 * The files of a tree the audit needs: every dependency file (classified exactly as discovery does), plus small
 * `.txt`/`.in` files that a `-r`/`-c` line may include under another name. A pin-audit.toml is not copied: both
 * sides are judged by the policy of the checked-out workspace.
 */
export function selectAuditedFiles(entries: readonly TreeEntry[]): TreeEntry[] {
	const byDir = new Map<string, Set<string>>();
	for (const e of entries) {
		const dir = posix.dirname(e.path);
		const names = byDir.get(dir) ?? new Set<string>();
		names.add(posix.basename(e.path));
		byDir.set(dir, names);
	}
	const selected: TreeEntry[] = [];
	let includes = 0;
	for (const e of entries) {
		if (e.size > MAX_BLOB_BYTES) continue;
		const siblings = byDir.get(posix.dirname(e.path)) ?? new Set<string>();
		if (classifyFile(e.path, siblings) !== null) selected.push(e);
		else if (
			/\.(txt|in)$/i.test(e.path) &&
			e.size <= MAX_INCLUDE_BYTES &&
			includes < MAX_INCLUDE_FILES
		) {
			includes++;
			selected.push(e);
		}
	}
	return selected;
}

/** Writes the audited files of `commit` (under `prefix`) into `destDir`, which must be empty. */
export async function materializeFromGit(
	repoDir: string,
	commit: string,
	prefix: string,
	destDir: string,
	git: RunGit = runGit,
): Promise<string[]> {
	const files = selectAuditedFiles(
		await listTree(repoDir, commit, prefix, git),
	);
	const written: string[] = [];
	await forEachConcurrently(files, 8, async (file) => {
		const full = prefix === "." ? file.path : `${prefix}/${file.path}`;
		const bytes = await git(["cat-file", "blob", `${commit}:${full}`], repoDir);
		await writeInside(destDir, file.path, bytes);
		written.push(file.path);
	});
	return written.sort();
}

/** Writes `relPath` under `destDir`, refusing paths that would leave it. */
export async function writeInside(
	destDir: string,
	relPath: string,
	bytes: Uint8Array,
): Promise<void> {
	const normalized = posix.normalize(relPath);
	if (
		normalized.startsWith("../") ||
		normalized === ".." ||
		posix.isAbsolute(normalized) ||
		normalized.split("/").includes(".git")
	)
		throw new Error(`refusing to write outside the temporary tree: ${relPath}`);
	const target = join(destDir, ...normalized.split("/"));
	await mkdir(dirname(target), { recursive: true });
	await writeFile(target, bytes);
}

export async function forEachConcurrently<T>(
	items: readonly T[],
	limit: number,
	fn: (item: T) => Promise<void>,
): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(limit, items.length) }, async () => {
			while (next < items.length) await fn(items[next++] as T);
		}),
	);
}
