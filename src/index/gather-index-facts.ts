// Everything the index-backed rules will ask, asked up front: one lookup per distinct (index, package,
// version), all in flight together under the HTTP client's concurrency bound, with the release's requirements
// only where a rule reads them. Failures are recorded as facts
// (the `index-unavailable` rule reports them); nothing here throws.
import type { Project } from "../model/types.js";
import { parseSpecifierSet } from "../pep440/specifier-set.js";
import { parseVersion } from "../pep440/version.js";
import type { HttpClient } from "./http-client.js";
import { DEFAULT_INDEX_URL, redactUrl } from "./index-endpoint.js";
import {
	type IndexFacts,
	type IndexLookup,
	projectReleaseKey,
	type ReleaseFacts,
} from "./index-facts.js";
import type { IndexSession, IndexSessionOptions } from "./index-session.js";

/** `indexUrl` is the index for every project (CLI/action input, or the policy's); it wins over project config. */
export interface GatherIndexOptions extends IndexSessionOptions {
	/** Ask no index at all. */
	offline: boolean;
	/**
	 * Whether a rule will read the release's requirements for this project (its Requires-Dist costs a second
	 * request per release on a Simple API index); always, when not given.
	 */
	needsRequirements?: (
		project: Project,
		name: string,
		version: string,
	) => boolean;
	/** The session startIndexSession began for these options; one is made here when absent. */
	session?: Promise<IndexSession> | null;
}

export interface GatheredIndexFacts {
	facts: IndexFacts;
	/** Credentials that were in play: mask them in anything printed. */
	secrets: string[];
	/** Network statistics, for logs and tests. */
	stats: HttpClient["stats"] | null;
}

/** A release the rules will ask about: a `==` pin or a locked registry version. */
interface Wanted {
	project: string;
	name: string;
	version: string;
	/** Index URL as written (may hold credentials). */
	index: string;
}

export async function gatherIndexFacts(
	projects: readonly Project[],
	options: GatherIndexOptions,
): Promise<GatheredIndexFacts> {
	const token = options.token || null;
	const indexByProject = new Map<string, string>();
	const releases = new Map<
		string,
		{ index: string; lookup: IndexLookup<ReleaseFacts | null> }
	>();
	if (options.offline) {
		for (const project of projects)
			indexByProject.set(
				project.path,
				redactUrl(chooseProjectIndex(project, options.indexUrl ?? null)),
			);
		return {
			facts: { online: false, indexByProject, releases },
			secrets: token ? [token] : [],
			stats: null,
		};
	}

	const { settleLookup } = await import("./index-session.js");
	const session = await (options.session ?? startSession(options));
	const wanted: (Wanted & { requirements: boolean })[] = [];
	for (const project of projects) {
		const projectIndex = chooseProjectIndex(project, options.indexUrl ?? null);
		indexByProject.set(project.path, redactUrl(projectIndex));
		for (const w of listWantedReleases(
			project,
			projectIndex,
			options.indexUrl ?? null,
		))
			wanted.push({
				...w,
				requirements:
					options.needsRequirements?.(project, w.name, w.version) ?? true,
			});
	}
	const answers = await lookupAll(session, wanted, settleLookup);
	wanted.forEach((w, i) => {
		const key = projectReleaseKey(w.project, w.name, w.version);
		const answer = answers[i];
		if (answer === undefined || releases.has(key)) return;
		const index = session.clientFor(w.index).url;
		// An error message may echo a URL: never one with credentials.
		releases.set(key, {
			index,
			lookup: answer.ok
				? answer
				: { ok: false, error: redactUrl(answer.error) },
		});
	});
	return {
		facts: { online: true, indexByProject, releases },
		secrets: session.secrets(),
		stats: session.stats,
	};
}

/**
 * For an online audit given an index (an input, a flag or the policy's `index-url`, which every project then uses),
 * the index session started before the files are parsed: its modules load and the index's host is asked of DNS
 * while the main thread reads and parses, instead of after. Null offline, for a tree without files (nothing will be
 * looked up), and without an index given: PyPI, the default, is not asked ahead, since a project may name its own
 * index and a run that never contacts PyPI must not ask for it.
 */
