// Project links from the index's metadata: PEP 753 label normalization, PyPI's JSON `info.project_urls`, core
// metadata `Project-URL`, and the audit reading them over real HTTP from the fake index (JSON and Simple API).
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import {
	parseCoreMetadata,
	parsePypiReleaseJson,
} from "../../src/index/parse-index-responses.js";
import {
	normalizeUrlLabel,
	pickProjectLinks,
	readJsonProjectUrls,
} from "../../src/index/project-urls.js";
import { renderJson } from "../../src/report/render-json.js";
import { type FakeIndex, startFakeIndex } from "../support/fake-index.js";

describe("normalizeUrlLabel (PEP 753)", () => {
	// The specification's own examples.
	it.each([
		["Homepage", "homepage"],
		["Home-page", "homepage"],
		["Home page", "homepage"],
		["Change_Log", "changelog"],
		["What's New?", "whatsnew"],
		["github", "github"],
		["Source\tCode\n", "sourcecode"],
		["Release Notes", "releasenotes"],
	])("%j is %j", (label, normalized) => {
		expect(normalizeUrlLabel(label)).toBe(normalized);
	});

	it("removes ASCII punctuation and whitespace only, as Python's string.punctuation and string.whitespace", () => {
		expect(normalizeUrlLabel("Change\u00a0log")).toBe("change\u00a0log");
		expect(normalizeUrlLabel("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~x")).toBe("x");
	});
});

describe("pickProjectLinks", () => {
	it("finds the changelog and the source among well-known labels and their aliases", () => {
		expect(
			pickProjectLinks([
				["Homepage", "https://example.org"],
				["What's new", "https://example.org/news"],
				["Source Code", "https://github.com/o/r"],
			]),
		).toEqual({
			changelog: "https://example.org/news",
			source: "https://github.com/o/r",
		});
		expect(
			pickProjectLinks([["Release notes", "https://example.org/rn"]]),
		).toEqual({ changelog: "https://example.org/rn" });
		expect(
			pickProjectLinks([["Repository", "https://gitlab.com/o/r"]]),
		).toEqual({ source: "https://gitlab.com/o/r" });
	});

	it("prefers the comprehensive changelog over release notes, whatever the order", () => {
		expect(
			pickProjectLinks([
				["Release Notes", "https://example.org/rn"],
				["CHANGELOG", "https://example.org/cl"],
			]),
		).toEqual({ changelog: "https://example.org/cl" });
	});

	it("ignores other labels and anything that is not an http(s) URL without credentials", () => {
		expect(
			pickProjectLinks([
				["Documentation", "https://docs.example.org"],
				["Changelog", "javascript:alert(1)"],
				["Changes", "https://user:pw@example.org/changes"],
				["History", 42],
				["Source", "not a url"],
			]),
		).toBeNull();
	});
});

describe("reading project URLs from index answers", () => {
	it("PyPI JSON: info.project_urls, null when the release names none", () => {
		const answer = (projectUrls: unknown) =>
			JSON.stringify({
				info: {
					name: "httpx",
					version: "0.28.1",
					requires_dist: null,
					project_urls: projectUrls,
				},
				urls: [],
			});
		const links = parsePypiReleaseJson(
			answer({
				Changelog: "https://github.com/encode/httpx/blob/master/CHANGELOG.md",
				Homepage: "https://github.com/encode/httpx",
				Source: "https://github.com/encode/httpx",
			}),
		);
		expect(links.ok && links.value.projectUrls).toEqual({
			changelog: "https://github.com/encode/httpx/blob/master/CHANGELOG.md",
			source: "https://github.com/encode/httpx",
		});
		const none = parsePypiReleaseJson(answer(null));
		expect(none.ok && "projectUrls" in none.value).toBe(false);
		expect(readJsonProjectUrls({ project_urls: ["Changelog"] })).toBeNull();
	});

	it("core metadata: Project-URL headers, the label ending at the first comma", () => {
		const parsed = parseCoreMetadata(
			[
				"Metadata-Version: 2.4",
				"Name: anyio",
				"Project-URL: Documentation, https://anyio.readthedocs.io/en/latest/",
				"Project-URL: Changelog, https://anyio.readthedocs.io/en/stable/versionhistory.html",
				"Project-URL: Source code, https://github.com/agronholm/anyio",
				"",
				"Project-URL: Changes, https://example.org/in-the-description",
			].join("\n"),
		);
		expect(parsed.ok && parsed.value.projectUrls).toEqual({
			changelog: "https://anyio.readthedocs.io/en/stable/versionhistory.html",
			source: "https://github.com/agronholm/anyio",
		});
	});
});

describe("the audit keeps the links the index named", () => {
	let index: FakeIndex | null = null;
	afterEach(async () => {
		await index?.close();
		index = null;
	});
	const root = fileURLToPath(
		new URL("../fixtures/index/mcp-httpx-conflict", import.meta.url),
	);
	const old = "2024-01-10T10:00:00Z";

	it.each([
		["the JSON API", (url: string) => url],
		[
			"the Simple API (PEP 658 metadata files)",
			(url: string) => `${url}/simple`,
		],
	])("through %s, and never in the JSON report", async (_api, indexUrl) => {
		index = await startFakeIndex([
			{
				name: "httpx",
				releases: [{ version: "0.26.0", uploadTime: old }],
				projectUrls: {
					"Change Log": "https://example.org/httpx/changes",
					GitHub: "https://github.com/encode/httpx",
				},
			},
			{ name: "mcp", releases: [{ version: "1.23.3", uploadTime: old }] },
			{
				name: "pydantic",
				releases: [{ version: "2.12.5", uploadTime: old }],
				projectUrls: { Documentation: "https://docs.pydantic.dev" },
			},
		]);
		const report = await auditRepository({
			root,
			offline: false,
			indexUrl: indexUrl(index.url),
			today: new Date("2026-09-01T12:00:00Z"),
		});
		expect(Object.fromEntries(report.packageLinks ?? [])).toEqual({
			httpx: {
				changelog: "https://example.org/httpx/changes",
				source: "https://github.com/encode/httpx",
			},
		});
		expect(renderJson(report)).not.toContain("example.org/httpx");
	});

	it("offline nothing is asked, so nothing is named", async () => {
		const report = await auditRepository({ root, offline: true });
		expect(report.packageLinks?.size ?? 0).toBe(0);
	});
});
