import { describe, expect, it } from "vitest";
import {
	buildDriftReport,
	computeLibyears,
	computeRepositoryDrift,
	type DriftProject,
} from "../../src/drift/compute-drift.js";
import type { ReleaseListing } from "../../src/index/gather-release-lists.js";
import type { ReleaseSummary } from "../../src/index/index-facts.js";
import { createDefaultPolicy } from "../../src/policy/load-policy.js";

const NOW = new Date("2026-06-01T12:00:00Z");

function release(
	version: string,
	uploadTime: string,
	yanked = false,
): ReleaseSummary {
	return {
		version,
		uploadTime,
		yanked,
		yankedReason: yanked ? "broken" : null,
		requiresPython: null,
	};
}

function project(pins: Record<string, string>): DriftProject {
	return {
		path: "svc",
		files: [{ path: "svc/requirements.txt", kind: "requirements" }],
		requirements: Object.entries(pins).map(([name, specifier], i) => ({
			name,
			specifier,
			url: null,
			group: "requirements",
			file: "svc/requirements.txt",
			line: i + 1,
		})),
		locked: [],
	};
}

function drift(
	pins: Record<string, string>,
	releases: Record<string, ReleaseSummary[] | null>,
	packages: Record<string, { allowed?: string; banned?: string[] }> = {},
	cooldown = 0,
) {
	const policy = createDefaultPolicy();
	const rules = {
		packages: Object.fromEntries(
			Object.entries(packages).map(([k, v]) => [k, { banned: [], ...v }]),
		),
		cooldown: { default: cooldown, packages: {} },
	};
	void policy;
	const repository = computeRepositoryDrift({
		name: "r",
		policy: "p",
		projects: [project(pins)],
		rules,
		releases: (_p, name): ReleaseListing | undefined =>
			name in releases
				? {
						index: "https://pypi.org",
						lookup: { ok: true, value: releases[name] ?? null },
					}
				: undefined,
		now: NOW,
	});
	return repository.entries;
}

const HTTPX = [
	release("0.26.0", "2024-01-01T00:00:00Z"),
	release("0.27.0", "2024-03-01T00:00:00Z"),
	release("0.27.2", "2024-08-01T00:00:00Z"),
	release("0.28.0", "2024-11-01T00:00:00Z"),
	release("0.28.1", "2025-01-01T00:00:00Z"),
	release("1.0.0", "2025-07-02T12:00:00Z"),
	release("1.1.0.dev1", "2025-08-01T00:00:00Z"),
];

