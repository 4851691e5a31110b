// How uv lowers a requirement whose `[tool.uv.sources]` entries carry markers, as its lock records it: one
// requirement per source under the requirement's marker and the source's, without the version specifier
// for a git, path, url or workspace source (an `index` source keeps it), and the requirement itself, from
// the index, where no source's marker holds, when that can happen anywhere
// (docs.astral.sh/uv/concepts/projects/dependencies/#platform-specific-sources: "uv will still include
// httpx on all platforms, but will download the source from GitHub on macOS, and fall back to PyPI on all
// other platforms"; #multiple-sources).
import type { Requirement } from "../model/types.js";
import { markerMayHold } from "../parse/markers/marker-algebra.js";
import { negateMarker } from "../parse/markers/marker-tree.js";

/**
 * The requirements uv records for this one: itself when no source carries a marker; null when the markers
 * cannot be negated as text (`~=`, `===`), so the lowering cannot be told.
 */
export function lowerUvRequirement(
	requirement: Requirement,
): Requirement[] | null {
	const { markedSources, source: _source, ...plain } = requirement;
	if (markedSources === undefined) return [requirement];
	const out: Requirement[] = [];
	for (const entry of markedSources) {
		const marker = joinMarkers(requirement.marker, entry.marker);
		if (!markerMayHold(marker)) continue;
		out.push(
			entry.source === null
				? { ...plain, marker }
				: {
						...plain,
						marker,
						specifier: "",
						source: entry.source,
						editable: entry.editable,
					},
		);
	}
	// A source without a marker covers every environment: nothing is left for the index.
	const markers = markedSources.map((entry) => entry.marker);
	if (markers.some((m) => m === null)) return out;
	const nowhere = negateMarker(markers.map((m) => `(${m})`).join(" or "));
	if (nowhere === null) return null;
	const remaining = joinMarkers(requirement.marker, nowhere);
	if (markerMayHold(remaining))
		out.push({ ...plain, url: null, marker: remaining });
	return out;
}

function joinMarkers(a: string | null, b: string | null): string | null {
	if (a === null || a.trim() === "") return b;
	if (b === null || b.trim() === "") return a;
	return `(${a}) and (${b})`;
}
