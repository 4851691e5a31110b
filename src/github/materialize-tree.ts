// A commit's audited files written into a directory that the same audit engine then reads as it reads a
// checkout: regular files at their paths, links as links (so that one resolver, resolve-path.ts, follows them in
// both reading paths with the OS's rules), the final target of every link and every file a requirements file
// includes (followed with the same resolver over the tree listing) copied too, and a blob over the size limit
// written as a sparse file of its true size, so that the reader's one size check reports it as `unauditable`.
import { lstat, mkdir, symlink, truncate, writeFile } from "node:fs/promises";
import { dirname, join, posix } from "node:path";
import { classifyFile } from "../discover/classify-file.js";
import { listDynamicFiles } from "../discover/dynamic-dependencies.js";
import { MAX_FILE_BYTES } from "../discover/read-file-bytes.js";
import {
	type NodeKind,
	type PathView,
	parentOf,
	resolvePath,
} from "../discover/resolve-path.js";
import { append } from "../model/append.js";
import { decodeRequirementsBytes } from "../parse/requirements/decode-requirements.js";
import { parseRequirementsTxt } from "../parse/requirements-txt.js";
import { parseToml } from "../parse/toml.js";
import { writeVirtualenvLayouts } from "./virtualenv-layout.js";

export interface TreeEntry {
	/** POSIX path relative to the audited directory. */
	path: string;
	/** The blob's object id, when the listing gave it (`git ls-tree`). */
	oid?: string;
	size: number;
	/** Mode 120000: the blob holds the link's target path, not file content. */
	symlink?: boolean;
}

/** Something in the commit the audit could not see; `unauditable` ones are errors. */
export interface TreeWarning {
	/** POSIX path relative to the audited directory. */
	path: string;
	message: string;
	rule?: "unauditable";
}

export interface MaterializeResult {
	/** Written paths (files and links), relative to the audited directory, sorted. */
	files: string[];
	warnings: TreeWarning[];
}

/** Reads the raw blob of `entry`. */
export type ReadBlob = (entry: TreeEntry) => Promise<Uint8Array>;

/** How many files includes may pull in beyond the dependency files themselves. */
const MAX_INCLUDE_FILES = 2000;

/** The dependency files of a tree, classified exactly as discovery does (links are handled apart). */
export function selectAuditedFiles(entries: readonly TreeEntry[]): TreeEntry[] {
	const siblingsOf = groupSiblings(entries);
	return entries.filter(
		(e) => !e.symlink && classifyFile(e.path, siblingsOf(e.path)) !== null,
	);
}

/** The tree listing as a PathView: directories are the prefixes of its paths; link targets come from blobs. */
function treeView(
	byPath: ReadonlyMap<string, TreeEntry>,
	readBlob: ReadBlob,
): PathView {
	const dirs = new Set<string>([""]);
	for (const path of byPath.keys())
		for (let dir = parentOf(path); !dirs.has(dir); dir = parentOf(dir))
			dirs.add(dir);
	const targets = new Map<string, Promise<string>>();
	return {
		async lstat(path: string): Promise<NodeKind> {
			const entry = byPath.get(path);
			if (entry !== undefined) return entry.symlink ? "link" : "file";
			return dirs.has(path) ? "dir" : "missing";
		},
		readlink(path: string): Promise<string> {
			let target = targets.get(path);
			if (target === undefined) {
				target = readBlob(byPath.get(path) as TreeEntry).then((bytes) =>
					Buffer.from(bytes).toString("utf8"),
				);
				targets.set(path, target);
			}
			return target;
		},
		// A link in a commit to an absolute path names the runner's files, never the commit's.
		underRoot: () => null,
	};
}

export async function materializeEntries(
	entries: readonly TreeEntry[],
	destDir: string,
	concurrency: number,
	readBlob: ReadBlob,
): Promise<MaterializeResult> {
	const byPath = new Map(entries.map((e) => [e.path, e]));
	const view = treeView(byPath, readBlob);
	const siblingsOf = groupSiblings(entries);
	const warnings: TreeWarning[] = [];
	/** Bytes to write, or the size of an oversized blob (written sparse). */
	const content = new Map<string, Promise<Uint8Array | number>>();
	const copy = (path: string): Promise<Uint8Array | number> => {
		let bytes = content.get(path);
		if (bytes === undefined) {
			const entry = byPath.get(path) as TreeEntry;
			bytes =
				entry.size > MAX_FILE_BYTES
					? Promise.resolve(entry.size)
					: readBlob(entry);
			content.set(path, bytes);
		}
		return bytes;
	};
	const isRequirements = (path: string) =>
		classifyFile(path, siblingsOf(path)) === "requirements";

	// Requirements files as pip opens them (the link's own path for a link), for their -r/-c targets.
	const pending: { openedAs: string; bytes: Uint8Array | number }[] = [];
	const links = entries.filter((e) => e.symlink);
	await forEachConcurrently(
		selectAuditedFiles(entries),
		concurrency,
		async (entry) => {
			const bytes = await copy(entry.path);
			if (isRequirements(entry.path))
				pending.push({ openedAs: entry.path, bytes });
		},
	);
	// Directories links lead to: written (empty but for what is copied) so that a path through the link resolves
	// in the written tree as in the commit (`-r lib/../deps.txt` with `lib` a link to `vendor/inner`).
	const linkedDirs: string[] = [];
	await forEachConcurrently(links, concurrency, async (link) => {
		const target = await resolvePath(view, "", link.path);
		if (target.ok && target.kind === "dir" && target.path !== "")
			linkedDirs.push(target.path);
		if (!target.ok || target.kind !== "file") return;
		const bytes = await copy(target.path);
		if (isRequirements(link.path)) pending.push({ openedAs: link.path, bytes });
	});
	// setuptools' dynamic dependency files, whatever their names: read like requirements files.
	for (const entry of selectAuditedFiles(entries))
		if (classifyFile(entry.path, siblingsOf(entry.path)) === "pyproject")
			append(pending, await copyDynamicFiles(entry.path, view, copy));
	await followIncludes(pending, view, copy, warnings);

	const written = await writeContent(destDir, content);
	for (const dir of linkedDirs)
		await mkdir(await targetInside(destDir, dir), { recursive: true });
	await writeVirtualenvLayouts(entries, (path) => targetInside(destDir, path));
	// Links last: nothing is ever written through one.
	for (const link of links) {
		const target = await view.readlink(link.path);
		if (target.includes("\0")) continue;
		await writeLinkInside(destDir, link.path, target);
		written.push(link.path);
	}
	return {
		files: written.sort(),
		warnings: warnings.sort((a, b) =>
			a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
		),
	};
}