describe("computeRepositoryDrift", () => {
	it("counts each newer release once by what it changes against the one before, and libyears between uploads", () => {
		const [entry] = drift({ httpx: "==0.26.0" }, { httpx: HTTPX });
		expect(entry).toMatchObject({
			status: "behind",
			current: "0.26.0",
			latest: "1.0.0",
			updateType: "major",
			behind: { major: 1, minor: 2, patch: 2, total: 5 },
			libyears: 1.5,
			allowed: "1.0.0",
			currentAllowed: true,
			notYet: null,
			sources: [{ kind: "pinned", file: "svc/requirements.txt", line: 1 }],
		});
	});

	it("leaves pre-releases out unless the version in use is one", () => {
		expect(drift({ httpx: "==1.0.0" }, { httpx: HTTPX })[0]).toMatchObject({
			status: "up-to-date",
			latest: "1.0.0",
			behind: { total: 0 },
			libyears: 0,
		});
		expect(
			drift(
				{ httpx: "==1.1.0.dev0" },
				{ httpx: [...HTTPX, release("1.1.0.dev0", "2025-07-15T00:00:00Z")] },
			)[0],
		).toMatchObject({
			status: "behind",
			latest: "1.1.0.dev1",
			behind: { major: 0, minor: 0, patch: 0, other: 1, total: 1 },
		});
	});

	it("skips yanked releases as targets and flags a yanked version in use", () => {
		const list = [
			release("1.0.0", "2025-01-01T00:00:00Z"),
			release("1.0.1", "2025-02-01T00:00:00Z", true),
			release("1.0.2", "2025-03-01T00:00:00Z", true),
		];
		expect(drift({ a: "==1.0.0" }, { a: list })[0]).toMatchObject({
			status: "up-to-date",
			latest: "1.0.0",
		});
		expect(drift({ a: "==1.0.1" }, { a: list })[0]).toMatchObject({
			status: "yanked",
			yankedReason: "broken",
			latest: "1.0.0",
			behind: { total: 0 },
		});
	});

	it("says what the policy allows: allowed and banned ranges, and a release in its cooldown as not yet", () => {
		const list = [
			release("1.23.1", "2025-12-04T10:00:00Z"),
			release("1.23.3", "2025-12-09T15:20:11Z"),
			release("1.23.4", "2026-06-01T11:00:00Z"),
			release("1.24.0", "2026-02-01T00:00:00Z"),
		];
		const [entry] = drift(
			{ mcp: "==1.23.1" },
			{ mcp: list },
			{ mcp: { allowed: "~=1.23.3" } },
			48 * 3_600_000,
		);
		expect(entry).toMatchObject({
			latest: "1.24.0",
			allowed: "1.23.3",
			currentAllowed: false,
			notYet: { version: "1.23.4", allowedAt: "2026-06-03T11:00:00.000Z" },
			behind: { minor: 1, patch: 2, total: 3 },
		});
		const [banned] = drift(
			{ mcp: "==1.23.1" },
			{ mcp: list },
			{ mcp: { banned: [">=1.24"] } },
		);
		expect(banned).toMatchObject({ allowed: "1.23.4", notYet: null });
	});

	it("reports what it could not check, and why", () => {
		const entries = drift({ gone: "==1.0", offline: "==2.0" }, { gone: null });
		expect(entries.map((e) => [e.package, e.status, e.note])).toEqual([
			["gone", "unknown", "not on the index https://pypi.org"],
			["offline", "unknown", "not checked (offline: no package index asked)"],
		]);
	});

	it("builds the fleet spread, most used version first", () => {
		const repo = (name: string, version: string) =>
			computeRepositoryDrift({
				name,
				policy: "p",
				projects: [project({ mcp: `==${version}` })],
				rules: null,
				releases: () => undefined,
				now: NOW,
			});
		const report = buildDriftReport(
			[repo("b", "1.23.3"), repo("a", "1.23.3"), repo("c", "1.23.1")],
			NOW,
		);
		expect(report.repositories.map((r) => r.name)).toEqual(["a", "b", "c"]);
		expect(report.fleet).toEqual([
			{
				package: "mcp",
				latest: null,
				versions: [
					{
						version: "1.23.3",
						locations: [
							{ repository: "a", project: "svc" },
							{ repository: "b", project: "svc" },
						],
					},
					{
						version: "1.23.1",
						locations: [{ repository: "c", project: "svc" }],
					},
				],
			},
		]);
	});

	it("libyears are null when an upload time is unknown", () => {
		expect(computeLibyears(null, "2025-01-01T00:00:00Z")).toBe(null);
		expect(
			computeLibyears("2024-01-01T00:00:00Z", "2025-01-01T06:00:00Z"),
		).toBe(1);
	});

	it("judges Requires-Python against a uv workspace's intersection of every member's requires-python", () => {
		const lib = [
			{ ...release("1.0", "2025-01-01T00:00:00Z"), requiresPython: ">=3.9" },
			{ ...release("2.0", "2025-06-01T00:00:00Z"), requiresPython: ">=3.11" },
		];
		const entries = (memberPython: string | null, workspace: string | null) =>
			computeRepositoryDrift({
				name: "r",
				policy: "p",
				projects: [
					{
						...project({ lib: "==1.0" }),
						path: ".",
						requiresPython: ">=3.10",
						workspace,
					},
					{
						...project({}),
						path: "packages/member",
						requiresPython: memberPython,
						workspace,
					},
				],
				rules: null,
				releases: () => ({
					index: "https://pypi.org",
					lookup: { ok: true, value: lib },
				}),
				now: NOW,
			}).entries;
		// Alone, the root supports 3.10, which 2.0 cannot serve.
		expect(entries(">=3.11", null)[0]).toMatchObject({
			allowed: "1.0",
			pythonExcluded: {
				version: "2.0",
				requiresPython: ">=3.11",
				projectRequiresPython: ">=3.10",
			},
		});
		// In a workspace with a member that needs 3.11, uv resolves for 3.11 and up.
		expect(entries(">=3.11", ".")[0]).toMatchObject({
			allowed: "2.0",
			pythonExcluded: null,
		});
		expect(entries(null, ".")[0]).toMatchObject({ allowed: "1.0" });
	});
});
