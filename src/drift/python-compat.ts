// Whether a release's Requires-Python can serve a project's `requires-python`, the way uv decides it: only the
// release's lower bound counts (uv ignores upper bounds such as `<4`, which would otherwise rule out most of
// PyPI for an open-ended project). A release is a target when some Python it accepts is no newer than the
// oldest Python the project supports. Both lowest Pythons are found on a fixed grid of final releases
// (X.Y.Z for X 2..4, Y and Z 0..40), which test/data/drift/make-drift-vectors.py walks the same way.
import { contains, parseSpecifierSet } from "../pep440/specifier-set.js";
import { parseVersion, type Version } from "../pep440/version.js";

const GRID: Version[] = [];
for (let major = 2; major <= 4; major++)
	for (let minor = 0; minor <= 40; minor++)
		for (let patch = 0; patch <= 40; patch++) {
			const v = parseVersion(`${major}.${minor}.${patch}`);
			if (v) GRID.push(v);
		}

const lowestCache = new Map<string, number | null>();

/** Index into GRID of the oldest Python a specifier admits; null when none on the grid, undefined when invalid. */
function lowestPython(text: string): number | null | undefined {
	if (lowestCache.has(text)) return lowestCache.get(text);
	const parsed = parseSpecifierSet(text);
	let found: number | null | undefined;
	if (!parsed.ok) found = undefined;
	else {
		const i = GRID.findIndex((v) => contains(parsed.value, v));
		found = i < 0 ? null : i;
	}
	if (found !== undefined) lowestCache.set(text, found);
	return found;
}

/**
 * A check for releases of one project: true when a release with this Requires-Python can be installed on every
 * Python the project supports, as far as uv is concerned. No `requires-python`, a release without one, or one
 * that does not parse (pip and uv ignore an invalid one): no constraint.
 */
export function pythonCompatibility(
	projectRequiresPython: string | null | undefined,
): (releaseRequiresPython: string | null) => boolean {
	const text = projectRequiresPython?.trim() ?? "";
	const floor = text === "" ? undefined : lowestPython(text);
	if (floor === undefined || floor === null) return () => true;
	return (release) => {
		if (release === null || release.trim() === "") return true;
		const lowest = lowestPython(release);
		if (lowest === undefined) return true;
		return lowest !== null && lowest <= floor;
	};
}
