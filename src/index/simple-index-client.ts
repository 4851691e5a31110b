// The PEP 503/691 Simple API: one project page per package (memoized for the run, so it is fetched once however
// many versions are asked for), and the PEP 658 metadata file of a release only when its requirements are wanted.
import type { HttpClient } from "./http-client.js";
import { describeStatus, type IndexApi } from "./index-api.js";
import type { IndexEndpoint } from "./index-endpoint.js";
import type { IndexLookup } from "./index-facts.js";
import {
	type CoreMetadata,
	parseCoreMetadata,
	parseSimpleProjectJson,
	pickMetadataFile,
	type SimpleProject,
	summarizeSimpleRelease,
	summarizeSimpleReleases,
} from "./parse-index-responses.js";

/** PEP 691: ask for the JSON form; an index that only has HTML answers with HTML. */
export const SIMPLE_JSON_ACCEPT = "application/vnd.pypi.simple.v1+json";

export function createSimpleApi(
	endpoint: IndexEndpoint,
	http: HttpClient,
	authFor: (url: string) => string | null,
): IndexApi {
	const projects = new Map<
		string,
		Promise<IndexLookup<SimpleProject | null>>
	>();
	const fetchProject = (name: string) => {
		let pending = projects.get(name);
		if (pending === undefined) {
			pending = fetchSimpleProject(endpoint, http, authFor, name);
			projects.set(name, pending);
		}
		return pending;
	};
	return {
		async lookupRelease(name, version, wanted) {
			const page = await fetchProject(name);
			if (!page.ok) return page;
			if (page.value === null) return { ok: true, value: null };
			const summary = summarizeSimpleRelease(page.value, version);
			if (summary === null) return { ok: true, value: null };
			const file = wanted.requirements
				? pickMetadataFile(page.value, version)
				: null;
			if (file === null)
				return { ok: true, value: { ...summary, requiresDist: null } };
			const metadata = await fetchMetadata(http, authFor, file);
			if (!metadata.ok) return metadata;
			return {
				ok: true,
				value: {
					...summary,
					requiresDist: metadata.value.requiresDist,
					requiresPython:
						metadata.value.requiresPython ?? summary.requiresPython,
					projectUrls: metadata.value.projectUrls,
				},
			};
		},
		async listReleases(name) {
			const page = await fetchProject(name);
			if (!page.ok) return page;
			if (page.value === null) return { ok: true, value: null };
			return { ok: true, value: summarizeSimpleReleases(page.value) };
		},
	};
}

async function fetchSimpleProject(
	endpoint: IndexEndpoint,
	http: HttpClient,
	authFor: (url: string) => string | null,
	name: string,
): Promise<IndexLookup<SimpleProject | null>> {
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
}

async function fetchMetadata(
	http: HttpClient,
	authFor: (url: string) => string | null,
	file: { url: string; filename: string },
): Promise<IndexLookup<CoreMetadata>> {
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
	return metadata;
}
