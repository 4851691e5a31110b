// A virtualenv is skipped by its layout, never by a name or a lone marker file: an empty `pyvenv.cfg` dropped
// into a project directory must not hide the project (venv's layout: pyvenv.cfg, bin/ or Scripts/ holding the
// interpreter, lib/ or Lib/ holding site-packages).
import type { Dirent } from "node:fs";

/** Why this directory is skipped as a virtualenv, or null when it does not look like one. */
export function describeVirtualenvSkip(
	entries: readonly Dirent[],
): string | null {
	const has = (name: string, dir: boolean) =>
		entries.some(
			(e) => e.name === name && (dir ? e.isDirectory() : e.isFile()),
		);
	if (!has("pyvenv.cfg", false)) return null;
	const scripts = has("bin", true)
		? "bin"
		: has("Scripts", true)
			? "Scripts"
			: null;
	const lib = has("lib", true) ? "lib" : has("Lib", true) ? "Lib" : null;
	if (scripts === null || lib === null) return null;
	return `skipped as a virtualenv (pyvenv.cfg, ${scripts}/ and ${lib}/): installed packages, not this repository's declarations`;
}
