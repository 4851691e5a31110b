// What every batch of index questions shares: one HTTP client (one concurrency bound, one cache), one index client
// per endpoint, and THE rule for credentials - the token goes to the configured index only, never to an index the
// audited files name (a requirements file's --index-url, a lock's registry, [[tool.uv.index]]), which whoever
// wrote them chose.
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
import type { IndexLookup } from "./index-facts.js";

export interface IndexSessionOptions {
	/** The configured index (input, CLI flag or policy): the only one the token is sent to. */
	indexUrl?: string | null;
	/** The credential for `indexUrl` (PIN_AUDIT_INDEX_TOKEN). */
	token?: string | null;
	cacheDir?: string | null;
	/** HTTPS_PROXY, NO_PROXY. */
	env?: Readonly<Record<string, string | undefined>>;
	http?: Omit<HttpClientOptions, "cacheDir" | "env">;
}

export interface IndexSession {
	/** The client for an index URL as written (it may hold credentials), and its URL without them. */
	clientFor(raw: string):
		| { ok: true; client: IndexClient; key: string; url: string }
		| {
				ok: false;
				url: string;
				lookup: IndexLookup<never>;
		  };
	/** Starts what a first lookup on an index URL (as written) waits for: see HttpClient.prepare. */
	prepare(raw: string): void;
	/** Credentials that were in play: mask them in anything printed. */
	secrets(): string[];
	readonly stats: HttpClient["stats"];
}

export function createIndexSession(options: IndexSessionOptions): IndexSession {
	const token = options.token || null;
	const trusted = options.indexUrl ?? null;
	const http = createHttpClient({
		...options.http,
		cacheDir: options.cacheDir ?? null,
		env: options.env ?? {},
	});
	const secrets = new Set<string>(token ? [token] : []);
	const endpoints = new Map<string, IndexLookup<IndexEndpoint>>();
	const clients = new Map<string, IndexClient>();
	const session: IndexSession = {
		clientFor(raw) {
			let endpoint = endpoints.get(raw);
			if (endpoint === undefined) {
				endpoint = parseIndexEndpoint(raw, raw === trusted ? token : null);
				if (endpoint.ok) for (const s of endpoint.value.secrets) secrets.add(s);
				endpoints.set(raw, endpoint);
			}
			if (!endpoint.ok)
				return { ok: false, url: redactUrl(raw), lookup: endpoint };
			const key = `${endpoint.value.url}\0${endpoint.value.authorization ?? ""}`;
			let client = clients.get(key);
			if (client === undefined) {
				client = createIndexClient(endpoint.value, http);
				clients.set(key, client);
			}
			return { ok: true, client, key, url: endpoint.value.url };
		},
		prepare(raw) {
			const found = session.clientFor(raw);
			if (found.ok) http.prepare(found.url);
		},
		secrets: () => [...secrets],
		stats: http.stats,
	};
	return session;
}

/** A lookup that failed by throwing (it should not) is a failed lookup, never an unhandled rejection. */
export function settleLookup<T>(
	promise: Promise<IndexLookup<T>>,
): Promise<IndexLookup<T>> {
	return promise.catch(
		(error: unknown): IndexLookup<T> => ({
			ok: false,
			error: error instanceof Error ? error.message : String(error),
		}),
	);
}
