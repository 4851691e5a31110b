// Every release of every package a drift report looks at, asked up front (one listing per distinct index and
// package, all in flight together under the HTTP client's concurrency bound). Failures are recorded as facts;
// nothing here throws.
import type { Project } from "../model/types.js";
import { chooseProjectIndex } from "./gather-index-facts.js";
import { redactUrl } from "./index-endpoint.js";
import type { IndexLookup, ReleaseSummary } from "./index-facts.js";
import {
	createIndexSession,
	type IndexSessionOptions,
	settleLookup,
} from "./index-session.js";

export interface ReleaseListing {
	/** The index asked (credentials removed). */
	index: string;
	/** Every release with files; null when the index has no such package. */
	lookup: IndexLookup<ReleaseSummary[] | null>;
}

export interface ReleaseLists {
	online: boolean;
	/** Keyed by `projectPackageKey(project, name)`; a missing key means the package was never asked about. */
	listings: ReadonlyMap<string, ReleaseListing>;
	/** Credentials that were in play: mask them in anything printed. */
	secrets: string[];
}

/** `indexUrl` is the index for every project; it wins over project config. */
export interface GatherReleaseListsOptions extends IndexSessionOptions {
	offline: boolean;
}

export function projectPackageKey(project: string, name: string): string {
	return `${project}\0${name}`;
}

/** `wanted` maps a project path to the package names to list for it. */
export async function gatherReleaseLists(
	projects: readonly Project[],
	wanted: ReadonlyMap<string, readonly string[]>,
	options: GatherReleaseListsOptions,
): Promise<ReleaseLists> {
	const token = options.token || null;
	const listings = new Map<string, ReleaseListing>();
	if (options.offline)
		return { online: false, listings, secrets: token ? [token] : [] };

	const session = createIndexSession({ ...options, token });
	const pending = new Map<
		string,
		Promise<IndexLookup<ReleaseSummary[] | null>>
	>();
	const list = (
		raw: string,
		name: string,
	): {
		index: string;
		answer: Promise<IndexLookup<ReleaseSummary[] | null>>;
	} => {
		const found = session.clientFor(raw);
		if (!found.ok)
			return { index: found.url, answer: Promise.resolve(found.lookup) };
		const key = `${found.key}\0${name}`;
		let answer = pending.get(key);
		if (answer === undefined) {
			answer = settleLookup(found.client.listReleases(name));
			pending.set(key, answer);
		}
		return { index: found.url, answer };
	};

	const jobs: Promise<void>[] = [];
	for (const project of projects) {
		const index = chooseProjectIndex(project, options.indexUrl ?? null);
		for (const name of wanted.get(project.path) ?? []) {
			const asked = list(index, name);
			jobs.push(
				asked.answer.then((lookup) => {
					listings.set(projectPackageKey(project.path, name), {
						index: asked.index,
						// An error message may echo a URL: never one with credentials.
						lookup: lookup.ok
							? lookup
							: { ok: false, error: redactUrl(lookup.error) },
					});
				}),
			);
		}
	}
	await Promise.all(jobs);
	return { online: true, listings, secrets: session.secrets() };
}
