import { describe, expect, it } from "vitest";
import { diffUpgrades, releaseUrl } from "../../src/report/upgrade-diff.js";
import { locked, project, requirement } from "../policy/build-project.js";

const req = (name: string, specifier: string, line = 1) =>
	requirement(name, specifier, {
		file: "requirements.txt",
		group: "requirements",
		line,
	});

describe("diffUpgrades", () => {
	it("reports added, removed, upgraded and downgraded pins with their update type", () => {
		const base = [
			project({
				requirements: [
					req("mcp", "==1.23.3"),
					req("anyio", "==4.2.0"),
					req("rich", "==13.7.0"),
				],
				locked: [],
			}),
		];
		const head = [
			project({
				requirements: [
					req("mcp", "==1.24.0"),
					req("anyio", "==4.1.0"),
					req("httpx", "==0.26.0"),
				],
				locked: [],
			}),
		];
		expect(diffUpgrades(base, head)).toEqual([
			{
				project: ".",
				package: "anyio",
				file: "requirements.txt",
				kind: "pinned",
				change: "downgraded",
				from: "4.2.0",
				to: "4.1.0",
				updateType: "minor",
				url: "https://pypi.org/project/anyio/4.1.0/",
				// The shipped knowledge: anyio's changelog, tags without a prefix; older tag first, so a downgrade's
				// compare shows what it takes away.
				changelogUrl:
					"https://anyio.readthedocs.io/en/stable/versionhistory.html",
				compareUrl: "https://github.com/agronholm/anyio/compare/4.1.0...4.2.0",
			},
			{
				project: ".",
				package: "httpx",
				file: "requirements.txt",
				kind: "pinned",
				change: "added",
				from: null,
				to: "0.26.0",
				updateType: null,
				url: "https://pypi.org/project/httpx/0.26.0/",
				changelogUrl:
					"https://github.com/encode/httpx/blob/master/CHANGELOG.md",
			},
			{
				project: ".",
				package: "mcp",
				file: "requirements.txt",
				kind: "pinned",
				change: "upgraded",
				from: "1.23.3",
				to: "1.24.0",
				updateType: "minor",
				url: "https://pypi.org/project/mcp/1.24.0/",
				// mcp's metadata names no changelog; its tags are v-prefixed.
				compareUrl:
					"https://github.com/modelcontextprotocol/python-sdk/compare/v1.23.3...v1.24.0",
			},
			{
				project: ".",
				package: "rich",
				file: "requirements.txt",
				kind: "pinned",
				change: "removed",
				from: "13.7.0",
				to: null,
				updateType: null,
				url: "https://pypi.org/project/rich/13.7.0/",
			},
		]);
	});

	it("ignores ranges, equal versions spelled differently and moved lines", () => {
		const base = [
			project({
				requirements: [req("a", "==1.0", 1), req("b", ">=1.0")],
				locked: [],
			}),
		];
		const head = [
			project({
				requirements: [req("a", "==1.0.0", 9), req("b", ">=2.0")],
				locked: [],
			}),
		];
		expect(diffUpgrades(base, head)).toEqual([]);
	});

	it("diffs locked versions, skips non-registry sources, and classifies every update type", () => {
		const types = (from: string, to: string) =>
			diffUpgrades(
				[project({ requirements: [], locked: [locked("x", from)] })],
				[project({ requirements: [], locked: [locked("x", to)] })],
			).map((r) => [r.change, r.updateType]);
		expect(types("1.0.0", "2.0.0")).toEqual([["upgraded", "major"]]);
		expect(types("1.0.0", "1.0.1")).toEqual([["upgraded", "patch"]]);
		expect(types("1.0.0", "1.0.0rc1")).toEqual([["downgraded", "pre-release"]]);
		expect(types("1.0.0", "1.0.0.post1")).toEqual([
			["upgraded", "post-release"],
		]);
		expect(types("1.0.0", "1!0.1")).toEqual([["upgraded", "epoch"]]);
		expect(
			diffUpgrades(
				[
					project({
						requirements: [],
						locked: [locked("me", "0.1", { source: "editable" })],
					}),
				],
				[
					project({
						requirements: [],
						locked: [locked("me", "0.2", { source: "editable" })],
					}),
				],
			),
		).toEqual([]);
	});

	it("keeps forked resolutions as one row per file", () => {
		const rows = diffUpgrades(
			[
				project({
					requirements: [],
					locked: [locked("numpy", "1.26.4"), locked("numpy", "2.0.0")],
				}),
			],
			[
				project({
					requirements: [],
					locked: [locked("numpy", "1.26.4"), locked("numpy", "2.1.0")],
				}),
			],
		);
		expect(rows.map((r) => [r.change, r.from, r.to, r.updateType])).toEqual([
			["upgraded", "1.26.4, 2.0.0", "1.26.4, 2.1.0", "minor"],
		]);
	});

	it("keeps projects apart", () => {
		const rows = diffUpgrades(
			[project({ path: "a", requirements: [req("x", "==1")], locked: [] })],
			[project({ path: "b", requirements: [req("x", "==1")], locked: [] })],
		);
		expect(rows.map((r) => [r.project, r.change])).toEqual([
			["a", "removed"],
			["b", "added"],
		]);
	});
});

