import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import picomatch from "picomatch";
import type { FileKind, Severity } from "../model/types.js";
import { classifyFile } from "./classify-file.js";
import { describeFsError } from "./read-text-file.js";

export interface DiscoveredFile {
	/** POSIX path relative to the root. */
	path: string;
	absPath: string;
	kind: FileKind;
}

export interface DiscoveryIssue {
	severity: Severity;
	/** POSIX path relative to the root of the directory or link concerned. */
	path: string;
	message: string;
}

export interface DiscoveryOptions {
	/** Globs on root-relative POSIX paths; a file must match one (default: every file). */
	include?: readonly string[];
	/** Globs on root-relative POSIX paths; a matching file or directory is skipped. */
	exclude?: readonly string[];
	/** Root-relative POSIX directory to walk instead of the whole root ("." or absent: the root). */
	scope?: string;
}

export interface Discovery {
	rootReal: string;
	files: DiscoveredFile[];
	issues: DiscoveryIssue[];
	/** Root-relative paths an exclude glob skipped (so that a glob that skipped nothing can be reported). */
	excluded: string[];
}

// Directories that never hold a project's own dependency declarations.
const SKIPPED_DIRS = new Set([
	".git",
	".hg",
	".svn",
	"node_modules",
	".venv",
	"venv",
	"__pycache__",
	".tox",
	".nox",
]);

export async function discoverFiles(
	root: string,
	options: DiscoveryOptions = {},
): Promise<Discovery> {
	const rootReal = await realpath(root);
	const included = options.include?.length
		? picomatch([...options.include], { dot: true })
		: () => true;
	const excluded = options.exclude?.length
		? picomatch([...options.exclude], { dot: true })
		: () => false;
	const files: DiscoveredFile[] = [];
	const issues: DiscoveryIssue[] = [];
	const skipped: string[] = [];
	const isExcluded = (path: string, dir: boolean) => {
		const hit = excluded(path) || (dir && excluded(`${path}/`));
		if (hit) skipped.push(path);
		return hit;
	};

	async function walk(
		absDir: string,
		relDir: string,
		ancestors: readonly string[],
	): Promise<void> {
		let entries: Dirent[];
		try {
			entries = await readdir(absDir, { withFileTypes: true });
		} catch (error) {
			issues.push({
				severity: "warning",
				path: relDir || ".",
				message: `directory not audited: ${describeFsError(error)}`,
			});
			return;
		}
		// A virtualenv holds installed packages, not the project's declarations.
		if (
			relDir !== "" &&
			entries.some((e) => e.name === "pyvenv.cfg" && !e.isDirectory())
		)
			return;
		const names = new Set(entries.map((e) => e.name));
		const subdirs: Promise<void>[] = [];
		for (const entry of entries) {
			const relPath = relDir ? `${relDir}/${entry.name}` : entry.name;
			const absPath = join(absDir, entry.name);
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				const target = await resolveLink(absPath);
				if (!target.ok) {
					issues.push({
						severity: "warning",
						path: relPath,
						message: `broken symbolic link: ${target.reason}`,
					});
					continue;
				}
				if (!isInside(rootReal, target.real)) {
					if (target.isDir || classifyFile(relPath, names)) {
						issues.push({
							severity: "warning",
							path: relPath,
							message:
								"symbolic link points outside the audited root; not followed",
						});
					}
					continue;
				}
				if (target.isDir) {
					// A linked directory inside the root is audited where it really is; following the link too
					// would audit it twice (and, for a link to an ancestor, forever).
					if (ancestors.includes(target.real)) {
						issues.push({
							severity: "warning",
							path: relPath,
							message:
								"symbolic link loop (points back to a directory that contains it); not followed",
						});
					}
					continue;
				}
				isFile = target.isFile;
			}
			if (entry.isDirectory()) {
				if (SKIPPED_DIRS.has(entry.name) || isExcluded(relPath, true)) continue;
				subdirs.push(walk(absPath, relPath, [...ancestors, absPath]));
			} else if (isFile) {
				const kind = classifyFile(relPath, names);
				if (kind && included(relPath) && !isExcluded(relPath, false))
					files.push({ path: relPath, absPath, kind });
			}
		}
		await Promise.all(subdirs);
	}

	const scope = options.scope && options.scope !== "." ? options.scope : "";
	const start = scope ? join(rootReal, scope) : rootReal;
	await walk(start, scope, [rootReal, ...(scope ? [start] : [])]);
	files.sort((a, b) => compareStrings(a.path, b.path));
	issues.sort(
		(a, b) =>
			compareStrings(a.path, b.path) || compareStrings(a.message, b.message),
	);
	return { rootReal, files, issues, excluded: skipped };
}

type LinkTarget =
	| { ok: true; real: string; isDir: boolean; isFile: boolean }
	| { ok: false; reason: string };

async function resolveLink(absPath: string): Promise<LinkTarget> {
	try {
		const real = await realpath(absPath);
		const info = await stat(real);
		return { ok: true, real, isDir: info.isDirectory(), isFile: info.isFile() };
	} catch (error) {
		return { ok: false, reason: describeFsError(error) };
	}
}

export function isInside(rootReal: string, candidate: string): boolean {
	const rel = relative(rootReal, candidate);
	return (
		rel === "" ||
		(!rel.startsWith(`..${sep}`) &&
			rel !== ".." &&
			!rel.startsWith(sep) &&
			!/^[A-Za-z]:/.test(rel))
	);
}

/** Plain code-unit order: deterministic across locales and platforms. */
export function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
