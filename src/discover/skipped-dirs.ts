// Which directories discovery does not walk, and why: one decision for the walk and for the links it meets, so
// that a link never leads the audit into a directory the walk itself would not enter.
import type { Dirent } from "node:fs";
import { join } from "node:path";
import { readdir } from "../async-fs.js";
import { isTemplateName } from "./classify-file.js";
import { describeVirtualenvSkip } from "./virtualenv.js";

// Directories that never hold a project's own dependency declarations (virtualenvs are told by their layout,
// not their name: see virtualenv.ts).
export const SKIPPED_DIRS: ReadonlySet<string> = new Set([
	".git",
	".hg",
	".svn",
	"node_modules",
	"__pycache__",
]);
// Tool-made environment directories: skipped, and said.
const TOOL_ENV_DIRS: ReadonlySet<string> = new Set([".tox", ".nox"]);

/** Why a directory named `name` is skipped whatever it holds (null: look at its entries), and whether it is said. */
export function skipByName(
	name: string,
): { said: boolean; message: string; what: string } | null {
	if (SKIPPED_DIRS.has(name))
		return {
			said: false,
			message: `${name} is never read`,
			what: "never read",
		};
	if (TOOL_ENV_DIRS.has(name))
		return {
			said: true,
			what: `${name === ".tox" ? "tox" : "nox"}'s environments`,
			message: `skipped: ${name} holds ${name === ".tox" ? "tox" : "nox"}'s environments, not this repository's declarations`,
		};
	if (isTemplateName(name))
		return {
			said: true,
			what: "a template directory",
			message:
				"template directory (a `{{` or `{%` placeholder in its name); not audited: its files are rendered into a project before anything installs them",
		};
	return null;
}

/** Why a directory is skipped by what it holds (a virtualenv's layout), null when it is walked. */
export function skipByEntries(entries: readonly Dirent[]): string | null {
	return describeVirtualenvSkip(entries);
}

/**
 * The first directory on the way to `path` (root-relative, free of links) that the walk skips, with why;
 * null when none. The root itself is never skipped (an audit may be run inside anything).
 */
export async function findSkippedAncestor(
	rootReal: string,
	path: string,
): Promise<string | null> {
	const parts = path.split("/").slice(0, -1);
	for (let i = 0; i < parts.length; i++) {
		const dir = parts.slice(0, i + 1).join("/");
		const byName = skipByName(parts[i] as string);
		if (byName !== null) return `'${dir}' (${byName.what})`;
		const entries = await readdir(join(rootReal, ...parts.slice(0, i + 1)), {
			withFileTypes: true,
		}).catch(() => null);
		const byEntries = entries === null ? null : skipByEntries(entries);
		if (byEntries !== null) return `'${dir}' (a virtualenv)`;
	}
	return null;
}
