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
