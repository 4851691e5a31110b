// Looks up releases on one index, through whichever API its URL names. Credentials go to the index's own origin
// only (never to a file host elsewhere).
import type { HttpClient } from "./http-client.js";
import type { ReleaseWanted } from "./index-api.js";
import type { IndexEndpoint } from "./index-endpoint.js";
import type {
	IndexLookup,
	ReleaseFacts,
	ReleaseSummary,
} from "./index-facts.js";
import { createJsonApi } from "./json-index-client.js";
import { createSimpleApi } from "./simple-index-client.js";

export { SIMPLE_JSON_ACCEPT } from "./simple-index-client.js";

export interface IndexClient {
	readonly endpoint: IndexEndpoint;
	/**
	 * The release's facts; `ok: true` with null when the index has no such version or package. Its
	 * `requiresDist` is null when not wanted and the API would need another request for it.
	 */
	lookupRelease(
		name: string,
		version: string,
		wanted?: ReleaseWanted,
	): Promise<IndexLookup<ReleaseFacts | null>>;
	/** Every release of the package that has files, yanked ones included; null when the index has no such package. */
	listReleases(name: string): Promise<IndexLookup<ReleaseSummary[] | null>>;
}

export function createIndexClient(
	endpoint: IndexEndpoint,
	http: HttpClient,
): IndexClient {
	const origin = new URL(endpoint.url).origin;
	const authFor = (url: string) =>
		new URL(url).origin === origin ? endpoint.authorization : null;
	const api =
		endpoint.api === "simple"
			? createSimpleApi(endpoint, http, authFor)
			: createJsonApi(endpoint, http, authFor);
	return {
		endpoint,
		lookupRelease: (name, version, wanted = { requirements: true }) =>
			api.lookupRelease(name, version, wanted),
		listReleases: (name) => api.listReleases(name),
	};
}
