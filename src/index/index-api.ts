// What each index API (PyPI's JSON API, the Simple API) answers, behind one shape.
import type {
	IndexLookup,
	ReleaseFacts,
	ReleaseSummary,
} from "./index-facts.js";

export interface ReleaseWanted {
	/** Whether the release's Requires-Dist is wanted (an extra request on the Simple API). */
	requirements: boolean;
}

export interface IndexApi {
	lookupRelease(
		name: string,
		version: string,
		wanted: ReleaseWanted,
	): Promise<IndexLookup<ReleaseFacts | null>>;
	listReleases(name: string): Promise<IndexLookup<ReleaseSummary[] | null>>;
}

export function describeStatus(status: number): string {
	if (status === 401 || status === 403)
		return `HTTP ${status}: the index refused the credentials (set the index token, or put them in the index URL)`;
	return `HTTP ${status}`;
}
