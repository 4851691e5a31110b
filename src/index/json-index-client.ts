// PyPI's JSON API: `<root>/pypi/<name>/<version>/json` answers a release with its Requires-Dist in one request,
// `<root>/pypi/<name>/json` lists every release. 404 means "no such project or release".
import type { HttpClient } from "./http-client.js";
import { describeStatus, type IndexApi } from "./index-api.js";
import type { IndexEndpoint } from "./index-endpoint.js";
import type { IndexLookup } from "./index-facts.js";
import {
	parsePypiProjectJson,
	parsePypiReleaseJson,
} from "./parse-index-responses.js";

export function createJsonApi(
	endpoint: IndexEndpoint,
	http: HttpClient,
	authFor: (url: string) => string | null,
): IndexApi {
	/** 404 is null (no such project or release), anything else but 200 is a failure. */
	const getJson = async <T>(
		url: string,
		parse: (body: string) => IndexLookup<T>,
	): Promise<IndexLookup<T | null>> => {
		const answer = await http.get({
			url,
			accept: "application/json",
			authorization: authFor(url),
		});
		if (!answer.ok) return answer;
		if (answer.status === 404) return { ok: true, value: null };
		if (answer.status !== 200)
			return { ok: false, error: describeStatus(answer.status) };
		return parse(answer.body);
	};
	const root = `${endpoint.url}/pypi`;
	return {
		lookupRelease: (name, version) =>
			getJson(
				`${root}/${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`,
				parsePypiReleaseJson,
			),
		listReleases: (name) =>
			getJson(`${root}/${encodeURIComponent(name)}/json`, parsePypiProjectJson),
	};
}
