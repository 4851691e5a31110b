import { describe, expect, it } from "vitest";
import {
	parseCoreMetadata,
	parsePypiReleaseJson,
	parseSimpleProjectJson,
	pickMetadataFile,
	summarizeSimpleRelease,
	versionFromFilename,
} from "../../src/index/parse-index-responses.js";

describe("versionFromFilename", () => {
	it.each([
		["mcp-1.23.3-py3-none-any.whl", "mcp", "1.23.3"],
		["httpx_sse-0.4.0-py3-none-any.whl", "httpx-sse", "0.4.0"],
		[
			"pydantic_core-2.41.5-1-cp312-cp312-manylinux_2_17_x86_64.whl",
			"pydantic-core",
			"2.41.5",
		],
		["mcp-1.23.3.tar.gz", "mcp", "1.23.3"],
		["python-dateutil-2.8.2.tar.gz", "python-dateutil", "2.8.2"],
		["anyio-4.6.2.post1.tar.gz", "anyio", "4.6.2.post1"],
		["Django-1.0RC1.zip", "django", "1.0rc1"],
		["other-1.0-py3-none-any.whl", "mcp", null],
		["README.txt", "mcp", null],
	])("%s of %s is %s", (filename, project, version) => {
		expect(versionFromFilename(filename, project)).toBe(version);
	});
});

describe("parseCoreMetadata", () => {
	it("reads Requires-Dist and Requires-Python from the headers only", () => {
		const text = [
			"Metadata-Version: 2.4",
			"Name: mcp",
			"Version: 1.23.3",
			"Requires-Python: >=3.10",
			"Requires-Dist: anyio>=4.5",
			'Requires-Dist: typer>=0.16.0; extra == "cli"',
			"Description: first line",
			"        continued",
			"",
			"Requires-Dist: this-is-the-description",
		].join("\r\n");
		expect(parseCoreMetadata(text)).toEqual({
			ok: true,
			value: {
				requiresDist: ["anyio>=4.5", 'typer>=0.16.0; extra == "cli"'],
				requiresPython: ">=3.10",
			},
		});
	});

	it("rejects what is not metadata", () => {
		expect(parseCoreMetadata("<html>Login</html>").ok).toBe(false);
	});
});

describe("parsePypiReleaseJson", () => {
	it("takes the release-level yank and the earliest upload", () => {
		const answer = parsePypiReleaseJson(
			JSON.stringify({
				info: {
					version: "1.23.2",
					yanked: true,
					yanked_reason: "broken",
					requires_dist: null,
					requires_python: "",
				},
				urls: [
					{ upload_time_iso_8601: "2025-12-09T10:00:00.5Z", yanked: true },
					{ upload_time_iso_8601: "2025-12-09T09:00:00Z", yanked: true },
				],
			}),
		);
		expect(answer).toEqual({
			ok: true,
			value: {
				version: "1.23.2",
				yanked: true,
				yankedReason: "broken",
				uploadTime: "2025-12-09T09:00:00.000Z",
				requiresDist: [],
				requiresPython: null,
			},
		});
	});

	it.each(["", "null", "[]", "{}", '{"info": {}}', "<html>"])(
		"reports %j as malformed",
		(text) => {
			expect(parsePypiReleaseJson(text).ok).toBe(false);
		},
	);
});

describe("the Simple API (PEP 691)", () => {
	const page = JSON.stringify({
		meta: { "api-version": "1.1" },
		name: "mcp",
		versions: ["1.23.2", "1.23.3"],
		files: [
			{
				filename: "mcp-1.23.2-py3-none-any.whl",
				url: "../../files/mcp-1.23.2-py3-none-any.whl",
				yanked: "bad release",
				"upload-time": "2025-12-09T09:00:00Z",
				"data-dist-info-metadata": { sha256: "x" },
			},
			{
				filename: "mcp-1.23.2.tar.gz",
				url: "https://files.example/mcp-1.23.2.tar.gz",
				yanked: true,
			},
			{
				filename: "mcp-1.23.3.tar.gz",
				url: "https://files.example/mcp-1.23.3.tar.gz",
				yanked: false,
				"core-metadata": true,
			},
			{
				filename: "mcp-1.23.3-py3-none-any.whl",
				url: "https://files.example/mcp-1.23.3-py3-none-any.whl",
				yanked: true,
				"core-metadata": false,
			},
			"junk",
		],
	});
	const parsed = parseSimpleProjectJson(
		page,
		"https://idx.example/simple/mcp/",
		"mcp",
	);
	if (!parsed.ok) throw new Error(parsed.error);

	it("resolves relative URLs and reads PEP 714's older key", () => {
		expect(parsed.value.files[0]?.url).toBe(
			"https://idx.example/files/mcp-1.23.2-py3-none-any.whl",
		);
		expect(parsed.value.files[0]?.hasMetadata).toBe(true);
		expect(parsed.value.versions).toEqual(["1.23.2", "1.23.3"]);
	});

	it("counts a release as yanked only when every file is", () => {
		expect(summarizeSimpleRelease(parsed.value, "1.23.2")).toEqual({
			version: "1.23.2",
			yanked: true,
			yankedReason: "bad release",
			uploadTime: "2025-12-09T09:00:00.000Z",
			requiresPython: null,
		});
		expect(summarizeSimpleRelease(parsed.value, "1.23.3")?.yanked).toBe(false);
		expect(summarizeSimpleRelease(parsed.value, "9.9")).toBeNull();
	});

	it("picks a file that has a metadata file", () => {
		expect(pickMetadataFile(parsed.value, "1.23.3")?.filename).toBe(
			"mcp-1.23.3.tar.gz",
		);
		expect(pickMetadataFile(parsed.value, "1.23.2")?.filename).toBe(
			"mcp-1.23.2-py3-none-any.whl",
		);
	});

	it("reports an HTML page as malformed", () => {
		expect(
			parseSimpleProjectJson("<!DOCTYPE html>", "https://x/simple/mcp/", "mcp")
				.ok,
		).toBe(false);
	});
});