export function startIndexSession(
	options: GatherIndexOptions,
	hasFiles = true,
): Promise<IndexSession> | null {
	const given = options.indexUrl;
	if (options.offline || !given || !hasFiles) return null;
	const started = startSession(options).then((session) => {
		session.prepare(given);
		return session;
	});
	// An audit stopped before its look-ups (a configuration error) never awaits it: no unhandled rejection then.
	started.catch(() => {});
	return started;
}

/** The index client (HTTP, cache, response parsers) is loaded only for an online audit. */
async function startSession(
	options: GatherIndexOptions,
): Promise<IndexSession> {
	const { createIndexSession } = await import("./index-session.js");
	return createIndexSession({ ...options, token: options.token || null });
}

/**
 * One lookup per distinct (index, package, version), all in flight together under the HTTP client's bound;
 * its requirements are asked for when any project that installs it needs them.
 */
function lookupAll(
	session: IndexSession,
	wanted: readonly (Wanted & { requirements: boolean })[],
	settleLookup: typeof import("./index-session.js").settleLookup,
): Promise<IndexLookup<ReleaseFacts | null>[]> {
	const keyOf = (w: Wanted, clientKey: string) =>
		`${clientKey}\0${w.name}\0${w.version}`;
	const requirements = new Set<string>();
	for (const w of wanted) {
		const found = session.clientFor(w.index);
		if (found.ok && w.requirements) requirements.add(keyOf(w, found.key));
	}
	const lookups = new Map<string, Promise<IndexLookup<ReleaseFacts | null>>>();
	return Promise.all(
		wanted.map((w) => {
			const found = session.clientFor(w.index);
			if (!found.ok) return Promise.resolve(found.lookup);
			const key = keyOf(w, found.key);
			let pending = lookups.get(key);
			if (pending === undefined) {
				pending = settleLookup(
					found.client.lookupRelease(w.name, w.version, {
						requirements: requirements.has(key),
					}),
				);
				lookups.set(key, pending);
			}
			return pending;
		}),
	);
}

/**
 * The index a project installs from: the explicit one, else its uv default index (`[[tool.uv.index]]`
 * with `default = true`), else a requirements file's `--index-url`, else PyPI.
 */
export function chooseProjectIndex(
	project: Project,
	explicit: string | null,
): string {
	if (explicit) return explicit;
	if (project.indexUrl) return project.indexUrl;
	const pip = project.pipOptions.find(
		(o) => o.name === "--index-url" && o.value !== null && o.value !== "",
	);
	return pip?.value ?? DEFAULT_INDEX_URL;
}

/** `==` pins (not wildcards) and locked registry versions, each with the index it comes from. */
export function listWantedReleases(
	project: Project,
	projectIndex: string,
	explicit: string | null,
): Wanted[] {
	const out: Wanted[] = [];
	const seen = new Set<string>();
	const add = (name: string, version: string, index: string) => {
		const key = `${name}\0${version}`;
		if (seen.has(key)) return;
		seen.add(key);
		out.push({ project: project.path, name, version, index });
	};
	// Locks first: the registry a lock recorded is where that version came from.
	for (const entry of project.locked) {
		if (entry.version === null) continue;
		if (entry.source !== "registry" && entry.source !== "unknown") continue;
		const version = parseVersion(entry.version);
		if (version === null) continue;
		const recorded =
			entry.source === "registry" &&
			entry.sourceUrl &&
			/^https?:\/\//.test(entry.sourceUrl)
				? entry.sourceUrl
				: null;
		add(entry.name, version.text, explicit ?? recorded ?? projectIndex);
	}
	for (const requirement of project.requirements) {
		if (requirement.url !== null || requirement.group === "build") continue;
		const version = findPinnedVersion(requirement.specifier);
		if (version !== null) add(requirement.name, version, projectIndex);
	}
	return out;
}

/** The version an `==X` (not `==X.*`) or `===X` clause pins, normalized; null when none. */
export function findPinnedVersion(specifier: string): string | null {
	if (specifier === "") return null;
	const parsed = parseSpecifierSet(specifier);
	if (!parsed.ok) return null;
	for (const clause of parsed.value.clauses) {
		if (
			(clause.operator === "==" && !clause.wildcard) ||
			clause.operator === "==="
		) {
			const version = parseVersion(clause.version);
			if (version !== null) return version.text;
		}
	}
	return null;
}
