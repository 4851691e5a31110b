// A commit's virtualenvs, for a tree written from git: only dependency files are copied out of a commit, so a
// committed virtualenv would lose the layout discovery recognizes it by (virtualenv.ts: a pyvenv.cfg file, bin/
// or Scripts/, lib/ or Lib/) and be audited, unlike the same directory in a checkout. Its layout is written
// too (an empty pyvenv.cfg, empty directories), so that discovery skips it, and says so, in both reading paths.
import { mkdir, writeFile } from "node:fs/promises";
import { parentOf } from "../discover/resolve-path.js";

/** A tree listing's entry (materialize-tree.ts's TreeEntry). */
type ListedEntry = { path: string; symlink?: boolean };

/** The directories of `entries` laid out as a virtualenv, with the layout's names each has. */
export function findVirtualenvs(
	entries: readonly ListedEntry[],
): { dir: string; layout: string[] }[] {
	const dirs = new Set<string>();
	for (const entry of entries)
		for (let dir = parentOf(entry.path); dir !== ""; dir = parentOf(dir))
			dirs.add(dir);
	const found: { dir: string; layout: string[] }[] = [];
	for (const entry of entries) {
		if (entry.symlink || !entry.path.endsWith("pyvenv.cfg")) continue;
		const dir = parentOf(entry.path);
		if (dir === "" || `${dir}/pyvenv.cfg` !== entry.path) continue;
		const scripts = ["bin", "Scripts"].find((d) => dirs.has(`${dir}/${d}`));
		const lib = ["lib", "Lib"].find((d) => dirs.has(`${dir}/${d}`));
		if (scripts !== undefined && lib !== undefined)
			found.push({ dir, layout: [scripts, lib] });
	}
	return found;
}

/** Writes each virtualenv's layout through `inside` (materialize-tree.ts: a path under the tree, never through a link). */
export async function writeVirtualenvLayouts(
	entries: readonly ListedEntry[],
	inside: (relPath: string) => Promise<string>,
): Promise<void> {
	for (const { dir, layout } of findVirtualenvs(entries)) {
		for (const sub of layout)
			await mkdir(await inside(`${dir}/${sub}`), { recursive: true });
		await writeFile(await inside(`${dir}/pyvenv.cfg`), "", { flag: "a" });
	}
}
