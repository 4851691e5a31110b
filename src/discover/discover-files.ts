import type { Dirent } from "node:fs";
import { readdir, realpath } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import picomatch from "picomatch";
import type { FileKind, Severity } from "../model/types.js";
import {
	classifyFile,
	isDependencyTemplate,
	isTemplateName,
} from "./classify-file.js";
import {
	keepCompiledOutputs,
	mayBeCompiledOutput,
} from "./compiled-header-sniff.js";
import { fsPathView } from "./fs-path-view.js";
import { describeFsError } from "./read-text-file.js";
import { resolvePath } from "./resolve-path.js";
import { describeVirtualenvSkip } from "./virtualenv.js";

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
	/** `unauditable`: something an installer may read that the audit cannot (always an error). */
	rule?: "unauditable";
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

// Directories that never hold a project's own dependency declarations (virtualenvs are told by their layout,
// not their name: see virtualenv.ts).
const SKIPPED_DIRS = new Set([
	".git",
	".hg",
	".svn",
	"node_modules",
	"__pycache__",
]);
// Tool-made environment directories: skipped, and said.
const TOOL_ENV_DIRS = new Set([".tox", ".nox"]);

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
	// Files only their header can tell apart (`requirements.lock`, `deps.txt`), read once the walk is done.
	const candidates: DiscoveredFile[] = [];
	const view = fsPathView(rootReal);
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
		// A virtualenv holds installed packages, not the project's declarations; skipping one is said.
		const venv = relDir === "" ? null : describeVirtualenvSkip(entries);
		if (venv !== null) {
			issues.push({ severity: "notice", path: relDir, message: venv });
			return;
		}
		const names = new Set(entries.map((e) => e.name));
		const subdirs: Promise<void>[] = [];
		for (const entry of entries) {
			const relPath = relDir ? `${relDir}/${entry.name}` : entry.name;
			const absPath = join(absDir, entry.name);
			let isFile = entry.isFile();
			// Where the bytes are: a linked file is read at its target, resolved as the OS would.
			let target = absPath;
			if (entry.isSymbolicLink()) {
				const link = await followLink(relPath, names);
				if (link.issue) issues.push(link.issue);
				if (
					link.kind === "dir" &&
					ancestors.includes(join(rootReal, link.path))
				)
					issues.push({
						severity: "warning",
						path: relPath,
						message:
							"symbolic link loop (points back to a directory that contains it); not followed",
					});
				// A linked directory inside the root is audited where it really is; following the link too
				// would audit it twice (and, for a link to an ancestor, forever).
				if (link.kind !== "file") continue;
				isFile = true;
				target = join(rootReal, ...link.path.split("/"));
			}
			if (isTemplateName(entry.name)) {
				if (
					!isExcluded(relPath, true) &&
					(entry.isDirectory() || isDependencyTemplate(entry.name))
				)
					issues.push({
						severity: "notice",
						path: relPath,
						message: `template ${entry.isDirectory() ? "directory" : "file"} (a \`{{\` or \`{%\` placeholder in its name); not audited: its files are rendered into a project before anything installs them`,
					});
				continue;
			}
			if (entry.isDirectory()) {
				if (SKIPPED_DIRS.has(entry.name) || isExcluded(relPath, true)) continue;
				if (TOOL_ENV_DIRS.has(entry.name)) {
					issues.push({
						severity: "notice",
						path: relPath,
						message: `skipped: ${entry.name} holds ${entry.name === ".tox" ? "tox" : "nox"}'s environments, not this repository's declarations`,
					});
					continue;
				}
				subdirs.push(walk(absPath, relPath, [...ancestors, absPath]));
			} else if (isFile) {
				const kind = classifyFile(relPath, names);
				if (included(relPath) && !isExcluded(relPath, false)) {
					if (kind) files.push({ path: relPath, absPath: target, kind });
					else if (mayBeCompiledOutput(relPath))
						candidates.push({
							path: relPath,
							absPath: target,
							kind: "requirements",
						});
				}
			}
		}
		await Promise.all(subdirs);
	}

	type FollowedLink = {
		kind: "file" | "dir" | "none";
		path: string;
		issue?: DiscoveryIssue;
	};

	/** A link found by the walk, resolved like the OS; refused (and said) when that cannot be done exactly. */
	async function followLink(
		relPath: string,
		names: ReadonlySet<string>,
	): Promise<FollowedLink> {
		const resolved = await resolvePath(view, "", relPath);
		const dependencyFile = classifyFile(relPath, names) !== null;
		if (resolved.ok) {
			if (resolved.kind === "file" || resolved.kind === "dir")
				return { kind: resolved.kind, path: resolved.path };
			return { kind: "none", path: relPath };
		}
		// An installer reads a dependency file through its link: what the audit cannot follow is an error.
		if (dependencyFile && resolved.reason !== "missing")
			return {
				kind: "none",
				path: relPath,
				issue: {
					severity: "error",
					rule: "unauditable",
					path: relPath,
					message: `symbolic link not followed: ${resolved.message}; an installer would read it, so it was not audited; make it a regular file in the repository`,
				},
			};
		return {
			kind: "none",
			path: relPath,
			issue: {
				severity: dependencyFile ? "error" : "warning",
				path: relPath,
				message:
					resolved.reason === "missing"
						? `broken symbolic link: ${resolved.message}`
						: `symbolic link not followed: ${resolved.message}`,
			},
		};
	}

	const scope = options.scope && options.scope !== "." ? options.scope : "";
	const start = scope ? join(rootReal, scope) : rootReal;
	await walk(start, scope, [rootReal, ...(scope ? [start] : [])]);
	files.push(...(await keepCompiledOutputs(candidates)));
	files.sort((a, b) => compareStrings(a.path, b.path));
	issues.sort(
		(a, b) =>
			compareStrings(a.path, b.path) || compareStrings(a.message, b.message),
	);
	return { rootReal, files, issues, excluded: skipped };
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
