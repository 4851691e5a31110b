// Whether a release's Requires-Python can serve a project's `requires-python`, the way uv decides it: only the
// release's lower bound counts (uv ignores upper bounds such as `<4`, which would otherwise rule out most of
// PyPI for an open-ended project). A release is a target when some Python it accepts is no newer than the
// oldest Python the project supports. Both lowest Pythons are found on a fixed grid of final releases
// (X.Y.Z for X 2..4, Y and Z 0..40), which test/data/drift/make-drift-vectors.py walks the same way.
import { createBoundedCache } from "../model/bounded-cache.js";
import { contains, parseSpecifierSet } from "../pep440/specifier-set.js";
import { makeVersion, type Version } from "../pep440/version.js";

let grid: Version[] | null = null;

/** The Python versions looked at, oldest first; built on first use (nothing runs at import). */
function pythonGrid(): Version[] {
	if (grid === null) {
		grid = [];
		for (let major = 2n; major <= 4n; major++)
			for (let minor = 0n; minor <= 40n; minor++)
				for (let patch = 0n; patch <= 40n; patch++)
					grid.push(
						makeVersion({
							epoch: 0n,
							release: [major, minor, patch],
							pre: null,
							post: null,
							dev: null,
							local: null,
						}),
					);
	}
	return grid;
}

const lowestCache = createBoundedCache<number | null | undefined>(10_000);

/** Index into the grid of the oldest Python a specifier admits; null when none on the grid, undefined when invalid. */
function lowestPython(text: string): number | null | undefined {
	return lowestCache.get(text, () => {
		const parsed = parseSpecifierSet(text);
		if (!parsed.ok) return undefined;
		const i = pythonGrid().findIndex((v) => contains(parsed.value, v));
		return i < 0 ? null : i;
	});
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
