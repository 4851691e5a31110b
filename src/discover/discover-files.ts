import { join, relative, sep } from "node:path";
import picomatch from "picomatch";
import { realpath } from "../async-fs.js";
import { keepCompiledOutputs } from "./compiled-header-sniff.js";
import { type WalkState, walk } from "./discover-walk.js";
import type { DiscoveredFile, DiscoveryIssue } from "./discovered-file.js";
import { fsPathView } from "./fs-path-view.js";

// The walk's records, named here where the rest of the pipeline imports them from.
export type { DiscoveredFile, DiscoveryIssue } from "./discovered-file.js";

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

/**
 * The dependency files under `root` (discover-walk.ts), sorted by path, with what was skipped or could not be
 * read said as issues.
 */
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
	const skipped: string[] = [];
	const state: WalkState = {
		rootReal,
		view: fsPathView(rootReal),
		included,
		isExcluded: (path, dir) => {
			const hit = excluded(path) || (dir && excluded(`${path}/`));
			if (hit) skipped.push(path);
			return hit;
		},
		files: [],
		issues: [],
		candidates: [],
	};
	const scope = options.scope && options.scope !== "." ? options.scope : "";
	const start = scope ? join(rootReal, scope) : rootReal;
	await walk(state, start, scope, [rootReal, ...(scope ? [start] : [])]);
	const files = [
		...state.files,
		...(await keepCompiledOutputs(state.candidates)),
	].sort((a, b) => compareStrings(a.path, b.path));
	const issues = state.issues.sort(
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
