import { afterEach, describe, expect, it } from "vitest";

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field below.
type Json = any;

import { type FakeIndex, startFakeIndex } from "./fake-index.js";

const PACKAGES = [
	{
		name: "mcp",
		releases: [
			{
				version: "1.23.2",
				uploadTime: "2025-12-09T09:00:00Z",
				yanked: "broken",
				requiresDist: ["httpx>=0.27.1"],
				requiresPython: ">=3.10",
			},
			{
				version: "1.23.3",
				uploadTime: "2025-12-09T15:00:00Z",
				requiresDist: ["httpx>=0.27.1"],
			},
		],
	},
];

let index: FakeIndex | null = null;
afterEach(async () => {
	await index?.close();
	index = null;
});

describe("the fake index", () => {
	it("serves PyPI's JSON API", async () => {
		index = await startFakeIndex(PACKAGES);
		const release = (await (
			await fetch(`${index.url}/pypi/mcp/1.23.2/json`)
		).json()) as Json;
		expect(release.info).toMatchObject({
			name: "mcp",
			version: "1.23.2",
			yanked: true,
			yanked_reason: "broken",
			requires_dist: ["httpx>=0.27.1"],
		});
		expect(release.urls[0].upload_time_iso_8601).toBe("2025-12-09T09:00:00Z");
		const project = (await (
			await fetch(`${index.url}/pypi/mcp/json`)
		).json()) as Json;
		expect(Object.keys(project.releases)).toEqual(["1.23.2", "1.23.3"]);
	});

	it("serves PEP 691 JSON only when asked for it, and PEP 658 metadata files", async () => {
		index = await startFakeIndex(PACKAGES);
		const page = await fetch(`${index.simpleUrl}/mcp/`, {
			headers: { accept: "application/vnd.pypi.simple.v1+json" },
		});
		expect(page.headers.get("content-type")).toBe(
			"application/vnd.pypi.simple.v1+json",
		);
		const body = (await page.json()) as Json;
		expect(body.versions).toEqual(["1.23.2", "1.23.3"]);
		expect(body.files[0]).toMatchObject({
			filename: "mcp-1.23.2-py3-none-any.whl",
			yanked: "broken",
			"upload-time": "2025-12-09T09:00:00Z",
		});
		const html = await fetch(`${index.simpleUrl}/mcp/`);
		expect(html.headers.get("content-type")).toBe("text/html");
		const metadata = await (
			await fetch(
				new URL(`${body.files[0].url}.metadata`, `${index.simpleUrl}/mcp/`),
			)
		).text();
		expect(metadata).toContain("Requires-Dist: httpx>=0.27.1\n");
	});

	it("fails every other request, answers 304 to a matching ETag and can be malformed", async () => {
		index = await startFakeIndex(PACKAGES, { failEveryOther: 503 });
		expect((await fetch(`${index.url}/pypi/mcp/1.23.3/json`)).status).toBe(503);
		const ok = await fetch(`${index.url}/pypi/mcp/1.23.3/json`);
		expect(ok.status).toBe(200);
		index.faults.failEveryOther = null;
		const etag = ok.headers.get("etag") ?? "";
		expect(
			(
				await fetch(`${index.url}/pypi/mcp/1.23.3/json`, {
					headers: { "if-none-match": etag },
				})
			).status,
		).toBe(304);
		index.faults.malformed = /json$/;
		expect(
			await (await fetch(`${index.url}/pypi/mcp/1.23.3/json`)).text(),
		).toMatch(/^<html>/);
		expect(index.requests.map((r) => r.status)).toEqual([503, 200, 304, 200]);
	});
});
