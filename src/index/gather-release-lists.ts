// Every release of every package a drift report looks at, asked up front (one listing per distinct index and
// package, all in flight together under the HTTP client's concurrency bound). Failures are recorded as facts;
// nothing here throws.
import type { Project } from "../model/types.js";
import { chooseProjectIndex } from "./gather-index-facts.js";
import {
	createHttpClient,
	type HttpClient,
	type HttpClientOptions,
} from "./http-client.js";
import { createIndexClient, type IndexClient } from "./index-client.js";
import {
	type IndexEndpoint,
	parseIndexEndpoint,
	redactUrl,
} from "./index-endpoint.js";
import type { IndexLookup, ReleaseSummary } from "./index-facts.js";

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

export interface GatherReleaseListsOptions {
	offline: boolean;
	/** The index for every project; wins over project config. */
	indexUrl?: string | null;
	cacheDir?: string | null;
	/** HTTPS_PROXY, NO_PROXY. */
	env?: Readonly<Record<string, string | undefined>>;
	/**
	 * The credential for `indexUrl` (PIN_AUDIT_INDEX_TOKEN), sent to that configured index only: never to an index
	 * the audited files name, which whoever wrote them chose.
	 */
	token?: string | null;
	http?: Omit<HttpClientOptions, "cacheDir" | "env">;
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
	const env = options.env ?? {};
	const token = options.token ?? null;
	const secrets = new Set<string>(token ? [token] : []);
	const listings = new Map<string, ReleaseListing>();
	if (options.offline)
		return { online: false, listings, secrets: [...secrets] };

	const http: HttpClient = createHttpClient({
		...options.http,
		cacheDir: options.cacheDir ?? null,
		env,
	});
	const endpoints = new Map<string, IndexLookup<IndexEndpoint>>();
	const clients = new Map<string, IndexClient>();
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
		let endpoint = endpoints.get(raw);
		if (endpoint === undefined) {
			endpoint = parseIndexEndpoint(
				raw,
				raw === options.indexUrl ? token : null,
			);
			if (endpoint.ok) for (const s of endpoint.value.secrets) secrets.add(s);
			endpoints.set(raw, endpoint);
		}
		if (!endpoint.ok)
			return { index: redactUrl(raw), answer: Promise.resolve(endpoint) };
		const clientKey = `${endpoint.value.url}\0${endpoint.value.authorization ?? ""}`;
		let client = clients.get(clientKey);
		if (client === undefined) {
			client = createIndexClient(endpoint.value, http);
			clients.set(clientKey, client);
		}
		const key = `${clientKey}\0${name}`;
		let answer = pending.get(key);
		if (answer === undefined) {
			answer = client.listReleases(name).catch(
				(error: unknown): IndexLookup<ReleaseSummary[] | null> => ({
					ok: false,
					error: error instanceof Error ? error.message : String(error),
				}),
			);
			pending.set(key, answer);
		}
		return { index: endpoint.value.url, answer };
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
	return { online: true, listings, secrets: [...secrets] };
}
