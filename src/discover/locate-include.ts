// Where a path pip opens (a requirements file, an include) physically is, resolved link by link like the OS
// (resolve-path.ts) inside the include boundary; or why it cannot be audited.
import { posix, relative, sep } from "node:path";
import { createBoundedCache } from "../model/bounded-cache.js";
import { fsPathView } from "./fs-path-view.js";
import { type NodeKind, type PathView, resolvePath } from "./resolve-path.js";

export type Located =
	| { ok: true; relPath: string }
	| { ok: false; reason: string; unauditable: boolean };

/**
 * A locator for paths relative to the audited root `rootReal`. Includes may reach anywhere inside
 * `boundaryReal` (the repository, when the CLI widens it); results stay relative to the audited root
 * (`../requirements-mcp.txt` above it).
 */
export function createLocator(
	rootReal: string,
	boundaryReal: string,
): (path: string) => Promise<Located> {
	const view = rememberKinds(fsPathView(boundaryReal));
	const prefix = relative(boundaryReal, rootReal).split(sep).join("/");
	const toRoot = (path: string) =>
		prefix === "" ? path : posix.relative(prefix, path) || ".";
	return async (path) => {
		const resolved = await resolvePath(view, prefix, path);
		if (resolved.ok) {
			if (resolved.kind === "file")
				return { ok: true, relPath: toRoot(resolved.path) };
			return {
				ok: false,
				reason: `'${resolved.path}' is not a file`,
				unauditable: false,
			};
		}
		// pip fails on a missing file too; anything else pip reads and the audit cannot.
		if (resolved.reason === "missing")
			return {
				ok: false,
				reason: `no such file (${resolved.message})`,
				unauditable: false,
			};
		return {
			ok: false,
			reason: `${resolved.message}; pip reads it and pin-audit does not, so it was not audited; keep requirements files inside the repository and out of .git and node_modules`,
			unauditable: true,
		};
	};
}

/** Distinct paths whose kind a locator remembers; past it, it starts over (a bound for hostile trees). */
const REMEMBERED_KINDS = 4096;

/**
 * The view with each path's kind asked of the disk once: every file of a fleet resolves through the same few
 * directories (`services`, `services/mcp-server-0001`), and the checkout does not change during an audit.
 */
function rememberKinds(view: PathView): PathView {
	const kinds = createBoundedCache<Promise<NodeKind>>(REMEMBERED_KINDS);
	return { ...view, lstat: (path) => kinds.get(path, (p) => view.lstat(p)) };
}
