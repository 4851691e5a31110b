// One path resolution for every reading path (a checkout on disk, a commit read from git): component by
// component and link by link, as the OS resolves a path when pip opens it, so that `..` after a link goes to
// the link target's parent, a file link through a directory link lands where the OS lands, and a chain of
// links stops at the OS's own limit. Anything that cannot be followed exactly is refused with a reason.

import { posix } from "node:path";
import { append } from "../model/append.js";

/** Linux's MAXSYMLINKS: path resolution fails with ELOOP after this many links. */
export const MAX_SYMLINKS = 40;

/** Directories whose content is never audited nor read: a link into them is refused, not followed. */
export const NEVER_READ_DIRS: ReadonlySet<string> = new Set([
	".git",
	".hg",
	".svn",
	"node_modules",
]);

export type NodeKind = "file" | "dir" | "link" | "missing" | "other";

/** What is at a root-relative POSIX path ("" is the root), without following a final link. */
export interface PathView {
	lstat(path: string): Promise<NodeKind>;
	readlink(path: string): Promise<string>;
	/** An absolute path as a root-relative one when it is under the root's real path; null otherwise. */
	underRoot(absolute: string): string | null;
}

export type ResolvedPath =
	| { ok: true; path: string; kind: "file" | "dir" | "other"; links: number }
	| {
			ok: false;
			reason: "outside" | "loop" | "missing" | "never-read";
			message: string;
	  };

/**
 * `target` opened from the directory `fromDir` (both relative to the root; `fromDir` already free of links).
 * The result's path is where the file physically is, relative to the root, with no link left in it.
 */
export async function resolvePath(
	view: PathView,
	fromDir: string,
	target: string,
): Promise<ResolvedPath> {
	if (target.includes("\0"))
		return refuse("missing", "the path holds a NUL character");
	const current = fromDir === "" || fromDir === "." ? [] : fromDir.split("/");
	const pending: string[] = [];
	if (!enter(view, target, current, pending))
		return refuse(
			"outside",
			`'${target}' is an absolute path outside the audited root`,
		);
	let links = 0;
	let kind: NodeKind = "dir";
	let lastLink = "";
	while (pending.length > 0) {
		const part = pending.pop() as string;
		if (part === "" || part === ".") continue;
		if (part === "..") {
			// The OS: `..` is the parent of the directory reached so far, links already followed.
			if (current.length === 0)
				return refuse(
					"outside",
					`the path leads outside the audited root${lastLink}`,
				);
			current.pop();
			kind = "dir";
			continue;
		}
		if (kind !== "dir")
			return refuse("missing", `'${current.join("/")}' is not a directory`);
		// Whether or not it exists here: a commit read from git has no `.git`, the runner's checkout has one.
		if (NEVER_READ_DIRS.has(part))
			return refuse(
				"never-read",
				`the path leads into '${[...current, part].join("/")}', which pin-audit never reads`,
			);
		const next = [...current, part].join("/");
		kind = await view.lstat(next);
		if (kind === "link") {
			links++;
			if (links > MAX_SYMLINKS)
				return refuse(
					"loop",
					`more than ${MAX_SYMLINKS} symbolic links on the way (the OS stops there too)`,
				);
			const link = await view.readlink(next);
			lastLink = ` (through the link '${next}' -> '${link}')`;
			// A relative link resolves from the directory that holds it, which `current` still is.
			if (
				link === "" ||
				link.includes("\0") ||
				!enter(view, link, current, pending)
			)
				return refuse(
					"outside",
					`'${next}' is a link to '${link}', outside the audited root`,
				);
			kind = "dir";
			continue;
		}
		if (kind === "missing")
			return refuse("missing", `'${next}' does not exist`);
		current.push(part);
	}
	return { ok: true, path: current.join("/"), kind, links } as ResolvedPath;
}

/**
 * Queues `path`'s components; an absolute path restarts from the root when it is under the root's real path
 * (a link written on this machine), and is refused (false) otherwise.
 */
function enter(
	view: PathView,
	path: string,
	current: string[],
	pending: string[],
): boolean {
	let relative = path;
	if (path.startsWith("/")) {
		const under = view.underRoot(path);
		if (under === null) return false;
		current.length = 0;
		relative = under;
	}
	append(pending, relative.split("/").reverse());
	return true;
}

function refuse(
	reason: "outside" | "loop" | "missing" | "never-read",
	message: string,
): ResolvedPath {
	return { ok: false, reason, message };
}

/** The directory part of a root-relative path as pip joins it (`os.path.dirname`), "" for the root. */
export function parentOf(path: string): string {
	const dir = posix.dirname(path);
	return dir === "." ? "" : dir;
}
