import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, posix } from "node:path";
import { classifyFile } from "../discover/classify-file.js";
import { parseRequirementsTxt } from "../parse/requirements-txt.js";

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
	/** Mode 120000: the blob holds the link's target path, not file content. */
	symlink?: boolean;
}

/** Something in the commit the audit could not see (a link out of the tree, a missing include). */
export interface TreeWarning {
	/** POSIX path relative to the audited directory. */
	path: string;
	message: string;
}

export interface MaterializeResult {
	/** Written paths, relative to the audited directory, sorted. */
	files: string[];
	warnings: TreeWarning[];
}

/** Reads the raw blob at `path` (relative to the audited directory). */
export type ReadBlob = (entry: TreeEntry) => Promise<Uint8Array>;

/** How many links a chain may pass through (Linux's own limit for path resolution is 40; nobody needs 8). */
const MAX_LINK_HOPS = 8;

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
		if (match?.[2] !== "blob") continue;
		const full = match[5] as string;
		const path = prefix === "." ? full : full.slice(prefix.length + 1);
		entries.push({
			path,
			size: match[4] === "-" ? 0 : Number(match[4]),
			// A link is kept: dropping it would hide a dependency file a pull request turned into a link.
			...(match[1] === "120000" ? { symlink: true } : {}),
		});
	}
	return entries;
}

/**
 * The files of a tree the audit needs: every dependency file (classified exactly as discovery does), plus small
 * `.txt`/`.in` files that a `-r`/`-c` line may include under another name. A pin-audit.toml is not copied: both
 * sides are judged by the policy of the checked-out workspace.
 */
