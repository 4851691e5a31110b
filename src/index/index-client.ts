// Looks up releases on one index, through whichever API its URL names. Every answer is memoized for the
// run, so a project page (Simple API) is fetched once however many versions of the package are asked for.
import type { HttpClient } from "./http-client.js";
import type { IndexEndpoint } from "./index-endpoint.js";
import type {
	IndexLookup,
	ReleaseFacts,
	ReleaseSummary,
} from "./index-facts.js";
import {
	parseCoreMetadata,
	parsePypiProjectJson,
	parsePypiReleaseJson,
	parseSimpleProjectJson,
	pickMetadataFile,
	type SimpleProject,
	summarizeSimpleRelease,
	summarizeSimpleReleases,
} from "./parse-index-responses.js";

/** PEP 691: ask for the JSON form; an index that only has HTML answers with HTML. */
export const SIMPLE_JSON_ACCEPT = "application/vnd.pypi.simple.v1+json";

export interface IndexClient {
	readonly endpoint: IndexEndpoint;
	/** The release's facts; `ok: true` with null when the index has no such version or package. */
	lookupRelease(
		name: string,
		version: string,
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
	const projects = new Map<
		string,
		Promise<IndexLookup<SimpleProject | null>>
	>();

	const fetchSimpleProject = (name: string) => {
		let pending = projects.get(name);
		if (pending === undefined) {
			pending = (async (): Promise<IndexLookup<SimpleProject | null>> => {
				// PEP 503: the project URL is <root>/<normalized name>/ with the trailing slash.
				const url = `${endpoint.url}/${encodeURIComponent(name)}/`;
				const answer = await http.get({
					url,
					accept: SIMPLE_JSON_ACCEPT,
					authorization: authFor(url),
				});
				if (!answer.ok) return answer;
				if (answer.status === 404) return { ok: true, value: null };
				if (answer.status !== 200)
					return { ok: false, error: describeStatus(answer.status) };
				return parseSimpleProjectJson(answer.body, url, name);
			})();
			projects.set(name, pending);
		}
		return pending;
	};

	async function lookupSimple(
		name: string,
		version: string,
	): Promise<IndexLookup<ReleaseFacts | null>> {
		const page = await fetchSimpleProject(name);
		if (!page.ok) return page;
		if (page.value === null) return { ok: true, value: null };
		const summary = summarizeSimpleRelease(page.value, version);
		if (summary === null) return { ok: true, value: null };
		const file = pickMetadataFile(page.value, version);
		if (file === null)
			return { ok: true, value: { ...summary, requiresDist: null } };
		// PEP 658: the metadata file is the distribution's URL with `.metadata` appended.
		const url = `${file.url.replace(/#.*$/, "")}.metadata`;
		const answer = await http.get({
			url,
			accept: "*/*",
			authorization: authFor(url),
		});
		if (!answer.ok) return answer;
		if (answer.status !== 200)
			return {
				ok: false,
				error: `metadata file of ${file.filename}: ${describeStatus(answer.status)}`,
			};
		const metadata = parseCoreMetadata(answer.body);
		if (!metadata.ok)
			return {
				ok: false,
				error: `metadata file of ${file.filename}: ${metadata.error}`,
			};
		return {
			ok: true,
			value: {
				...summary,
				requiresDist: metadata.value.requiresDist,
				requiresPython: metadata.value.requiresPython ?? summary.requiresPython,
				projectUrls: metadata.value.projectUrls,
			},
		};
	}

	function lookupJson(
		name: string,
		version: string,
	): Promise<IndexLookup<ReleaseFacts | null>> {
		return getPypiJson(
			`${endpoint.url}/pypi/${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`,
			parsePypiReleaseJson,
		);
	}

	function listJson(
		name: string,
	): Promise<IndexLookup<ReleaseSummary[] | null>> {
		return getPypiJson(
			`${endpoint.url}/pypi/${encodeURIComponent(name)}/json`,
			parsePypiProjectJson,
		);
	}

	/** PyPI's JSON API: 404 means "no such project or release" (null), anything else but 200 is a failure. */
	async function getPypiJson<T>(
		url: string,
		parse: (body: string) => IndexLookup<T>,
	): Promise<IndexLookup<T | null>> {
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
	}

	async function listSimple(
		name: string,
	): Promise<IndexLookup<ReleaseSummary[] | null>> {
		const page = await fetchSimpleProject(name);
		if (!page.ok) return page;
		if (page.value === null) return { ok: true, value: null };
		return { ok: true, value: summarizeSimpleReleases(page.value) };
	}

	return {
		endpoint,
		lookupRelease: (name, version) =>
			endpoint.api === "simple"
				? lookupSimple(name, version)
				: lookupJson(name, version),
		listReleases: (name) =>
			endpoint.api === "simple" ? listSimple(name) : listJson(name),
	};
}

function describeStatus(status: number): string {
	if (status === 401 || status === 403)
		return `HTTP ${status}: the index refused the credentials (set the index token, or put them in the index URL)`;
	return `HTTP ${status}`;
}
