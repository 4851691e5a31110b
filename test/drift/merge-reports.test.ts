import { describe, expect, it } from "vitest";
import { mergeReports } from "../../src/drift/merge-reports.js";

// A drift report as pin-audit wrote it before entries said why they were unchecked, whether the index lists the
// version, which release Requires-Python rules out, and the pre/post/dev bucket.
const OLD_ENTRY = {
	project: ".",
	package: "zope-iface",
	current: "5.0",
	sources: [{ kind: "pinned", file: "requirements.txt", line: 1 }],
	status: "behind",
	note: null,
	currentUploaded: "2023-03-01T00:00:00.000Z",
	yankedReason: null,
	latest: "6.0",
	latestUploaded: "2024-03-01T00:00:00.000Z",
	updateType: "major",
	behind: { major: 1, minor: 0, patch: 0, total: 1 },
	libyears: 1,
	allowed: "6.0",
	currentAllowed: true,
	notYet: null,
};

function report(name: string, current: string) {
	return JSON.stringify({
		schemaVersion: 1,
		kind: "drift",
		tool: { name: "pin-audit", version: "0.1.0" },
		generatedAt: "2026-06-01T00:00:00.000Z",
		repositories: [
			{
				name,
				policy: "p",
				projects: ["."],
				entries: [{ ...OLD_ENTRY, current }],
			},
		],
		fleet: [],
		summary: {},
	});
}

describe("mergeReports", () => {
	it("reads reports of older pin-audit versions, and groups PEP 440-equal versions across them", () => {
		const merged = mergeReports(
			[
				{ file: "a.json", text: report("a", "5.0") },
				{ file: "b.json", text: report("b", "5.0.0") },
			],
			new Date("2026-06-02T00:00:00Z"),
		);
		expect(merged.repositories[0]?.entries[0]).toMatchObject({
			unchecked: null,
			currentOnIndex: null,
			pythonExcluded: null,
			behind: { major: 1, other: 0, total: 1 },
		});
		expect(merged.fleet).toEqual([
			{
				package: "zope-iface",
				latest: "6.0",
				versions: [
					{
						version: "5.0",
						locations: [
							{ repository: "a", project: "." },
							{ repository: "b", project: "." },
						],
					},
				],
			},
		]);
		expect(merged.summary).toMatchObject({ libyears: 2, libyearsUnknown: 0 });
	});
});