export function selectAuditedFiles(entries: readonly TreeEntry[]): TreeEntry[] {
	const siblingsOf = groupSiblings(entries);
	const selected: TreeEntry[] = [];
	let includes = 0;
	for (const e of entries) {
		if (e.size > MAX_BLOB_BYTES) continue;
		if (classifyFile(e.path, siblingsOf(e.path)) !== null) selected.push(e);
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
): Promise<MaterializeResult> {
	const entries = await listTree(repoDir, commit, prefix, git);
	return materializeEntries(entries, destDir, 8, (entry) => {
		const full = prefix === "." ? entry.path : `${prefix}/${entry.path}`;
		return git(["cat-file", "blob", `${commit}:${full}`], repoDir);
	});
}

/**
 * Writes the audited files among `entries` into `destDir`: a link is replaced by a copy of its target (when the
 * target is a file of the same tree, under the audited directory), and every file a requirements file names with
 * `-r`/`-c` is copied too, whatever its name (pip accepts any), recursively, within the include caps.
 */
export async function materializeEntries(
	entries: readonly TreeEntry[],
	destDir: string,
	concurrency: number,
	readBlob: ReadBlob,
): Promise<MaterializeResult> {
	const byPath = new Map(entries.map((e) => [e.path, e]));
	const siblingsOf = groupSiblings(entries);
	const written = new Set<string>();
	const warnings: TreeWarning[] = [];
	let includes = 0;

	/** The blob behind `entry`, following links inside the tree; null (with a warning) when there is none. */
	const readContent = async (
		entry: TreeEntry,
		quiet: boolean,
	): Promise<Uint8Array | null> => {
		const warn = (message: string) => {
			if (!quiet) warnings.push({ path: entry.path, message });
		};
		let current = entry;
		for (let hop = 0; current.symlink; hop++) {
			if (hop >= MAX_LINK_HOPS) {
				warn(
					`symbolic link chain longer than ${MAX_LINK_HOPS} links; not followed, so this file was not audited`,
				);
				return null;
			}
			const target = Buffer.from(await readBlob(current)).toString("utf8");
			const resolved = resolveLinkTarget(current.path, target);
			if (resolved === null) {
				warn(
					`symbolic link points outside the audited directory (${target}); not followed, so this file was not audited`,
				);
				return null;
			}
			const next = byPath.get(resolved);
			if (next === undefined) {
				warn(
					`symbolic link target ${resolved} is not a file in the commit; this file was not audited`,
				);
				return null;
			}
			current = next;
		}
		if (current.size > MAX_BLOB_BYTES) {
			warn(`larger than ${MAX_BLOB_BYTES} bytes; not audited`);
			return null;
		}
		return readBlob(current);
	};

	const copy = async (
		entry: TreeEntry,
		quiet = false,
	): Promise<Uint8Array | null> => {
		const bytes = await readContent(entry, quiet);
		if (bytes === null) return null;
		await writeInside(destDir, entry.path, bytes);
		written.add(entry.path);
		return bytes;
	};

	// Requirements files (and, recursively, what they include) are parsed for their -r/-c targets.
	const pending: { path: string; bytes: Uint8Array }[] = [];
	// Unclassified .txt/.in files copied on speculation: parsed only once something includes them.
	const speculative = new Map<string, Uint8Array>();
	await forEachConcurrently(
		selectAuditedFiles(entries),
		concurrency,
		async (entry) => {
			const kind = classifyFile(entry.path, siblingsOf(entry.path));
			// An unclassified .txt/.in is copied in case something includes it: no warning if it cannot be.
			const bytes = await copy(entry, kind === null);
			if (bytes === null) return;
			if (kind === "requirements") pending.push({ path: entry.path, bytes });
			else if (kind === null) speculative.set(entry.path, bytes);
		},
	);
	const queued = new Set([...written].filter((path) => !speculative.has(path)));
	while (pending.length > 0) {
		const batch = pending.splice(0);
		const targets: TreeEntry[] = [];
		for (const { path, bytes } of batch) {
			const parsed = parseRequirementsTxt(
				Buffer.from(bytes).toString("utf8"),
				path,
			);
			for (const include of parsed.value.includes) {
				// A URL include is not a file of the tree; discovery reports it.
				if (/^[a-z][a-z0-9+.-]*:\/\//i.test(include.target)) continue;
				const resolved = resolveLinkTarget(path, include.target);
				if (resolved === null || queued.has(resolved)) continue;
				const copied = speculative.get(resolved);
				if (copied !== undefined) {
					queued.add(resolved);
					pending.push({ path: resolved, bytes: copied });
					continue;
				}
				const target = byPath.get(resolved);
				// Missing or outside: discovery reports the include itself on the copied tree.
				if (target === undefined) continue;
				if (target.size > MAX_INCLUDE_BYTES || includes >= MAX_INCLUDE_FILES) {
					warnings.push({
						path: resolved,
						message: `included by ${path} but not copied (over ${MAX_INCLUDE_FILES} includes or ${MAX_INCLUDE_BYTES} bytes); not audited`,
					});
					continue;
				}
				includes++;
				queued.add(resolved);
				targets.push(target);
			}
		}
		await forEachConcurrently(targets, concurrency, async (entry) => {
			const bytes = await copy(entry);
			if (bytes !== null) pending.push({ path: entry.path, bytes });
		});
	}
	return {
		files: [...written].sort(),
		warnings: warnings.sort((a, b) =>
			a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
		),
	};
}

/**
 * `target` (a link's content or an include's path) resolved against the directory of `from`, both relative to
 * the audited directory; null when it is absolute or leaves that directory.
 */
export function resolveLinkTarget(from: string, target: string): string | null {
	if (target === "" || posix.isAbsolute(target) || target.includes("\0"))
		return null;
	const resolved = posix.normalize(posix.join(posix.dirname(from), target));
	if (resolved === ".." || resolved.startsWith("../") || resolved === ".")
		return null;
	return resolved;
}

function groupSiblings(
	entries: readonly TreeEntry[],
): (path: string) => Set<string> {
	const byDir = new Map<string, Set<string>>();
	for (const e of entries) {
		const dir = posix.dirname(e.path);
		const names = byDir.get(dir) ?? new Set<string>();
		names.add(posix.basename(e.path));
		byDir.set(dir, names);
	}
	return (path) => byDir.get(posix.dirname(path)) ?? new Set<string>();
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