describe("diffUpgrades links (what the index's metadata names, else the shipped knowledge)", () => {
	const pins = (pins: Record<string, string>) => [
		project({
			requirements: Object.entries(pins).map(([name, version], i) =>
				req(name, `==${version}`, i + 1),
			),
			locked: [],
		}),
	];
	const links = (
		from: Record<string, string>,
		to: Record<string, string>,
		metadata: Record<string, { changelog?: string; source?: string }> = {},
	) =>
		diffUpgrades(pins(from), pins(to), {
			links: new Map(Object.entries(metadata)),
		}).map((r) => [r.package, r.changelogUrl ?? null, r.compareUrl ?? null]);

	it("a package outside the knowledge: the metadata's changelog, and no compare link whatever its source (the tag scheme is unknown)", () => {
		expect(
			links(
				{ rich: "13.7.0" },
				{ rich: "13.9.4" },
				{
					rich: {
						changelog:
							"https://github.com/Textualize/rich/blob/master/CHANGELOG.md",
						source: "https://github.com/Textualize/rich",
					},
				},
			),
		).toEqual([
			[
				"rich",
				"https://github.com/Textualize/rich/blob/master/CHANGELOG.md",
				null,
			],
		]);
		expect(links({ rich: "13.7.0" }, { rich: "13.9.4" })).toEqual([
			["rich", null, null],
		]);
	});

	it("the metadata's changelog wins over the knowledge's", () => {
		expect(
			links(
				{ httpx: "0.26.0" },
				{ httpx: "0.28.1" },
				{
					httpx: { changelog: "https://www.python-httpx.org/changelog/" },
				},
			),
		).toEqual([
			[
				"httpx",
				"https://www.python-httpx.org/changelog/",
				"https://github.com/encode/httpx/compare/0.26.0...0.28.1",
			],
		]);
	});

	it("no knowledge link when the metadata names another repository (another project under the name)", () => {
		expect(
			links(
				{ httpx: "0.26.0" },
				{ httpx: "0.28.1" },
				{
					httpx: { source: "https://github.com/acme/httpx" },
				},
			),
		).toEqual([["httpx", null, null]]);
		expect(
			links(
				{ mcp: "1.23.3" },
				{ mcp: "1.25.0" },
				{
					mcp: { source: "https://github.com/acme/mcp-fork" },
				},
			),
		).toEqual([["mcp", null, null]]);
		expect(
			links(
				{ mcp: "1.23.3" },
				{ mcp: "1.25.0" },
				{
					mcp: {
						source: "https://GitHub.com/modelcontextprotocol/python-sdk.git",
					},
				},
			),
		).toEqual([
			[
				"mcp",
				null,
				"https://github.com/modelcontextprotocol/python-sdk/compare/v1.23.3...v1.25.0",
			],
		]);
	});

	it("no compare link for versions the tag scheme does not cover: pre-releases, two-number pins, before the scheme began, several versions", () => {
		expect(links({ httpx: "0.28.1" }, { httpx: "1.0.0b0" })[0]?.[2]).toBeNull();
		expect(
			links({ pydantic: "2.11" }, { pydantic: "2.12.5" })[0]?.[2],
		).toBeNull();
		// sse-starlette tagged `1.1.6`, then `v1.2.1`: no one prefix covers both.
		expect(
			links({ "sse-starlette": "1.1.6" }, { "sse-starlette": "2.1.3" })[0]?.[2],
		).toBeNull();
		expect(
			links({ "sse-starlette": "2.1.3" }, { "sse-starlette": "3.0.2" })[0]?.[2],
		).toBe("https://github.com/sysid/sse-starlette/compare/v2.1.3...v3.0.2");
		expect(
			diffUpgrades(
				[
					project({
						requirements: [],
						locked: [locked("anyio", "4.3.0"), locked("anyio", "4.6.0")],
					}),
				],
				[
					project({
						requirements: [],
						locked: [locked("anyio", "4.3.0"), locked("anyio", "4.8.0")],
					}),
				],
			)[0]?.compareUrl,
		).toBeUndefined();
	});

	it("an added or removed package gets its changelog, never a compare link", () => {
		expect(links({}, { uvicorn: "0.34.0" })).toEqual([
			["uvicorn", "https://www.uvicorn.org/release-notes", null],
		]);
	});
});

describe("releaseUrl", () => {
	it("links PyPI and TestPyPI project pages, nothing else", () => {
		expect(releaseUrl("mcp", "1.0", null, {})).toBe(
			"https://pypi.org/project/mcp/1.0/",
		);
		expect(
			releaseUrl("mcp", "1.0", null, {
				indexUrl: "https://test.pypi.org/simple/",
			}),
		).toBe("https://test.pypi.org/project/mcp/1.0/");
		expect(
			releaseUrl("mcp", "1.0", "https://pypi.org/simple", {
				indexUrl: "https://test.pypi.org/simple",
			}),
		).toBe("https://pypi.org/project/mcp/1.0/");
		expect(
			releaseUrl("mcp", "1.0", null, {
				indexUrl: "https://artifactory.example/api/pypi/simple",
			}),
		).toBeNull();
		expect(releaseUrl("evil)name", "1.0", null, {})).toBeNull();
		expect(releaseUrl("mcp", "1.0) [x](y", null, {})).toBeNull();
	});
});
