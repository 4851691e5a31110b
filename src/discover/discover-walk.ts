// The directory walk of discovery: which entries are dependency files, which directories are entered, and what
// is said about what is skipped. Links are followed by discover-links.ts.
import type { Dirent } from "node:fs";
import { join } from "node:path";
import { readdir } from "../async-fs.js";
import {
	classifyFile,
	isDependencyTemplate,
	isTemplateName,
} from "./classify-file.js";
import { mayBeCompiledOutput } from "./compiled-header-sniff.js";
import { followLink } from "./discover-links.js";
import type { DiscoveredFile, DiscoveryIssue } from "./discovered-file.js";
import { describeFsError } from "./read-file-bytes.js";
import type { PathView } from "./resolve-path.js";
import { skipByEntries, skipByName } from "./skipped-dirs.js";

/** What one discovery run collects, and the filters it applies. */
export interface WalkState {
	rootReal: string;
	view: PathView;
	included: (path: string) => boolean;
	/** Whether an exclude glob skips `path` (recorded when it does). */
	isExcluded: (path: string, dir: boolean) => boolean;
	files: DiscoveredFile[];
	issues: DiscoveryIssue[];
	/** Files only their header can tell apart (`requirements.lock`, `deps.txt`), read once the walk is done. */
	candidates: DiscoveredFile[];
}

/** One directory: its entries, then its subdirectories concurrently. */
export async function walk(
	state: WalkState,
	absDir: string,
	relDir: string,
	ancestors: readonly string[],
): Promise<void> {
	const entries = await listDirectory(state, absDir, relDir);
	if (entries === null) return;
	const names = new Set(entries.map((e) => e.name));
	const subdirs: Promise<void>[] = [];
	for (const entry of entries) {
		const relPath = relDir ? `${relDir}/${entry.name}` : entry.name;
		const absPath = join(absDir, entry.name);
		if (entry.isSymbolicLink()) {
			await visitLink(state, entry, relPath, names, ancestors);
			continue;
		}
		if (isTemplateName(entry.name)) {
			noticeTemplate(state, entry, relPath);
			continue;
		}
		if (entry.isDirectory()) {
			if (enters(state, entry.name, relPath))
				subdirs.push(walk(state, absPath, relPath, [...ancestors, absPath]));
		} else if (entry.isFile()) addFile(state, relPath, absPath, names);
	}
	await Promise.all(subdirs);
}

/** The directory's entries; null when it cannot be read or is skipped by what it holds (both said). */
async function listDirectory(
	state: WalkState,
	absDir: string,
	relDir: string,
): Promise<Dirent[] | null> {
	let entries: Dirent[];
	try {
		entries = await readdir(absDir, { withFileTypes: true });
	} catch (error) {
		state.issues.push({
			severity: "warning",
			path: relDir || ".",
			message: `directory not audited: ${describeFsError(error)}`,
		});
		return null;
	}
	// A virtualenv holds installed packages, not the project's declarations; skipping one is said.
	const skipped = relDir === "" ? null : skipByEntries(entries);
	if (skipped === null) return entries;
	state.issues.push({ severity: "notice", path: relDir, message: skipped });
	return null;
}

/** Whether the walk enters the directory `name` at `relPath` (a tool's environments are skipped and said). */
function enters(state: WalkState, name: string, relPath: string): boolean {
	const skip = skipByName(name);
	if (skip !== null && !skip.said) return false;
	if (state.isExcluded(relPath, true)) return false;
	if (skip === null) return true;
	state.issues.push({
		severity: "notice",
		path: relPath,
		message: skip.message,
	});
	return false;
}

function noticeTemplate(state: WalkState, entry: Dirent, relPath: string) {
	if (state.isExcluded(relPath, true)) return;
	if (!entry.isDirectory() && !isDependencyTemplate(entry.name)) return;
	state.issues.push({
		severity: "notice",
		path: relPath,
		message: `template ${entry.isDirectory() ? "directory" : "file"} (a \`{{\` or \`{%\` placeholder in its name); not audited: its files are rendered into a project before anything installs them`,
	});
}

/** A file found by the walk, read at `target` (a link's target), named by `relPath`. */
function addFile(
	state: WalkState,
	relPath: string,
	target: string,
	names: ReadonlySet<string>,
): void {
	if (!state.included(relPath) || state.isExcluded(relPath, false)) return;
	const kind = classifyFile(relPath, names);
	if (kind) state.files.push({ path: relPath, absPath: target, kind });
	else if (mayBeCompiledOutput(relPath))
		state.candidates.push({
			path: relPath,
			absPath: target,
			kind: "requirements",
		});
}

/**
 * A link: a linked file is read at its target, resolved as the OS would; a linked directory inside the root is
 * audited where it really is (following the link too would audit it twice, and a link to an ancestor forever).
 */
async function visitLink(
	state: WalkState,
	entry: Dirent,
	relPath: string,
	names: ReadonlySet<string>,
	ancestors: readonly string[],
): Promise<void> {
	const link = await followLink(state.rootReal, state.view, relPath, names);
	if (link.issue) state.issues.push(link.issue);
	if (
		link.kind === "dir" &&
		ancestors.includes(join(state.rootReal, link.path))
	)
		state.issues.push({
			severity: "warning",
			path: relPath,
			message:
				"symbolic link loop (points back to a directory that contains it); not followed",
		});
	if (link.kind !== "file") return;
	if (isTemplateName(entry.name)) noticeTemplate(state, entry, relPath);
	else
		addFile(
			state,
			relPath,
			join(state.rootReal, ...link.path.split("/")),
			names,
		);
}