/** The copied files written (an oversized one sparse, at its true size); their paths. */
async function writeContent(
	destDir: string,
	content: ReadonlyMap<string, Promise<Uint8Array | number>>,
): Promise<string[]> {
	const written: string[] = [];
	for (const [path, bytes] of content) {
		const value = await bytes;
		if (typeof value === "number")
			await writeSparseInside(destDir, path, value);
		else await writeInside(destDir, path, value);
		written.push(path);
	}
	return written;
}

/** The requirements files a pyproject.toml's `[tool.setuptools.dynamic]` names, copied. */
async function copyDynamicFiles(
	pyproject: string,
	view: PathView,
	copy: (path: string) => Promise<Uint8Array | number>,
): Promise<{ openedAs: string; bytes: Uint8Array | number }[]> {
	const bytes = await copy(pyproject);
	if (typeof bytes === "number") return [];
	const toml = parseToml(Buffer.from(bytes).toString("utf8"), pyproject);
	const found: { openedAs: string; bytes: Uint8Array | number }[] = [];
	for (const file of listDynamicFiles(toml.value)) {
		const openedAs = `${parentOf(pyproject) || "."}/${file}`;
		const target = await resolvePath(view, "", openedAs);
		if (target.ok && target.kind === "file")
			found.push({ openedAs, bytes: await copy(target.path) });
	}
	return found;
}

/**
 * Copies what the pending requirements files include, recursively, each include resolved from the path pip
 * opens the including file by. A target that cannot be resolved is left out: the audit of the written tree
 * meets the same links and reports it.
 */
async function followIncludes(
	pending: { openedAs: string; bytes: Uint8Array | number }[],
	view: PathView,
	copy: (path: string) => Promise<Uint8Array | number>,
	warnings: TreeWarning[],
): Promise<void> {
	const seen = new Set<string>();
	while (pending.length > 0) {
		const { openedAs, bytes } = pending.pop() as (typeof pending)[number];
		if (typeof bytes === "number") continue;
		const decoded = decodeRequirementsBytes(bytes);
		if (!decoded.ok) continue;
		const parsed = parseRequirementsTxt(decoded.text, openedAs);
		for (const include of parsed.value.includes) {
			if (/^[a-z][a-z0-9+.-]*:/i.test(include.target)) continue;
			const includedAs = include.target.startsWith("/")
				? include.target
				: `${parentOf(openedAs) || "."}/${include.target}`;
			const target = await resolvePath(view, "", includedAs);
			if (!target.ok || target.kind !== "file") continue;
			// Includes are relative to the directory pip opened the file from: that (resolved) and the file decide.
			const dir = await resolvePath(view, "", parentOf(includedAs) || ".");
			const from = dir.ok ? dir.path : parentOf(includedAs);
			const key = `${from}\0${target.path}`;
			if (seen.has(key)) continue;
			seen.add(key);
			if (seen.size > MAX_INCLUDE_FILES) {
				warnings.push({
					path: target.path,
					rule: "unauditable",
					message: `included through more than ${MAX_INCLUDE_FILES} -r/-c files; not copied, so what pip reads from it was not audited`,
				});
				continue;
			}
			pending.push({
				openedAs: `${from ? `${from}/` : ""}${posix.basename(includedAs)}`,
				bytes: await copy(target.path),
			});
		}
	}
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

/** `relPath` under `destDir` as a path of plain directories, refusing paths that would leave it. */
async function targetInside(destDir: string, relPath: string): Promise<string> {
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
	// Every parent must be a real directory: never write through a link.
	const parts = normalized.split("/").slice(0, -1);
	for (let i = 1; i <= parts.length; i++) {
		const info = await lstat(join(destDir, ...parts.slice(0, i)));
		if (!info.isDirectory())
			throw new Error(`refusing to write through a link: ${relPath}`);
	}
	return target;
}

/** Writes `relPath` under `destDir`, refusing paths that would leave it. */
export async function writeInside(
	destDir: string,
	relPath: string,
	bytes: Uint8Array,
): Promise<void> {
	await writeFile(await targetInside(destDir, relPath), bytes);
}

async function writeSparseInside(
	destDir: string,
	relPath: string,
	size: number,
): Promise<void> {
	const target = await targetInside(destDir, relPath);
	await writeFile(target, new Uint8Array());
	await truncate(target, size);
}

async function writeLinkInside(
	destDir: string,
	relPath: string,
	linkTarget: string,
): Promise<void> {
	await symlink(linkTarget, await targetInside(destDir, relPath));
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
