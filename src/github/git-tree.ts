// Reads another commit's dependency files (the PR base, or the PR head under pull_request_target) out of git
// into a directory that the same audit engine then reads. Nothing from the repository is executed: git runs
// through execFile (no shell) with fixed argument arrays, paths come after `--`, and blobs are read with
// `git cat-file` (the raw bytes: unlike `git show`, it never applies a textconv filter), one `--batch` process
// for a whole tree (git-blob-reader.ts).

import { execFile } from "node:child_process";
import { openBlobReader } from "./git-blob-reader.js";
import {
	GIT_OUTPUT_BYTES,
	GIT_TIMEOUT_MS,
	gitEnvironment,
} from "./git-process.js";
import {
	type MaterializeResult,
	materializeEntries,
	type TreeEntry,
} from "./materialize-tree.js";

// What is written, and how, is materialize-tree.ts; its names stay importable from here.
export {
	forEachConcurrently,
	type MaterializeResult,
	materializeEntries,
	type ReadBlob,
	selectAuditedFiles,
	type TreeEntry,
	type TreeWarning,
	writeInside,
} from "./materialize-tree.js";

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
				// A blob over the audit's size limit is never read (materialize-tree.ts writes it sparse).
				maxBuffer: GIT_OUTPUT_BYTES,
				timeout: GIT_TIMEOUT_MS,
				env: gitEnvironment(),
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
		if (match?.[2] !== "blob") continue;
		const full = match[5] as string;
		const path = prefix === "." ? full : full.slice(prefix.length + 1);
		entries.push({
			path,
			oid: match[3] as string,
			size: match[4] === "-" ? 0 : Number(match[4]),
			// A link is kept: dropping it would hide a dependency file a pull request turned into a link.
			...(match[1] === "120000" ? { symlink: true } : {}),
		});
	}
	return entries;
}

/** Writes the audited files of `commit` (under `prefix`) into `destDir`, which must be empty. */
export async function materializeFromGit(
	repoDir: string,
	commit: string,
	prefix: string,
	destDir: string,
	git: RunGit = runGit,
): Promise<MaterializeResult> {
	const entries = await listTree(repoDir, commit, prefix, git);
	// git itself: every blob through one `git cat-file --batch`; another RunGit (a test's) is asked per file.
	const blobs = git === runGit ? openBlobReader(repoDir) : null;
	// A tree that lists a path twice (git fsck refuses it; a repository may still hold one): the first entry, as
	// git's own `<commit>:<path>` finds it.
	const oids = new Map<string, string>();
	for (const entry of entries)
		if (entry.oid !== undefined && !oids.has(entry.path))
			oids.set(entry.path, entry.oid);
	try {
		return await materializeEntries(entries, destDir, 8, (entry) => {
			const full = prefix === "." ? entry.path : `${prefix}/${entry.path}`;
			const oid = oids.get(entry.path);
			if (blobs !== null && oid !== undefined)
				return blobs.read(oid).catch((error: Error) => {
					throw new Error(
						`${full} at ${commit.slice(0, 12)}: ${error.message}`,
					);
				});
			return git(["cat-file", "blob", `${commit}:${full}`], repoDir);
		});
	} finally {
		blobs?.close();
	}
}
