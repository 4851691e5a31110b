// What the rules may know about the package index: gathered before evaluation (the only network I/O of an
// audit), then handed to the rules read-only, so evaluation stays a pure function of its inputs.
import type { ProjectLinks } from "./project-urls.js";

/** One release of one package, as an index describes it. */
export interface ReleaseFacts {
	/** PEP 440 normalized version. */
	version: string;
	/** PEP 592: every file of the release is yanked (a release with one installable file is not). */
	yanked: boolean;
	/** PEP 592 `data-yanked` / JSON API `yanked_reason`; null when none was given. */
	yankedReason: string | null;
	/** The earliest upload time of the release's files (ISO 8601, UTC); null when the index does not say. */
	uploadTime: string | null;
	/** Core metadata `Requires-Dist` (PEP 508 strings); null when the index does not serve them. */
	requiresDist: string[] | null;
	/** Core metadata `Requires-Python`; null when absent or unknown. */
	requiresPython: string | null;
	/** The changelog and source links the release's metadata names (absent when it names neither). */
	projectUrls?: ProjectLinks;
}

/** What a listing of every release says about one of them (no per-release metadata files are read). */
export type ReleaseSummary = Omit<ReleaseFacts, "requiresDist">;

/** A lookup that either worked or failed with a message naming what failed (never a credential). */
export type IndexLookup<T> =
	| { ok: true; value: T }
	| { ok: false; error: string };

export interface IndexFacts {
	/** False with `--offline`: nothing was asked of an index. */
	online: boolean;
	/** Index URL (credentials removed) each project was audited against, keyed by project path. */
	indexByProject: ReadonlyMap<string, string>;
	/**
	 * Keyed by `projectReleaseKey(project, name, version)`; a missing key means the release was never looked
	 * up. A successful lookup with `null`: the index does not have that version.
	 */
	releases: ReadonlyMap<
		string,
		{ index: string; lookup: IndexLookup<ReleaseFacts | null> }
	>;
}

/** Key of `IndexFacts.releases`. */
export function projectReleaseKey(
	project: string,
	name: string,
	version: string,
): string {
	return `${project}\0${name}\0${version}`;
}

export function createEmptyIndexFacts(): IndexFacts {
	return { online: false, indexByProject: new Map(), releases: new Map() };
}
